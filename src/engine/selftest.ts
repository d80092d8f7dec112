import { agentsFractional, trunks } from "./capacity";
import { abandonRate, serviceLevelA } from "./erlangA";
import { agentsErlangA } from "./erlangAStaffing";
import { erlangB, erlangC } from "./erlangB";
import { fte } from "./fte";
import published from "./publishedCases.json";
import { agentsForServiceLevel, averageSpeedOfAnswer, occupancy, serviceLevel } from "./staffing";

/**
 * SELFTEST: the published reference cases (publishedCases.json, a copy of shared/reference, with their
 * sources) recomputed live, so anyone can audit the maths inside Excel; table-driven: a case is run when
 * its `fn` has an evaluator in EVALUATORS and skipped otherwise; a new function adds its line there.
 */

export interface PublishedCase {
  id: string;
  source: string;
  fn: string;
  args: Record<string, number>;
  expected: number;
  /** The printed precision of the source; absent means the result must be exactly `expected`. */
  tolerance?: number;
  note?: string;
}

export type Evaluator = (args: Record<string, number>) => number;

/** Contract function id → the engine call with the case's named arguments. */
export const EVALUATORS: Record<string, Evaluator> = {
  ERLANGB: (a) => erlangB(a.traffic, a.servers),
  ERLANGC: (a) => erlangC(a.traffic, a.agents),
  SERVICELEVEL: (a) => serviceLevel(a.calls, a.aht, a.agents, a.target_time, a.interval),
  ASA: (a) => averageSpeedOfAnswer(a.calls, a.aht, a.agents, a.interval),
  OCCUPANCY: (a) => occupancy(a.calls, a.aht, a.agents, a.interval),
  AGENTS: (a) =>
    agentsForServiceLevel(a.calls, a.aht, a.target_sl, a.target_time, a.interval, a.max_occupancy),
  "AGENTS.FRACTIONAL": (a) =>
    agentsFractional(a.calls, a.aht, a.target_sl, a.target_time, a.interval),
  TRUNKS: (a) => trunks(a.traffic, a.blocking),
  FTE: (a) => fte(a.agents, a.shrinkage),
  ABANDON: (a) => abandonRate(a.calls, a.aht, a.agents, a.patience, a.interval),
  "SERVICELEVEL.A": (a) =>
    serviceLevelA(a.calls, a.aht, a.agents, a.patience, a.target_time, a.interval),
  "AGENTS.A": (a) =>
    agentsErlangA(
      a.calls,
      a.aht,
      a.patience,
      a.target_sl,
      a.target_time,
      a.interval,
      a.max_abandon,
      a.max_occupancy
    ),
};

// TypeScript types the JSON's absent arguments as `undefined` members; every present one is a number.
export const PUBLISHED_CASES = published.cases as unknown as PublishedCase[];

export interface SelfTestRow {
  /** The case id and its function, e.g. "R1 AGENTS". */
  label: string;
  source: string;
  expected: number;
  /** The live result, or the error message when the function threw. */
  computed: number | string;
  pass: boolean;
}

/** Recomputes every case that has an evaluator. */
export function selfTest(
  cases: PublishedCase[] = PUBLISHED_CASES,
  evaluators: Record<string, Evaluator> = EVALUATORS
): SelfTestRow[] {
  const rows: SelfTestRow[] = [];
  for (const c of cases) {
    const evaluate = evaluators[c.fn];
    if (!evaluate) continue;
    let computed: number | string;
    try {
      computed = evaluate(c.args);
    } catch (e) {
      computed = e instanceof Error ? e.message : String(e);
    }
    const pass =
      typeof computed === "number" && Math.abs(computed - c.expected) <= (c.tolerance ?? 0);
    rows.push({ label: `${c.id} ${c.fn}`, source: c.source, expected: c.expected, computed, pass });
  }
  return rows;
}
