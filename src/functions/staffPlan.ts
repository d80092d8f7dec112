/*
 * STAFFPLAN, a whole staffing plan in one formula: a JSDoc-tagged wrapper (see functions.ts for the
 * conventions). The user's reference is docs/functions.md, "STAFFPLAN".
 */
import { StaffPlanRow, staffPlanRow } from "../engine/staffPlan";
import { WfmInputError } from "../engine/errors";
import { broadcast, intervalArg, required } from "./broadcast";
import { ResultCell, checkedResult, toExcelError } from "./cells";
import { scaledGuess } from "./searchStart";

const num = (v: unknown) => v as number;
const optionalNum = (v: unknown) => v as number | undefined;

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
