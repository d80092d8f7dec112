import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import {
  ACTIVITY_FIELDS,
  DEFAULT_REPORT_OPTIONS,
  defaultTargets,
  detectColumns,
  problemTable,
  type RawTable,
} from "../src/report";
import { analyse } from "../src/report/analysis";
import { layoutReport } from "../src/report/layout/sheet";
import { writeWorkbookXlsx } from "../src/xlsx/writeXlsxFile";
import { RECORD_HEADERS, recordRows, sampleCallRecords } from "../src/cli/sample/records";
import { toCsv } from "../src/cli/sample/generate";

/**
 * `npm run bench` (or `npm run bench records`): the command line on contact records, issue 9's targets —
 * 300,000 records to a report in ≤ 10 s and ≤ 1 GB — and the cost of data quality, 20,000 bad rows under a
 * second (issue 11). Each records case runs the built command (dist/cli) in a child process, so the time is
 * the user's (start, read, aggregate, build, write) and the peak memory is the process's own resident set
 * (process.resourceUsage().maxRSS, read as the child exits).
 */

const BUNDLE = path.join(__dirname, "..", "dist", "cli", "service-planner.js");

/** The sample's October calls, cut to `count` rows or repeated (as more queues) until there are that many. */
function recordsCsv(count: number): string {
  const base = recordRows(sampleCallRecords());
  const rows: (string | number)[][] = [];
  for (let copy = 1; rows.length < count; copy++) {
    for (const r of base) {
      if (rows.length >= count) break;
      rows.push(copy === 1 ? r : [`${r[0]}-${copy}`, r[1], `${r[2]} ${copy}`, ...r.slice(3)]);
    }
  }
  return toCsv(RECORD_HEADERS, rows);
}

interface ChildRun {
  ok: boolean;
  ms: number;
  maxRssMb: number;
  output: string;
}

/** Runs `service-planner report <csv>` in a child process; its wall time and peak resident memory. */
function runChild(csv: string, dir: string): ChildRun {
  const out = path.join(dir, `report-${Date.now()}.xlsx`);
  // The child reports its own peak RSS as it exits, after the command has finished.
  const wrapper =
    `process.on("exit", () => process.stderr.write("\\nBENCH_RSS " + process.resourceUsage().maxRSS + "\\n"));` +
    `process.argv = [process.argv[0], ${JSON.stringify(BUNDLE)}, "report", ${JSON.stringify(csv)}, "-o", ${JSON.stringify(out)}];` +
    `require(${JSON.stringify(BUNDLE)});`;
  const started = performance.now();
  const child = spawnSync(process.execPath, ["-e", wrapper], { encoding: "utf8" });
  const ms = performance.now() - started;
  const rss = /BENCH_RSS (\d+)/.exec(child.stderr ?? "");
  return {
    ok: child.status === 0,
    ms,
    maxRssMb: rss ? Number(rss[1]) / 1024 : NaN,
    output: `${child.stdout ?? ""}${child.stderr ?? ""}`.replace(/\nBENCH_RSS \d+\n/, ""),
  };
}

interface Stages {
  readMs: number;
  layoutMs: number;
  writeMs: number;
  listMs: number;
}

/**
 * 20,000 rows each with a problem (text in Offered) against the same rows clean, stage by stage (best of 3
 * after a warm-up): reading and checking the rows is the reader's work; data quality's own work is laying
 * out its section, writing it, and wording the complete list as CSV — the bad run's extra over the clean one.
 */
async function dataQualityCost(): Promise<{ bad: Stages; clean: Stages; problems: number }> {
  // Unique date, half hour and queue on every row (31 days × 48 half hours × 14 queues), so the only problems
  // are the planted ones.
  const headers = ["Date", "Interval", "Queue", "Offered", "Answered"];
  const table = (bad: boolean): RawTable => ({
    headers,
    rows: Array.from({ length: 20000 }, (_, i) => {
      const slot = Math.floor(i / 31) % 48;
      return [
        `2026-10-${String(1 + (i % 31)).padStart(2, "0")}`,
        `${String(Math.floor(slot / 2)).padStart(2, "0")}:${slot % 2 ? "30" : "00"}`,
        `Queue ${Math.floor(i / (31 * 48))}`,
        bad ? "n/a" : 100,
        90,
      ];
    }),
    firstRowNumber: 2,
  });
  const options = {
    ...DEFAULT_REPORT_OPTIONS,
    targets: defaultTargets(),
    builtAt: new Date(Date.UTC(2026, 10, 2, 9)),
    problemList: "file" as const,
  };
  const mapping = detectColumns(headers, ACTIVITY_FIELDS);
  let problems = 0;
  const stages = async (bad: boolean): Promise<Stages> => {
    const input = table(bad);
    let t = performance.now();
    const analysis = analyse(input, mapping, options);
    const readMs = performance.now() - t;
    t = performance.now();
    const model = layoutReport(analysis, options);
    const layoutMs = performance.now() - t;
    t = performance.now();
    await writeWorkbookXlsx(model);
    const writeMs = performance.now() - t;
    t = performance.now();
    const list = problemTable(analysis, "en");
    const csv = list.rows.map((r) => r.join(",")).join("\n");
    const listMs = performance.now() - t;
    problems = Math.max(problems, list.rows.length);
    void csv;
    return { readMs, layoutMs, writeMs, listMs };
  };
  const best = async (bad: boolean) => {
    await stages(bad); // warm-up
    const runs = [await stages(bad), await stages(bad), await stages(bad)];
    const min = (k: keyof Stages) => Math.min(...runs.map((r) => r[k]));
    return {
      readMs: min("readMs"),
      layoutMs: min("layoutMs"),
      writeMs: min("writeMs"),
      listMs: min("listMs"),
    };
  };
  return { bad: await best(true), clean: await best(false), problems };
}

/** Runs when no workload is named, or when "records" is. Resolves false when a target is missed. */
export async function main(args: string[]): Promise<boolean> {
  if (args.length && !args.includes("records")) return true;
  let ok = true;
  console.log(
    "\nContact records: `service-planner report records.csv` in a child process (dist/cli)"
  );
  if (!fs.existsSync(BUNDLE)) {
    console.log(`  ${BUNDLE} is missing: run npm run build:cli first.`);
    return false;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sp-bench-records-"));
  try {
    for (const { rows, targetMs, targetMb } of [
      { rows: 30000, targetMs: undefined, targetMb: undefined },
      { rows: 300000, targetMs: 10000, targetMb: 1024 },
    ]) {
      const csv = path.join(dir, `records-${rows}.csv`);
      fs.writeFileSync(csv, recordsCsv(rows)); // generated here, not timed
      const size = fs.statSync(csv).size;
      const run = runChild(csv, dir);
      const timeMet = targetMs === undefined || run.ms <= targetMs;
      const memMet = targetMb === undefined || run.maxRssMb <= targetMb;
      const met = run.ok && timeMet && memMet;
      if (targetMs !== undefined) ok &&= met;
      const targets =
        targetMs === undefined
          ? ""
          : `; target ≤ ${targetMs / 1000} s and ≤ ${targetMb} MB: ${met ? "met" : "MISSED"}`;
      console.log(
        `  ${rows.toLocaleString("en-US")} records (${(size / 1048576).toFixed(1)} MB CSV): ${Math.round(run.ms)} ms,` +
          ` peak ${Math.round(run.maxRssMb)} MB${run.ok ? "" : " (the command FAILED)"}${targets}`
      );
      if (!run.ok)
        console.log(
          run.output
            .split("\n")
            .filter(Boolean)
            .slice(-3)
            .map((l) => `    ${l}`)
            .join("\n")
        );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const dq = await dataQualityCost();
  const extra = (k: keyof Stages) => Math.max(0, dq.bad[k] - dq.clean[k]);
  const cost = extra("layoutMs") + extra("writeMs") + dq.bad.listMs;
  const dqMet = cost <= 1000;
  ok &&= dqMet;
  const ms = (x: number) => `${Math.round(x)} ms`;
  console.log(
    `  Data quality, ${dq.problems.toLocaleString("en-US")} bad rows (best of 3): reading and checking ${ms(dq.bad.readMs)} (${ms(dq.clean.readMs)} clean);` +
      ` data-quality work ${ms(cost)} (section layout +${ms(extra("layoutMs"))}, .xlsx +${ms(extra("writeMs"))}, complete list as CSV ${ms(dq.bad.listMs)}); target ≤ 1 s: ${dqMet ? "met" : "MISSED"}`
  );
  console.log(ok ? "Records targets met." : "A records target was MISSED (see above).");
  return ok;
}
