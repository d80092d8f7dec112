/** `service-planner sample [-o DIR] [--force]`: writes the sample CSVs the report is demonstrated on. */
import * as path from "path";
import { parseArgs, UsageError } from "./args";
import type { CliIo } from "./io";
import { intervalYearRows, INTERVAL_HEADERS, sampleFiles, toCsv } from "./sample/generate";
import { monthFirstDay } from "../report";

export const SAMPLE_USAGE = `service-planner sample [-o DIR] [--force] [--interval-year]

  Writes the deterministic sample (September–October 2026 activity, October service jobs) into DIR
  (default samples/). Existing files are left untouched unless --force is given.
  --interval-year also writes intervals-2025-11-2026-10.csv: a year of half-hour rows for the three
  queues (52,560 rows), the input for timing the report on large data.
`;

export const INTERVAL_YEAR_FILE = "intervals-2025-11-2026-10.csv";

export async function sampleCommand(argv: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(
    argv,
    {
      output: { value: true, alias: "o" },
      force: { value: false },
      "interval-year": { value: false },
    },
    "sample"
  );
  if (positional.length) throw new UsageError(`"sample" takes no file names; use -o DIR.`);
  const dir = (options.output as string | undefined) ?? "samples";
  const files = sampleFiles();
  if (options["interval-year"]) {
    files[INTERVAL_YEAR_FILE] = toCsv(
      INTERVAL_HEADERS,
      intervalYearRows(monthFirstDay("2025-11"), 365)
    );
  }
  const targets = Object.keys(files).map((name) => path.join(dir, name));
  const existing = targets.filter((f) => io.exists(f));
  if (existing.length && !options.force) {
    throw new UsageError(
      `${existing.join(", ")} already exist${existing.length === 1 ? "s" : ""} and were left untouched; add --force to replace.`
    );
  }
  for (const [name, text] of Object.entries(files)) {
    await io.writeFile(path.join(dir, name), text, Boolean(options.force));
    io.stdout(`Wrote ${path.join(dir, name)}\n`);
  }
  return 0;
}
