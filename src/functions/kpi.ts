/*
 * The WFM cost, survey and scorecard functions: JSDoc-tagged wrappers only (see functions.ts).
 */
import { WfmInputError } from "../engine/errors";
import {
  ScorecardRow,
  costPerCall,
  kpiAttainment,
  kpiStatus,
  netPromoterScore,
  parseDirection,
  type Direction,
  scorecard,
} from "../engine/kpi";
import { type Arg, broadcast, broadcastInto, cellsByPosition, required } from "./broadcast";
import { BLANK, checkedResult, toExcelError } from "./cells";

/**
 * Cost per handled call: cost / handled_calls (#N/A when no calls were handled).
 * @customfunction COSTPERCALL
 * @param {any[][]} cost Total cost of the period, in any currency.
 * @param {any[][]} handled_calls Calls handled in the same period.
 * @returns {any[][]} Cost per handled call, in the currency of cost.
 */
export function COSTPERCALL(cost: any[][], handled_calls: any[][]): any[][] {
  return broadcastInto(required({ cost, handled_calls }), costPerCall);
}

/**
 * Net Promoter Score: % promoters − % detractors, from −100 to 100.
 * @customfunction NPS
 * @param {any[][]} promoters Number of responses scoring 9–10.
 * @param {any[][]} passives Number of responses scoring 7–8.
 * @param {any[][]} detractors Number of responses scoring 0–6.
 * @returns {any[][]} NPS, from −100 to 100.
 */
export function NPS(promoters: any[][], passives: any[][], detractors: any[][]): any[][] {
  return broadcastInto(required({ promoters, passives, detractors }), netPromoterScore);
}

/** KPI.ATTAINMENT and KPI.STATUS: actual, target, a direction in words or ±1, then one optional number. */
function againstTarget(
  actual: unknown,
  target: unknown,
  direction: unknown,
  last: Arg,
  judge: (actual: number, target: number, direction: Direction, last: number) => number | string
): any[][] {
  return broadcast(
    [...required({ actual, target }), { name: "direction", value: direction, kind: "any" }, last],
    (a, t, d, x) =>
      judge(a as number, t as number, parseDirection(d as number | string), x as number)
  );
}

/**
 * Attainment of a target: actual/target ("higher") or target/actual ("lower"), clipped to 0…cap.
 * @customfunction KPI.ATTAINMENT
 * @param {any[][]} actual The KPI's actual value.
 * @param {any[][]} target The KPI's target, greater than 0.
 * @param {any[][]} direction "higher" or "lower" (or 1 / -1): which way is better.
 * @param {any[][]} [cap] Highest attainment given, a fraction (default 1 = 100%).
 * @returns {any[][]} Attainment, a fraction (1 = target met).
 */
export function KPI_ATTAINMENT(
  actual: any[][],
  target: any[][],
  direction: any[][],
  cap?: any[][]
): any[][] {
  return againstTarget(
    actual,
    target,
    direction,
    { name: "cap", value: cap, default: 1 },
    kpiAttainment
  );
}

/**
 * Traffic-light status: GREEN when the target is met, AMBER when missed by at most amber_band, else RED.
 * @customfunction KPI.STATUS
 * @param {any[][]} actual The KPI's actual value.
 * @param {any[][]} target The KPI's target.
 * @param {any[][]} direction "higher" or "lower" (or 1 / -1): which way is better.
 * @param {any[][]} [amber_band] Miss still shown AMBER, a fraction of the target (default 0.05 = 5%).
 * @returns {any[][]} "GREEN", "AMBER" or "RED".
 */
export function KPI_STATUS(
  actual: any[][],
  target: any[][],
  direction: any[][],
  amber_band?: any[][]
): any[][] {
  return againstTarget(
    actual,
    target,
    direction,
    { name: "amber_band", value: amber_band, default: 0.05 },
    kpiStatus
  );
}

/**
 * Weighted attainment of a list of KPIs, 0–100 (rows with a blank actual are left out).
 * @customfunction SCORECARD
 * @param {any[][]} actuals The KPIs' actual values (a range).
 * @param {any[][]} targets The KPIs' targets, each greater than 0 (same shape).
 * @param {any[][]} weights The KPIs' weights, 0 or more; they need not sum to 1 (same shape).
 * @param {any[][]} directions "higher" or "lower" (or 1 / -1) for each KPI (same shape).
 * @returns {any[][]} Score from 0 to 100.
 */
export function SCORECARD(
  actuals: any[][],
  targets: any[][],
  weights: any[][],
  directions: any[][]
): any[][] {
  const args = [
    ...required({ actuals, targets, weights }),
    { name: "directions", value: directions, kind: "any" as const },
  ];
  try {
    const rows: ScorecardRow[] = [];
    for (const { position, cells } of cellsByPosition(args)) {
      const [actual, target, weight, direction] = cells;
      if (actual === BLANK) continue;
      const blank = cells.findIndex((cell) => cell === BLANK);
      if (blank >= 0) {
        const name = args[blank].name;
        throw new WfmInputError(
          name,
          `${name} (${position}) is blank: a KPI with an actual needs a target, weight and direction`
        );
      }
      rows.push({
        actual: actual as number,
        target: target as number,
        weight: weight as number,
        direction: parseDirection(direction as number | string, `directions (${position})`),
        label: position,
      });
    }
    return [[rows.length ? checkedResult(scorecard(rows), []) : ""]];
  } catch (e) {
    return [[toExcelError(e)]];
  }
}
