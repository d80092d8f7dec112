import * as fs from "fs";
import * as path from "path";
import {
  ACTIVITY_FIELDS,
  DEFAULT_REPORT_OPTIONS,
  JOB_FIELDS,
  buildReport,
  defaultTargets,
  detectColumns,
  type RawTable,
  type ReportOptions,
} from "../src/report";
import { monthFirstDay } from "../src/report";
import { tableFromCsv } from "../src/xlsx/readTable";
import { writeWorkbookXlsx } from "../src/xlsx/writeXlsxFile";
import { intervalYearRows, INTERVAL_HEADERS, toCsv } from "../src/cli/sample/generate";
import { SAMPLE_FILES } from "../src/cli/sample/files";

/**
 * `npm run bench` (or `npm run bench report`): the report's speed against issue 5's targets — the sample
 * month (CSV read, report model built, .xlsx written) under 3 s, and a year of half-hour rows for three
 * queues (52,560 rows) under 15 s. Each case runs after a warm-up, at least 3 times, and prints the median
 * time and rows per second. Every run must give the same checksum (the sum of the model's numeric cells), or
 * the bench stops; the .xlsx size is not one, as its zipped timestamps vary.
 */

interface ReportCase {
  title: string;
  /** Data rows in the activity table, for rows/s. */
  rows: number;
  targetMs: number;
  /** Reads, builds and writes once. */
  run: () => Promise<{ checksum: number; bytes: number }>;
}

const options = (jobs?: RawTable): ReportOptions => ({
  ...DEFAULT_REPORT_OPTIONS,
  targets: defaultTargets(),
  // A fixed build time, so every run writes the same bytes.
  builtAt: new Date(Date.UTC(2026, 10, 2, 9)),
  jobs: jobs ? { table: jobs, mapping: detectColumns(jobs.headers, JOB_FIELDS) } : undefined,
});

/** CSV text to .xlsx bytes, as `service-planner report` does it (minus the file writes). */
async function report(
  activityCsv: string,
  jobsCsv?: string,
  month?: string
): Promise<{ checksum: number; bytes: number }> {
  const activity = tableFromCsv(activityCsv);
  const jobs = jobsCsv === undefined ? undefined : tableFromCsv(jobsCsv);
  const model = buildReport(activity, detectColumns(activity.headers, ACTIVITY_FIELDS), {
    ...options(jobs),
    month,
  });
  const bytes = (await writeWorkbookXlsx(model)).length;
  let checksum = 0;
  for (const sheet of model.sheets)
    for (const block of sheet.blocks)
      for (const row of block.cells)
        for (const cell of row) if (typeof cell.value === "number") checksum += cell.value;
  return { checksum, bytes };
}

function cases(): ReportCase[] {
  const samples = path.join(__dirname, "..", "samples");
  const activity = fs.readFileSync(path.join(samples, SAMPLE_FILES.activity), "utf8");
  const jobs = fs.readFileSync(path.join(samples, SAMPLE_FILES.jobs), "utf8");
  // Generated here, not timed: the bench times reading and reporting, not the sample's simulation.
  const year = toCsv(INTERVAL_HEADERS, intervalYearRows(monthFirstDay("2025-11"), 365));
  const lines = (csv: string) => csv.split("\n").filter((l) => l !== "").length - 1;
  return [
    {
      title: "Sample month (October 2026, 3 queues, daily rows, service jobs)",
      rows: lines(activity),
      targetMs: 3000,
      run: () => report(activity, jobs, "2026-10"),
    },
    {
      title: "A year of half-hour rows, 3 queues (report for 2026-10)",
      rows: lines(year),
      targetMs: 15000,
      run: () => report(year, undefined, "2026-10"),
    },
  ];
}

async function time(
  c: ReportCase
): Promise<{ medianMs: number; runs: number; checksum: number; bytes: number }> {
  const { checksum, bytes } = await c.run(); // warm-up: JIT, ExcelJS's lazy loads
  const times: number[] = [];
  // At least 3 runs; more while they are quick, up to ~5 s in all.
  for (let spent = 0; times.length < 3 || (spent < 5000 && times.length < 15);) {
    const start = performance.now();
    const again = (await c.run()).checksum;
    const ms = performance.now() - start;
    if (again !== checksum)
      throw new Error(`${c.title}: checksum changed between runs: ${checksum} then ${again}`);
    times.push(ms);
    spent += ms;
  }
  times.sort((x, y) => x - y);
  const mid = times.length >> 1;
  const medianMs = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  return { medianMs, runs: times.length, checksum, bytes };
}

/** Runs when no workload is named, or when "report" is. Resolves false when a target is missed. */
export async function main(args: string[]): Promise<boolean> {
  if (args.length && !args.includes("report")) return true;
  let ok = true;
  console.log("\nReport: read CSV, build the model, write the .xlsx");
  for (const c of cases()) {
    const t = await time(c);
    const met = t.medianMs <= c.targetMs;
    ok &&= met;
    const perSec = Math.round((c.rows / t.medianMs) * 1000).toLocaleString("en-US");
    console.log(
      `  ${c.title}: ${c.rows.toLocaleString("en-US")} rows, median ${Math.round(t.medianMs)} ms of ${t.runs} runs,` +
        ` ${perSec} rows/s, ${Math.round(t.bytes / 1024)} KiB, checksum ${t.checksum}; target ≤ ${c.targetMs / 1000} s: ${met ? "met" : "MISSED"}`
    );
  }
  console.log(ok ? "Report targets met." : "A report target was MISSED (see above).");
  return ok;
}
