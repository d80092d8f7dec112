/** `service-planner sample [-o DIR] [--force]`: writes the sample CSVs the report is demonstrated on. */
import * as path from "path";
import { t, type Lang } from "../i18n";
import { parseArgs, UsageError } from "./args";
import { runLanguage } from "./language";
import type { CliIo } from "./io";
import { intervalYearRows, INTERVAL_HEADERS, sampleFiles, toCsv } from "./sample/generate";
import { SAMPLE_FILES } from "./sample/files";
import { monthFirstDay } from "../report";
import { ACD_FILE, RECORDS_FILE, recordSampleFiles } from "./sample/records";
import { HISTORY_FILE, historySampleFiles } from "./sample/history";

export const SAMPLE_USAGE = (lang: Lang): string =>
  t(lang, "cli.sampleUsage", { records: RECORDS_FILE, acd: ACD_FILE, history: HISTORY_FILE });

export const INTERVAL_YEAR_FILE = "intervals-2025-11-2026-10.csv";

export async function sampleCommand(argv: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(
    argv,
    {
      output: { value: true, alias: "o" },
      force: { value: false },
      "interval-year": { value: false },
      lang: { value: true, choices: ["en", "zh-CN"] },
    },
    "sample"
  );
  if (positional.length) throw new UsageError({ key: "cli.sampleNoFiles" });
  const lang = runLanguage(argv);
  const dir = (options.output as string | undefined) ?? "samples";
  // The names first: an existing file is refused before seconds are spent generating 14 MB of records.
  const makers: Record<string, () => Record<string, string>> = {
    [SAMPLE_FILES.activity]: sampleFiles,
    [RECORDS_FILE]: recordSampleFiles,
    [HISTORY_FILE]: historySampleFiles,
  };
  const names = [SAMPLE_FILES.activity, SAMPLE_FILES.jobs, RECORDS_FILE, ACD_FILE, HISTORY_FILE];
  if (options["interval-year"]) names.push(INTERVAL_YEAR_FILE);
  const existing = names.map((name) => path.join(dir, name)).filter((f) => io.exists(f));
  if (existing.length && !options.force) {
    throw new UsageError({
      key: "cli.sampleExisting",
      params: { count: existing.length, files: existing.join(", ") },
    });
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
    io.stdout(`${t(lang, "cli.wroteFile", { file: path.join(dir, name) })}\n`);
  }
  return 0;
}
