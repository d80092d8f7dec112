/*
 * The Erlang A functions (callers abandon) and STAFFPLAN: JSDoc-tagged wrappers only (see functions.ts for
 * the conventions). The user's reference is docs/functions.md, "Erlang A".
 */
import { abandonRate, averageSpeedOfAnswerA, occupancyA, serviceLevelA } from "../engine/erlangA";
import { staffErlangA } from "../engine/erlangAStaffing";
import { StaffPlanRow, staffPlanRow } from "../engine/staffPlan";
import { WfmInputError } from "../engine/errors";
import { broadcast, broadcastInto, intervalArg, required } from "./broadcast";
import { ResultCell, checkedResult, toExcelError } from "./cells";

const num = (v: unknown) => v as number;
const optionalNum = (v: unknown) => v as number | undefined;

/**
 * Fraction of offered calls that abandon (Erlang A: exponential patience).
 * @customfunction ABANDON
 * @param {any[][]} calls Calls offered in the interval (a cell or a range).
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} agents Agents on the phones, a whole number.
 * @param {any[][]} patience Average time a caller waits before hanging up, in seconds.
 * @param {any[][]} [interval] Length of the interval, in seconds (default 1800).
 * @returns {any[][]} Abandon rate, a fraction of offered calls.
 */
export function ABANDON(
  calls: any[][],
  aht: any[][],
  agents: any[][],
  patience: any[][],
  interval?: any[][]
): any[][] {
  return broadcastInto(
    [...required({ calls, aht, agents, patience }), intervalArg(interval)],
    abandonRate
  );
}

/**
 * Calls answered within target_time as a fraction of calls offered, with callers abandoning (Erlang A).
 * @customfunction SERVICELEVEL.A
 * @param {any[][]} calls Calls offered in the interval (a cell or a range).
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} agents Agents on the phones, a whole number.
 * @param {any[][]} patience Average time a caller waits before hanging up, in seconds.
 * @param {any[][]} target_time Answer-time target, in seconds (e.g. 20 for 80/20).
 * @param {any[][]} [interval] Length of the interval, in seconds (default 1800).
 * @returns {any[][]} Service level, a fraction of offered calls (abandoned calls count against it).
 */
export function SERVICELEVEL_A(
  calls: any[][],
  aht: any[][],
  agents: any[][],
  patience: any[][],
  target_time: any[][],
  interval?: any[][]
): any[][] {
  return broadcastInto(
    [
      ...required({ calls, aht, agents, patience }),
      { name: "target_time", value: target_time },
      intervalArg(interval),
    ],
    serviceLevelA
  );
}

/**
 * Average wait of answered calls, in seconds, with callers abandoning (Erlang A).
 * @customfunction ASA.A
 * @param {any[][]} calls Calls offered in the interval (a cell or a range).
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} agents Agents on the phones, a whole number.
 * @param {any[][]} patience Average time a caller waits before hanging up, in seconds.
 * @param {any[][]} [interval] Length of the interval, in seconds (default 1800).
 * @returns {any[][]} Average speed of answer of answered calls, in seconds.
 */
export function ASA_A(
  calls: any[][],
  aht: any[][],
  agents: any[][],
  patience: any[][],
  interval?: any[][]
): any[][] {
  return broadcastInto(
    [...required({ calls, aht, agents, patience }), intervalArg(interval)],
    averageSpeedOfAnswerA
  );
}

/**
 * Agent occupancy with callers abandoning: calls × (1 − abandon) × aht / (interval × agents).
 * @customfunction OCCUPANCY.A
 * @param {any[][]} calls Calls offered in the interval (a cell or a range).
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} agents Agents on the phones, a whole number.
 * @param {any[][]} patience Average time a caller waits before hanging up, in seconds.
 * @param {any[][]} [interval] Length of the interval, in seconds (default 1800).
 * @returns {any[][]} Occupancy, a fraction of agent time.
 */
export function OCCUPANCY_A(
  calls: any[][],
  aht: any[][],
  agents: any[][],
  patience: any[][],
  interval?: any[][]
): any[][] {
  return broadcastInto(
    [...required({ calls, aht, agents, patience }), intervalArg(interval)],
    occupancyA
  );
}

/**
 * The smallest whole number of agents meeting every target given, with callers abandoning (Erlang A).
 * @customfunction AGENTS.A
 * @param {any[][]} calls Calls offered in the interval (a cell or a range).
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} patience Average time a caller waits before hanging up, in seconds.
 * @param {any[][]} target_sl Service-level target, a fraction (0.8 = 80%).
 * @param {any[][]} target_time Answer-time target, in seconds (e.g. 20 for 80/20).
 * @param {any[][]} [interval] Length of the interval, in seconds (default 1800).
 * @param {any[][]} [max_abandon] Highest allowed abandon rate, a fraction (e.g. 0.05); default no cap.
 * @param {any[][]} [max_occupancy] Highest allowed occupancy, a fraction (e.g. 0.85); default no cap.
 * @returns {any[][]} Agents needed, a whole number.
 */
export function AGENTS_A(
  calls: any[][],
  aht: any[][],
  patience: any[][],
  target_sl: any[][],
  target_time: any[][],
  interval?: any[][],
  max_abandon?: any[][],
  max_occupancy?: any[][]
): any[][] {
  // Neighbouring intervals need similar staff: each cell starts its search from the previous answer.
  let previous: { agents: number; calls: number } | undefined;
  return broadcast(
    [
      ...required({ calls, aht, patience, target_sl, target_time }),
      intervalArg(interval),
      { name: "max_abandon", value: max_abandon, optional: true },
      { name: "max_occupancy", value: max_occupancy, optional: true },
    ],
    (n, h, p, s, t, i, ab, occ) => {
      const targets = {
        targetSl: num(s),
        targetTimeSec: num(t),
        maxAbandon: optionalNum(ab),
        maxOccupancy: optionalNum(occ),
      };
      const guess = scaledGuess(previous, num(n));
      const { agents } = staffErlangA(num(n), num(h), num(p), targets, num(i), guess);
      previous = { agents, calls: num(n) };
      return agents;
    }
  );
}

/** The previous interval's answer scaled to this interval's calls: a starting point, never the answer. */
function scaledGuess(
  previous: { agents: number; calls: number } | undefined,
  calls: number
): number | undefined {
  if (!previous || previous.calls === 0) return undefined;
  return Math.round((previous.agents * calls) / previous.calls);
}

const PLAN_COLUMNS = 6;

/**
 * A staffing plan, one row per interval: agents, FTE, service level, ASA, occupancy and abandon rate.
 * Erlang C without patience (abandon left blank); with patience every column uses Erlang A.
 * @customfunction STAFFPLAN
 * @param {any[][]} calls Calls offered per interval (one column, one row per interval).
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} target_sl Service-level target, a fraction (0.8 = 80%).
 * @param {any[][]} target_time Answer-time target, in seconds (e.g. 20 for 80/20).
 * @param {any[][]} [interval] Length of the interval, in seconds (default 1800).
 * @param {any[][]} [shrinkage] Fraction of paid time off the phones (e.g. 0.3), for FTE; default 0.
 * @param {any[][]} [max_occupancy] Highest allowed occupancy, a fraction (e.g. 0.85); default no cap.
 * @param {any[][]} [patience] Average time a caller waits before hanging up, in seconds; omit for Erlang C.
 * @returns {any[][]} Six columns per interval: agents, FTE, service level, ASA (seconds), occupancy, abandon rate.
 */
export function STAFFPLAN(
  calls: any[][],
  aht: any[][],
  target_sl: any[][],
  target_time: any[][],
  interval?: any[][],
  shrinkage?: any[][],
  max_occupancy?: any[][],
  patience?: any[][]
): any[][] {
  const ranges = {
    calls,
    aht,
    target_sl,
    target_time,
    interval,
    shrinkage,
    max_occupancy,
    patience,
  };
  const wide = Object.entries(ranges).find(
    ([, v]) => Array.isArray(v) && Array.isArray(v[0]) && v[0].length > 1
  );
  if (wide) {
    const message = `STAFFPLAN takes one column of intervals: ${wide[0]} must be a single column or a single value`;
    return [repeat(toExcelError(new WfmInputError(wide[0], message)))];
  }
  const plans: StaffPlanRow[] = [];
  let previous: { agents: number; calls: number } | undefined;
  // broadcast validates each row and maps its errors; it computes the rows in order, so the plans kept
  // here line up with the cells that came back as numbers.
  const agentsColumn = broadcast(
    [
      ...required({ calls, aht, target_sl, target_time }),
      intervalArg(interval),
      { name: "shrinkage", value: shrinkage, default: 0 },
      { name: "max_occupancy", value: max_occupancy, optional: true },
      { name: "patience", value: patience, optional: true },
    ],
    (n, h, s, t, i, sh, occ, p) => {
      const input = {
        calls: num(n),
        ahtSec: num(h),
        targetSl: num(s),
        targetTimeSec: num(t),
        intervalSec: num(i),
        shrinkage: num(sh),
        maxOccupancy: optionalNum(occ),
        patienceSec: optionalNum(p),
      };
      const plan = staffPlanRow(input, scaledGuess(previous, input.calls));
      // The row's other columns get the same last guard as every cell (no NaN or ∞ on the sheet).
      const named = Object.entries(input).map(([name, value]) => ({ name, value }));
      for (const value of planCells(plan)) checkedResult(value as number | string, named);
      previous = { agents: plan.agents, calls: input.calls };
      plans.push(plan);
      return plan.agents;
    }
  );
  let next = 0;
  return agentsColumn.map(([cell]) =>
    typeof cell === "number" ? planCells(plans[next++]) : repeat(cell)
  );
}

function planCells(p: StaffPlanRow): ResultCell[] {
  return [
    p.agents,
    p.fte,
    p.serviceLevel,
    p.averageSpeedOfAnswerSec,
    p.occupancy,
    p.abandonRate ?? "",
  ];
}

/** A blank or an error fills its whole row, so the plan keeps one row per interval. */
function repeat(cell: ResultCell): ResultCell[] {
  return new Array(PLAN_COLUMNS).fill(cell);
}
