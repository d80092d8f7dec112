import type { Grid } from "../grid";
import type { MethodId } from "../types";

/** A method fitted on the days before an origin. */
export interface FittedModel {
  /**
   * The forecast for every slot of the day `ahead` days after the last fitted day (1 = the origin day
   * itself), as an ordinary day of `weekday` (0 = Monday). A make-up workday asks for a weekday's forecast.
   */
  predictDay(ahead: number, weekday: number): Float64Array;
}

export interface ForecastMethod {
  id: MethodId;
  /** Its parameter when it has one chosen by backtest (the recent-weeks average's k). */
  variant?: number;
  /** Fits on grid days [0, endDay); null when the history is too short for this method. */
  fit(grid: Grid, endDay: number): FittedModel | null;
}

/** The median of the finite numbers in xs (which it sorts). */
export function median(xs: number[]): number {
  xs.sort((a, b) => a - b);
  const n = xs.length;
  if (n === 0) return NaN;
  return n % 2 === 1 ? xs[(n - 1) / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
}
