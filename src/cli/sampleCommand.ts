/** `service-planner sample [-o DIR] [--force]`: writes the sample CSVs the report is demonstrated on. */
import * as path from "path";
import { parseArgs, UsageError } from "./args";
import type { CliIo } from "./io";
import { intervalYearRows, INTERVAL_HEADERS, sampleFiles, toCsv } from "./sample/generate";
import { SAMPLE_FILES } from "./sample/files";
import { monthFirstDay } from "../report";
import { ACD_FILE, RECORDS_FILE, recordSampleFiles } from "./sample/records";

export const SAMPLE_USAGE = `service-planner sample [-o DIR] [--force] [--interval-year]

  Writes the deterministic sample into DIR (default samples/): September–October 2026 activity and
  October service jobs in our own layout, and October's calls as platforms export them:
    ${RECORDS_FILE}  one row per call (~160,000 rows, 14 MB): US dates, 12-hour times,
                     h:mm:ss durations, IVR-only calls, a few broken rows
    ${ACD_FILE}     the ACD's half-hour report of the same calls: a title block, counts with
                     averages (ASA, AHT) and a service level %, a totals row
  Build a report from either: service-planner report samples/${RECORDS_FILE}
  Existing files are left untouched unless --force is given.
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
  // The names first: an existing file is refused before seconds are spent generating 14 MB of records.
  const makers: Record<string, () => Record<string, string>> = {
    [SAMPLE_FILES.activity]: sampleFiles,
    [RECORDS_FILE]: recordSampleFiles,
  };
  const names = [SAMPLE_FILES.activity, SAMPLE_FILES.jobs, RECORDS_FILE, ACD_FILE];
  if (options["interval-year"]) names.push(INTERVAL_YEAR_FILE);
  const existing = names.map((name) => path.join(dir, name)).filter((f) => io.exists(f));
  if (existing.length && !options.force) {
    throw new UsageError(
      `${existing.join(", ")} already exist${existing.length === 1 ? "s" : ""} and were left untouched; add --force to replace.`
    );
  }
  const files: Record<string, string> = {};
  for (const make of Object.values(makers)) Object.assign(files, make());
  if (options["interval-year"]) {
    files[INTERVAL_YEAR_FILE] = toCsv(
      INTERVAL_HEADERS,
      intervalYearRows(monthFirstDay("2025-11"), 365)
    );
  }
  for (const name of names) {
    await io.writeFile(path.join(dir, name), files[name], Boolean(options.force));
    io.stdout(`Wrote ${path.join(dir, name)}\n`);
  }
  return 0;
}
