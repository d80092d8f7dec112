import { WfmInputError, WfmNoAnswerError, WfmNumError } from "./errors";
import { finite, nonNegative, positive } from "./validate";

/**
 * Cost, survey and scorecard measures: plain ratios whose only subtleties are the direction of a KPI
 * (higher or lower is better) and what counts as "missed by a little".
 */

/** Cost per handled call: cost / handled calls. No handled calls has no answer (#N/A). */
export function costPerCall(cost: number, handledCalls: number): number {
  nonNegative("cost", cost);
  nonNegative("handled_calls", handledCalls);
  if (handledCalls === 0)
    throw new WfmNoAnswerError("no calls were handled: cost per call has no value");
  const perCall = cost / handledCalls;
  if (!Number.isFinite(perCall)) {
    throw new WfmNumError(
      "handled_calls",
      `cost / handled_calls is beyond the largest number Excel holds: handled_calls (${handledCalls}) is too small for a cost of ${cost}`
    );
  }
  return perCall;
}

/** Net Promoter Score: % promoters − % detractors of all responses, from −100 to 100. */
export function netPromoterScore(promoters: number, passives: number, detractors: number): number {
  nonNegative("promoters", promoters);
  nonNegative("passives", passives);
  nonNegative("detractors", detractors);
  // Scaled by the largest count first, so counts near 1e308 neither overflow the sum nor the product.
  const largest = Math.max(promoters, passives, detractors);
  if (largest === 0) throw new WfmNoAnswerError("no survey responses: NPS has no value");
  const [p, q, d] = [promoters / largest, passives / largest, detractors / largest];
  return (100 * (p - d)) / (p + q + d);
}

/** +1 when a higher value is better, −1 when lower is better. */
export type Direction = 1 | -1;

/** Reads a direction as the contract allows: "higher" / "lower" (any case) or 1 / −1. */
export function parseDirection(value: number | string, name = "direction"): Direction {
  if (typeof value === "string") {
    const word = value.trim().toLowerCase();
    if (word === "higher") return 1;
    if (word === "lower") return -1;
  } else if (value === 1 || value === -1) {
    return value;
  }
  throw new WfmInputError(
    name,
    `${name} must be "higher" or "lower" (or 1 / -1), not ${JSON.stringify(value)}`
  );
}

/**
 * Attainment of a target: actual/target when higher is better, target/actual when lower is better,
 * clipped to [0, cap]. A lower-is-better actual of 0 or less beats any target, so it scores cap.
 */
export function kpiAttainment(
  actual: number,
  target: number,
  direction: Direction,
  cap = 1
): number {
  finite("actual", actual);
  positive("target", target);
  positive("cap", cap);
  const ratio = direction === 1 ? actual / target : actual <= 0 ? cap : target / actual;
  return Math.min(cap, Math.max(0, ratio));
}

export type KpiStatus = "GREEN" | "AMBER" | "RED";

/**
 * GREEN when the target is met; AMBER when missed by at most amberBand of the target (0.05 = within 5%);
 * RED otherwise. A relative tolerance of 1e−12 keeps decimal inputs such as 0.76 vs 0.8 × 0.95 on the
 * side a person would expect.
 */
export function kpiStatus(
  actual: number,
  target: number,
  direction: Direction,
  amberBand = 0.05
): KpiStatus {
  finite("actual", actual);
  finite("target", target);
  nonNegative("amber_band", amberBand);
  const shortfall = direction === 1 ? target - actual : actual - target;
  const slack = 1e-12 * Math.max(Math.abs(target), Math.abs(actual));
  if (shortfall <= slack) return "GREEN";
  return shortfall <= amberBand * Math.abs(target) + slack ? "AMBER" : "RED";
}

export interface ScorecardRow {
  actual: number;
  target: number;
  weight: number;
  direction: Direction;
  /** Where the row came from (e.g. "row 3"), added to its error messages. */
  label?: string;
}

/** Weighted attainment (each capped at 1), 0–100; the weights need not sum to 1. */
export function scorecard(rows: ScorecardRow[]): number {
  let weighted = 0;
  let totalWeight = 0;
  // Weights are scaled by the largest, so weights near 1e308 cannot overflow their sum (∞/∞ is NaN).
  let largest = 0;
  for (const row of rows) if (row.weight > largest) largest = row.weight;
  const scale = largest > 0 && Number.isFinite(largest) ? largest : 1;
  for (const row of rows) {
    try {
      nonNegative("weights", row.weight);
      weighted += (row.weight / scale) * kpiAttainment(row.actual, row.target, row.direction);
    } catch (e) {
      if (e instanceof WfmInputError && row.label)
        throw new WfmInputError(e.argument, `${e.message} (${row.label})`);
      throw e;
    }
    totalWeight += row.weight / scale;
  }
  if (!(totalWeight > 0)) throw new WfmInputError("weights", "weights must add up to more than 0");
  return (100 * weighted) / totalWeight;
}
