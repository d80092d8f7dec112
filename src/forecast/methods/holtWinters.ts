/**
 * Top-down Holt-Winters: the daily totals by Holt-Winters with a damped additive trend and multiplicative
 * weekday seasonality (ETS(A,Ad,M) in Hyndman & Athanasopoulos, "Forecasting: Principles and Practice",
 * §8.3 and §8.4, recursive form), each forecast day then spread over its slots by the intraday profile of that
 * weekday over the last weeks.
 *
 * A day left out (special or missing) is skipped: the state moves on by its own forecast. A weekday whose
 * seasonal index is zero (always closed) does not update the level, which y/s would break.
 */
import { weekdayOf, type Grid } from "../grid";
import type { FittedModel, ForecastMethod } from "./method";

export interface HoltWintersParams {
  alpha: number;
  beta: number;
  gamma: number;
  phi: number;
}

export interface HoltWintersState {
  level: number;
  trend: number;
  /** By weekday, 0 = Monday. */
  season: number[];
  /** Sum of squared one-step errors over the days fitted. */
  sse: number;
}

/** Weeks of same-weekday days averaged into the intraday profile. */
const PROFILE_WEEKS = 8;

const GRID = (() => {
  const out: HoltWintersParams[] = [];
  for (const alpha of [0.05, 0.1, 0.2, 0.35, 0.5])
    for (const beta of [0, 0.01, 0.05, 0.15])
      for (const gamma of [0.01, 0.05, 0.1, 0.2, 0.3])
        for (const phi of [0.8, 0.9, 0.98]) out.push({ alpha, beta, gamma, phi });
  return out;
})();

/**
 * Initial state from the first two weeks: level their mean, trend zero, each weekday's index its mean over
 * the mean (1 when the weekday had no value).
 */
export function initialState(
  totals: ArrayLike<number>,
  firstWeekday: number
): HoltWintersState | null {
  const n = Math.min(14, totals.length);
  let sum = 0;
  let count = 0;
  const wdSum = new Array(7).fill(0);
  const wdCount = new Array(7).fill(0);
  for (let t = 0; t < n; t++) {
    const y = totals[t];
    if (Number.isNaN(y)) continue;
    sum += y;
    count++;
    const w = (firstWeekday + t) % 7;
    wdSum[w] += y;
    wdCount[w]++;
  }
  if (count < 7 || sum <= 0) return null;
  const level = sum / count;
  const season = wdSum.map((s, w) => (wdCount[w] > 0 ? s / wdCount[w] / level : 1));
  return { level, trend: 0, season, sse: 0 };
}

/** Runs the recursion over totals[0..n) from a start state (copied). */
export function runHoltWinters(
  totals: ArrayLike<number>,
  firstWeekday: number,
  start: HoltWintersState,
  p: HoltWintersParams
): HoltWintersState {
  let level = start.level;
  let trend = start.trend;
  const season = start.season.slice();
  let sse = 0;
  for (let t = 0; t < totals.length; t++) {
    const w = (firstWeekday + t) % 7;
    const base = level + p.phi * trend;
    const s = season[w];
    const y = totals[t];
    if (Number.isNaN(y) || s < 1e-9) {
      // No observation (or a closed weekday): the state moves by its forecast alone.
      level = base;
      trend = p.phi * trend;
      continue;
    }
    const err = y - base * s;
    sse += err * err;
    const newLevel = p.alpha * (y / s) + (1 - p.alpha) * base;
    trend = p.beta * (newLevel - level) + (1 - p.beta) * p.phi * trend;
    season[w] = base > 1e-9 ? p.gamma * (y / base) + (1 - p.gamma) * s : s;
    level = newLevel;
  }
  return { level, trend, season, sse };
}

/** The h-step-ahead daily total: (ℓ + (φ + … + φ^h) b) × s, never below zero. */
export function forecastTotal(
  state: HoltWintersState,
  p: HoltWintersParams,
  h: number,
  weekday: number
): number {
  let damp = 0;
  let f = 1;
  for (let i = 1; i <= h; i++) {
    f *= p.phi;
    damp += f;
  }
  return Math.max(0, (state.level + damp * state.trend) * state.season[weekday]);
}

function dailyTotals(grid: Grid, endDay: number): Float64Array {
  const S = grid.slotsPerDay;
  const totals = new Float64Array(endDay);
  for (let d = 0; d < endDay; d++) {
    let sum = 0;
    let seen = false;
    for (let s = 0; s < S; s++) {
      const v = grid.values[d * S + s];
      if (!Number.isNaN(v)) {
        sum += v;
        seen = true;
      }
    }
    totals[d] = seen ? sum : NaN;
  }
  return totals;
}

/** Each weekday's share of its day in each slot, over the last PROFILE_WEEKS such days with a value. */
export function intradayProfiles(
  grid: Grid,
  endDay: number,
  weeks = PROFILE_WEEKS
): Float64Array[] {
  const S = grid.slotsPerDay;
  const profiles: Float64Array[] = [];
  for (let w = 0; w < 7; w++) {
    const sums = new Float64Array(S);
    let total = 0;
    let used = 0;
    for (let d = endDay - 1; d >= 0 && used < weeks; d--) {
      if (weekdayOf(grid.firstDay + d) !== w) continue;
      let dayHas = false;
      for (let s = 0; s < S; s++) {
        const v = grid.values[d * S + s];
        if (!Number.isNaN(v)) {
          sums[s] += v;
          total += v;
          dayHas = true;
        }
      }
      if (dayHas) used++;
    }
    profiles.push(total > 0 ? sums.map((x) => x / total) : sums);
  }
  return profiles;
}

export function fitHoltWinters(
  totals: ArrayLike<number>,
  firstWeekday: number,
  params?: HoltWintersParams
): { state: HoltWintersState; params: HoltWintersParams } | null {
  const start = initialState(totals, firstWeekday);
  if (!start) return null;
  if (params) return { state: runHoltWinters(totals, firstWeekday, start, params), params };
  let best: { state: HoltWintersState; params: HoltWintersParams } | null = null;
  for (const p of GRID) {
    const state = runHoltWinters(totals, firstWeekday, start, p);
    if (!best || state.sse < best.state.sse) best = { state, params: p };
  }
  return best;
}

export function topDownHoltWinters(params?: HoltWintersParams): ForecastMethod {
  return {
    id: "holtwinters",
    fit(grid: Grid, endDay: number): FittedModel | null {
      if (endDay < 14) return null;
      const totals = dailyTotals(grid, endDay);
      const fitted = fitHoltWinters(totals, weekdayOf(grid.firstDay), params);
      if (!fitted) return null;
      const profiles = intradayProfiles(grid, endDay);
      return {
        predictDay(ahead, weekday) {
          const total = forecastTotal(fitted.state, fitted.params, ahead, weekday);
          return profiles[weekday].map((share) => share * total);
        },
      };
    },
  };
}
