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
  reconciliationText,
  reconciliation,
  type ReportOptions,
  type SlDenominator,
  buildReportWithAnalysis,
} from "../report";
import { t, type Lang, type MessageKey, type MessageParams } from "../i18n";
import { tableFromCsv } from "../xlsx/readTable";
import { writeWorkbookXlsx } from "../xlsx/writeXlsxFile";
import { parseArgs, UsageError, type OptionSpec } from "./args";
import type { CliIo } from "./io";
import { loadTable, mapColumns } from "./tables";
import { scorecardText } from "./scorecardText";
import { SAMPLE_FILES } from "./sample/files";
import { MSG } from "./messages";
import { describeRead } from "../input";

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
  "date-order": { value: true, choices: ["mdy", "dmy"] },
  interval: { value: true, choices: ["15", "30", "60", "day"] },
  "sl-base": { value: true, choices: ["offered", "offered-less-short", "answered"] },
  "short-abandon": { value: true },
  output: { value: true, alias: "o" },
  force: { value: false },
};

export const REPORT_USAGE = (lang: Lang): string => t(lang, "cli.reportUsage");

const DENOMINATORS: Record<string, SlDenominator> = {
  offered: "offered",
  "offered-less-short": "offeredLessShortAbandons",
  answered: "answered",
};

function positiveNumber(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError({ key: "cli.optionPositive", params: { name, value: text } });
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
    throw new UsageError(MSG.cannotWrite(file, code));
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

export async function reportCommand(argv: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(argv, REPORT_OPTIONS, "report");
  if (positional.length > 1)
    throw new UsageError({ key: "cli.oneActivityFile", params: { files: positional.join(", ") } });
  const opt = (k: string) => options[k] as string | undefined;
  const month = opt("month");
  if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    throw new UsageError({ key: "cli.optionMonth", params: { value: month } });
  }
  const outputOption = opt("output");
  if (outputOption !== undefined) checkOutput(outputOption, io);
  const notes: string[] = [];
  const lang = (opt("lang") ?? DEFAULT_REPORT_OPTIONS.lang) as Lang;
  const say = (key: MessageKey, params?: MessageParams) => t(lang, key, params);
  const sample = positional.length === 0;
  let activity: RawTable;
  let jobs: RawTable | undefined;
  if (sample) {
    const files = io.sample();
    activity = tableFromCsv(files[SAMPLE_FILES.activity]);
    jobs = opt("jobs") ? undefined : tableFromCsv(files[SAMPLE_FILES.jobs], undefined, JOB_FIELDS);
    io.stderr(
      `${say("cli.usingSample", { activity: SAMPLE_FILES.activity, jobs: SAMPLE_FILES.jobs })}\n`
    );
  } else {
    activity = await loadTable(io, positional[0], opt("sheet"), notes, lang);
  }
  if (opt("jobs")) jobs = await loadTable(io, opt("jobs")!, undefined, notes, lang, JOB_FIELDS);
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
    const table = await loadTable(io, opt("targets")!, undefined, undefined, lang, []);
    const read = targetsFromTable(table.headers, table.rows, complaintBase, lang);
    for (const p of read.problems)
      io.stderr(`${say("cli.targetsWarning", { file: opt("targets")!, problem: p })}\n`);
    targets = read.targets;
    currency = read.currency;
  }
  const currencyOption = opt("currency");
  if (currencyOption !== undefined) {
    if (!/^\S(.{0,14}\S)?$/u.test(currencyOption))
      throw new UsageError({ key: "cli.optionCurrency", params: { value: currencyOption } });
    currency = currencyOption;
  }
  const large = activity.rows.length > 5000;
  const progress = (fraction: number, stage: string) => {
    if (!large) return;
    const line = say("cli.building", { percent: Math.round(fraction * 100), stage });
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
    input: {
      dateOrder: opt("date-order") as "mdy" | "dmy" | undefined,
      interval:
        opt("interval") === undefined
          ? undefined
          : opt("interval") === "day"
            ? "day"
            : (Number(opt("interval")) as 15 | 30 | 60),
      slBase: opt("sl-base") === undefined ? undefined : DENOMINATORS[opt("sl-base")!],
      shortAbandonSec: positiveNumber("short-abandon", opt("short-abandon"), 5),
    },
    problemList: "file",
    notes,
  };
  if (large) io.stderr(`${say("cli.rowsRead", { count: activity.rows.length })}\n`);
  const started = Date.now();
  const { model, analysis } = buildReportWithAnalysis(activity, mapping, reportOptions);
  const output = outputOption ?? `service-quality-${analysis.month}.xlsx`;
  checkOutput(output, io);
  const target = options.force ? output : freeName(output, io);
  if (target !== output) {
    io.stderr(`${say("cli.leftUntouched", { file: output, target })}\n`);
  }
  const bytes = await writeWorkbookXlsx(model);
  await writeOutput(io, target, bytes, Boolean(options.force));
  const listFile = await writeProblemList(io, analysis, lang, target, Boolean(options.force));
  // What the reader understood (shape, columns, conversions, ignored columns), before the figures.
  io.stderr(`${describeRead(analysis.parsed.read.description, lang).join("\n")}\n`);
  io.stdout(scorecardText(analysis, lang));
  io.stdout(
    `${reconciliationText(reconciliation(analysis), lang)}\n` +
      (listFile
        ? `${say("cli.problemListWritten", { count: problemCount(analysis), shown: PROBLEMS_SHOWN, file: listFile })}\n`
        : "") +
      `${say("cli.wroteReport", { file: target, sheet: model.sheets[0].name, seconds: ((Date.now() - started) / 1000).toFixed(2) })}\n`
  );
  return 0;
}
