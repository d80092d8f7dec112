import { agentsErlangA } from "../src/engine/erlangAStaffing";
import { agentsForServiceLevel } from "../src/engine/staffing";
import { staffPlanRow } from "../src/engine/staffPlan";
import { loadBuiltFunctions } from "../test/helpers/builtFunctions";
import { textbookAgents } from "./textbook";
import { Workload, loadWorkload } from "./workloads";

/**
 * `npm run bench`: times each benchmark over the standard workloads and prints the median time, intervals
 * per second and a checksum (so every variant is seen to compute the same thing), with the contract's
 * targets. To add a workload for another function, append a Benchmark to BENCHMARKS.
 */

export interface Variant {
  label: string;
  /** Computes the whole workload once and returns the checksum (the sum of the results). */
  run: (w: Workload) => number;
}

export interface Benchmark {
  title: string;
  workloads: string[];
  variants: Variant[];
  /** The variant the others are compared with ("× faster"), by label. */
  baseline?: string;
  /** The contract's target for every variant but the baseline, median milliseconds per workload. */
  targetMs?: Record<string, number>;
  /** The contract's minimum speed-up of the other variants over the baseline, per workload. */
  minSpeedup?: Record<string, number>;
}

const SL = 0.8;
const TARGET_TIME_SEC = 20;
const INTERVAL_SEC = 1800;
/** Erlang A benchmarks: callers' mean patience, seconds. */
const PATIENCE_SEC = 120;

// In this context, not a vm sandbox: see loadBuiltFunctions on why a sandbox would distort the timing.
const builtFunctions = lazy(() => loadBuiltFunctions("this-context"));

/** A column of one number per row, as Excel passes a one-column range. */
export function column(values: number[]): number[][] {
  return values.map((v) => [v]);
}

/** The sum of every number in a returned range; a non-number cell is an error and stops the bench. */
export function sumCells(rows: unknown[][]): number {
  let sum = 0;
  for (const row of rows)
    for (const cell of row) {
      if (typeof cell !== "number")
        throw new Error(`a result cell is not a number: ${JSON.stringify(cell)}`);
      sum += cell;
    }
  return sum;
}

export const BENCHMARKS: Benchmark[] = [
  {
    title: `AGENTS (${SL * 100}% in ${TARGET_TIME_SEC} s, ${INTERVAL_SEC} s intervals)`,
    workloads: ["year", "large"],
    targetMs: { year: 20, large: 50 },
    baseline: "textbook O(N²) search",
    minSpeedup: { large: 50 },
    variants: [
      {
        label: "engine",
        run: (w) => {
          let sum = 0;
          for (let i = 0; i < w.calls.length; i++)
            sum += agentsForServiceLevel(w.calls[i], w.aht[i], SL, TARGET_TIME_SEC, INTERVAL_SEC);
          return sum;
        },
      },
      {
        label: "built WFM.AGENTS",
        run: (w) =>
          sumCells(
            builtFunctions().get("AGENTS")!(
              column(w.calls),
              column(w.aht),
              [[SL]],
              [[TARGET_TIME_SEC]],
              [[INTERVAL_SEC]],
              null
            ) as unknown[][]
          ),
      },
      {
        label: "textbook O(N²) search",
        run: (w) => {
          let sum = 0;
          for (let i = 0; i < w.calls.length; i++)
            sum += textbookAgents(w.calls[i], w.aht[i], SL, TARGET_TIME_SEC, INTERVAL_SEC);
          return sum;
        },
      },
    ],
  },
  {
    title: `AGENTS.A (${SL * 100}% in ${TARGET_TIME_SEC} s, patience ${PATIENCE_SEC} s, ${INTERVAL_SEC} s intervals)`,
    workloads: ["year"],
    targetMs: { year: 2000 },
    variants: [
      {
        label: "engine",
        run: (w) => {
          let sum = 0;
          for (let i = 0; i < w.calls.length; i++)
            sum += agentsErlangA(
              w.calls[i],
              w.aht[i],
              PATIENCE_SEC,
              SL,
              TARGET_TIME_SEC,
              INTERVAL_SEC
            );
          return sum;
        },
      },
      {
        label: "built WFM.AGENTS.A",
        run: (w) =>
          sumCells(
            builtFunctions().get("AGENTS.A")!(
              column(w.calls),
              column(w.aht),
              [[PATIENCE_SEC]],
              [[SL]],
              [[TARGET_TIME_SEC]],
              [[INTERVAL_SEC]],
              null,
              null
            ) as unknown[][]
          ),
      },
    ],
  },
  {
    title: `STAFFPLAN, Erlang C (${SL * 100}% in ${TARGET_TIME_SEC} s, shrinkage 0.3; checksum = total agents)`,
    workloads: ["year"],
    targetMs: { year: 100 },
    variants: [
      {
        label: "engine",
        run: (w) => {
          let sum = 0;
          for (let i = 0; i < w.calls.length; i++) {
            const row = {
              calls: w.calls[i],
              ahtSec: w.aht[i],
              targetSl: SL,
              targetTimeSec: TARGET_TIME_SEC,
            };
            sum += staffPlanRow({ ...row, intervalSec: INTERVAL_SEC, shrinkage: 0.3 }).agents;
          }
          return sum;
        },
      },
      {
        label: "built WFM.STAFFPLAN",
        run: (w) => {
          const plan = builtFunctions().get("STAFFPLAN")!(
            column(w.calls),
            column(w.aht),
            [[SL]],
            [[TARGET_TIME_SEC]],
            [[INTERVAL_SEC]],
            [[0.3]],
            null,
            null
          ) as unknown[][];
          return sumCells(plan.map((row) => [row[0]]));
        },
      },
    ],
  },
];

interface Timing {
  label: string;
  medianMs: number;
  runs: number;
  checksum: number;
}

/** Runs `run` at least 3 times after a warm-up (once for slow variants) and takes the median. */
function time(run: () => number): { medianMs: number; runs: number; checksum: number } {
  let start = performance.now();
  const checksum = run();
  const firstMs = performance.now() - start;
  const times: number[] = [];
  const budgetMs = 2000;
  let spent = 0;
  if (firstMs > budgetMs) times.push(firstMs);
  while (times.length === 0 || (times.length < 15 && spent < budgetMs) || times.length < 3) {
    if (firstMs > budgetMs) break;
    start = performance.now();
    const again = run();
    const ms = performance.now() - start;
    if (again !== checksum)
      throw new Error(`checksum changed between runs: ${checksum} then ${again}`);
    times.push(ms);
    spent += ms;
  }
  times.sort((x, y) => x - y);
  const mid = times.length >> 1;
  const medianMs = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  return { medianMs, runs: times.length, checksum };
}

function format(ms: number): string {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`;
}

function benchWorkload(b: Benchmark, w: Workload): boolean {
  console.log(
    `\n${b.title} over ${w.name}: ${w.calls.length.toLocaleString("en-US")} intervals from ${w.source}`
  );
  const timings: Timing[] = b.variants.map((v) => ({ label: v.label, ...time(() => v.run(w)) }));
  const baseline = timings.find((t) => t.label === b.baseline);
  let ok = true;
  const width = Math.max(...timings.map((t) => t.label.length));
  for (const t of timings) {
    const perSec = (w.calls.length / t.medianMs) * 1000;
    const notes: string[] = [];
    const target = b.targetMs?.[w.name];
    if (target !== undefined && t !== baseline) {
      const met = t.medianMs <= target;
      ok &&= met;
      notes.push(`target ≤ ${target} ms: ${met ? "met" : "MISSED"}`);
    }
    if (baseline && t !== baseline) {
      const speedup = baseline.medianMs / t.medianMs;
      const min = b.minSpeedup?.[w.name];
      const met = min === undefined || speedup >= min;
      ok &&= met;
      notes.push(
        `${speedup.toFixed(0)}× faster than the textbook search${min ? ` (target ≥ ${min}×: ${met ? "met" : "MISSED"})` : ""}`
      );
    }
    if (t.checksum !== timings[0].checksum) {
      ok = false;
      notes.push("CHECKSUM DIFFERS");
    }
    console.log(
      `  ${t.label.padEnd(width)}  median ${format(t.medianMs).padStart(9)} of ${String(t.runs).padStart(2)} runs` +
        `  ${Math.round(perSec).toLocaleString("en-US").padStart(11)} intervals/s  checksum ${t.checksum}` +
        (notes.length ? `  ${notes.join("; ")}` : "")
    );
  }
  return ok;
}

/** Runs every workload (or only those named in `args`); true when every target that ran was met. */
export function main(args: string[]): boolean {
  const only = args.length ? new Set(args) : undefined;
  let ok = true;
  let ran = 0;
  for (const b of BENCHMARKS)
    for (const name of b.workloads) {
      if (only && !only.has(name)) continue;
      ok = benchWorkload(b, loadWorkload(name)) && ok;
      ran++;
    }
  if (ran) console.log(ok ? "\nEvery target met." : "\nSome target was MISSED (see above).");
  return ok;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
