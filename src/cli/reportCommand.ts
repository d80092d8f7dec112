/**
 * `service-planner report [activity.xlsx|csv] [options]`: reads the activity (and jobs) table, builds the
 * report and writes it as .xlsx, then prints the scorecard. With no input it uses the bundled sample month.
 * An existing output file is never replaced unless --force is given: the report goes to the next free name.
 */
import * as path from "path";
import {
  ACTIVITY_FIELDS,
  DEFAULT_REPORT_OPTIONS,
  JOB_FIELDS,
  defaultTargets,
  targetsFromTable,
  type Analysis,
  type RawTable,
  PROBLEMS_SHOWN,
  problemCount,
  problemTable,
  problemWords,
  reconciliation,
  type ReportOptions,
  type SlDenominator,
  buildReportWithAnalysis,
} from "../report";
import { type Lang } from "../workbook";
import { tableFromCsv } from "../xlsx/readTable";
import { writeWorkbookXlsx } from "../xlsx/writeXlsxFile";
import { parseArgs, UsageError, type OptionSpec } from "./args";
import type { CliIo } from "./io";
import { loadTable, mapColumns } from "./tables";
import { scorecardText } from "./scorecardText";
import { SAMPLE_FILES } from "./sample/files";
import { MSG } from "./messages";

export const REPORT_OPTIONS: Record<string, OptionSpec> = {
  jobs: { value: true },
  month: { value: true },
  lang: { value: true, choices: ["en", "zh-CN"] },
  "sl-denominator": { value: true, choices: ["offered", "offered-less-short", "answered"] },
  "sl-threshold": { value: true },
  "complaint-base": { value: true },
  targets: { value: true },
  currency: { value: true },
  map: { value: true, repeat: true },
  sheet: { value: true },
  output: { value: true, alias: "o" },
  force: { value: false },
};

export const REPORT_USAGE = `service-planner report [activity.xlsx|activity.csv] [options]

  With no input file, builds the report from the bundled sample month (October 2026).

  --jobs FILE               service-jobs table (.csv or .xlsx): type, hours or opened/closed, standard hours
  --month YYYY-MM           month to report (default: the latest month in the data)
  --lang en|zh-CN           report language (default en)
  --sl-denominator offered|offered-less-short|answered
                            service level denominator (default offered-less-short)
  --sl-threshold SECONDS    service level answer-time threshold (default 20)
  --complaint-base N        complaints per N answered (default 10000)
  --targets FILE            a Targets table (.csv or .xlsx: KPI, Target, Direction, …) instead of the defaults
  --currency CODE           the currency of the cost column, e.g. EUR or 元 (default: the Targets table's
                            "Cost currency" row, else none: cost per call is then in "cost units")
  --map FIELD=HEADER        use column HEADER for FIELD (repeatable), e.g. --map offered="Calls in"
  --sheet NAME              the sheet to read in an .xlsx input (default: the first)
  -o, --output FILE         the .xlsx to write (default service-quality-YYYY-MM.xlsx)
  --force                   replace the output file if it exists (otherwise the report goes to
                            "name (2).xlsx", "name (3).xlsx", … and the command says so)
`;

const DENOMINATORS: Record<string, SlDenominator> = {
  offered: "offered",
  "offered-less-short": "offeredLessShortAbandons",
  answered: "answered",
};

function positiveNumber(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`Option --${name} must be a number > 0, not "${text}".`);
  return n;
}

/** "report.xlsx" when free, else "report (2).xlsx", "report (3).xlsx", …: an existing file is never replaced. */
export function freeName(file: string, io: CliIo): string {
  if (!io.exists(file)) return file;
  const ext = path.extname(file);
  const stem = file.slice(0, file.length - ext.length);
  for (let i = 2; ; i++) {
    const candidate = `${stem} (${i})${ext}`;
    if (!io.exists(candidate)) return candidate;
  }
}

/** Refuses an output path that cannot be the report, before any work is done. */
function checkOutput(output: string, io: CliIo): void {
  if (output.trim() === "") throw new UsageError(MSG.outputNeeded());
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f]/.test(output)) throw new UsageError(MSG.outputInvalid(output));
  if (/[\\/]$/.test(output) || io.stat(output)?.directory)
    throw new UsageError(MSG.outputIsFolder(output));
  if (path.extname(output).toLowerCase() !== ".xlsx")
    throw new UsageError(MSG.outputNotXlsx(output));
}

/** Writes a file of the report; a file-system failure becomes one line naming the path and the fix. */
async function writeOutput(io: CliIo, file: string, data: Buffer | string, replace: boolean) {
  try {
    await io.writeFile(file, data, replace);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new UsageError(
      MSG.cannotWrite(file, MSG.writeReasons[code] ?? MSG.otherWriteReason(code))
    );
  }
}

/** RFC 4180 quoting; a cell that a spreadsheet would take for a formula is kept as text. */
function csvCell(value: string | number): string {
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * More problems than the report shows: the complete list as a CSV beside the .xlsx, named after it
 * ("report (2).xlsx" → "report (2)-problems.csv"), never replacing a file (unless --force). UTF-8 with a BOM,
 * so Excel opens Chinese text right. Returns the file written, or null.
 */
async function writeProblemList(
  io: CliIo,
  analysis: Analysis,
  lang: Lang,
  report: string,
  force: boolean
): Promise<string | null> {
  if (problemCount(analysis) <= PROBLEMS_SHOWN) return null;
  const wanted = `${report.slice(0, report.length - path.extname(report).length)}-problems.csv`;
  const file = force ? wanted : freeName(wanted, io);
  const table = problemTable(analysis, lang);
  const lines = [table.headers.map(csvCell).join(",")];
  for (const row of table.rows) lines.push(row.map(csvCell).join(","));
  await writeOutput(io, file, `\uFEFF${lines.join("\r\n")}\r\n`, force);
  return file;
}

/** "1,000 rows read = 900 used + …": the parts always add up to the rows read. */
function reconciliationText(analysis: Analysis, lang: Lang): string {
  return problemWords(lang).reconcile(reconciliation(analysis));
}

export async function reportCommand(argv: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(argv, REPORT_OPTIONS, "report");
  if (positional.length > 1)
    throw new UsageError(`One activity file at a time; got ${positional.join(", ")}.`);
  const opt = (k: string) => options[k] as string | undefined;
  const month = opt("month");
  if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    throw new UsageError(`Option --month must be YYYY-MM, e.g. 2026-10, not "${month}".`);
  }
  const outputOption = opt("output");
  if (outputOption !== undefined) checkOutput(outputOption, io);
  const notes: string[] = [];
  const sample = positional.length === 0;
  let activity: RawTable;
  let jobs: RawTable | undefined;
  if (sample) {
    const files = io.sample();
    activity = tableFromCsv(files[SAMPLE_FILES.activity]);
    jobs = opt("jobs") ? undefined : tableFromCsv(files[SAMPLE_FILES.jobs]);
    io.stderr(
      `No input file: using the bundled sample (${SAMPLE_FILES.activity}, ${SAMPLE_FILES.jobs}).\n`
    );
  } else {
    activity = await loadTable(io, positional[0], opt("sheet"), notes);
  }
  if (opt("jobs")) jobs = await loadTable(io, opt("jobs")!, undefined, notes);
  const mapping = mapColumns(
    activity,
    ACTIVITY_FIELDS,
    (options.map as string[] | undefined) ?? [],
    "activity"
  );

  const complaintBase = positiveNumber(
    "complaint-base",
    opt("complaint-base"),
    DEFAULT_REPORT_OPTIONS.complaintBase
  );
  let targets = defaultTargets(complaintBase);
  let currency: string | null = null;
  if (opt("targets")) {
    const table = await loadTable(io, opt("targets")!);
    const read = targetsFromTable(table.headers, table.rows, complaintBase);
    for (const p of read.problems) io.stderr(`warning: ${opt("targets")}: ${p}\n`);
    targets = read.targets;
    currency = read.currency;
  }
  const currencyOption = opt("currency");
  if (currencyOption !== undefined) {
    if (!/^\S(.{0,14}\S)?$/u.test(currencyOption))
      throw new UsageError(
        `Option --currency must be a short currency name or code (EUR, USD, 元), not "${currencyOption}".`
      );
    currency = currencyOption;
  }
  const lang = (opt("lang") ?? DEFAULT_REPORT_OPTIONS.lang) as Lang;
  const large = activity.rows.length > 5000;
  const progress = (fraction: number, stage: string) => {
    if (!large) return;
    const line = `Building report: ${Math.round(fraction * 100)}% (${stage})`;
    io.stderr(io.interactive ? `\r${line.padEnd(48)}${fraction >= 1 ? "\n" : ""}` : `${line}\n`);
  };
  const reportOptions: ReportOptions = {
    month,
    lang,
    slDenominator: DENOMINATORS[opt("sl-denominator") ?? "offered-less-short"],
    slThresholdSec: positiveNumber(
      "sl-threshold",
      opt("sl-threshold"),
      DEFAULT_REPORT_OPTIONS.slThresholdSec
    ),
    complaintBase,
    targets,
    targetsSource: opt("targets") ? "table" : "defaults",
    currency,
    builtAt: io.now(),
    jobs: jobs
      ? { table: jobs, mapping: mapColumns(jobs, JOB_FIELDS, [], "service-jobs") }
      : undefined,
    onProgress: progress,
    problemList: "file",
    notes,
  };
  if (large) io.stderr(`Read ${activity.rows.length.toLocaleString("en-US")} rows.\n`);
  const started = Date.now();
  const { model, analysis } = buildReportWithAnalysis(activity, mapping, reportOptions);
  const output = outputOption ?? `service-quality-${analysis.month}.xlsx`;
  checkOutput(output, io);
  const target = options.force ? output : freeName(output, io);
  if (target !== output) {
    io.stderr(
      `${output} already exists and was left untouched; writing ${target} instead (--force replaces it).\n`
    );
  }
  const bytes = await writeWorkbookXlsx(model);
  await writeOutput(io, target, bytes, Boolean(options.force));
  const listFile = await writeProblemList(io, analysis, lang, target, Boolean(options.force));
  io.stdout(scorecardText(analysis, lang));
  io.stdout(
    `${reconciliationText(analysis, lang)}\n` +
      (listFile
        ? `${problemCount(analysis).toLocaleString("en-US")} data-quality problems: the report lists the first ${PROBLEMS_SHOWN}; all are in ${listFile}.\n`
        : "") +
      `Wrote ${target} (sheet "${model.sheets[0].name}") in ${((Date.now() - started) / 1000).toFixed(2)} s.\n`
  );
  return 0;
}
