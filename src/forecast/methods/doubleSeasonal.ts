/**
 * Double seasonal Holt-Winters (Taylor 2003, J. Operational Research Society 54; used for call-centre arrivals in
 * Taylor 2008, Management Science 54(2)): one level and two multiplicative seasonal cycles at once, the
 * intraday cycle D (one index per slot) and the intraweek cycle W (one per weekday and slot):
 *
 *   ŷ = ℓ · D[s] · W[w,s]
 *   ℓ ← α·y/(D·W) + (1−α)·ℓ,   D[s] ← δ·y/(ℓ·W) + (1−δ)·D[s],   W[w,s] ← ω·y/(ℓ·D) + (1−ω)·W[w,s]
 *
 * As in Taylor (2008) there is no trend term; the AR(1) adjustment of the one-step error is left out because
 * it fades within hours and plans are made days ahead. The smoothing constants are chosen from a small grid
 * by one-step squared error; α is given per day and spread over the day's slots so a 15-minute and a
 * half-hour history smooth alike. The fit uses the last FIT_WEEKS weeks, which bounds the work.
 */
import { weekdayOf, type Grid } from "../grid";
import type { FittedModel, ForecastMethod } from "./method";

const FIT_WEEKS = 20;
const WARMUP_WEEKS = 2;
const EPS = 1e-9;

export interface DoubleSeasonalParams {
  /** Level smoothing per day (spread over the slots as 1 − (1 − a)^(1/S)). */
  alphaPerDay: number;
  delta: number;
  omega: number;
}

const PARAM_GRID: DoubleSeasonalParams[] = [];
for (const alphaPerDay of [0.05, 0.1, 0.2, 0.4])
  for (const delta of [0.02, 0.1, 0.25])
    for (const omega of [0.05, 0.15, 0.3]) PARAM_GRID.push({ alphaPerDay, delta, omega });

interface State {
  level: number;
  daily: Float64Array;
  weekly: Float64Array;
  sse: number;
}

function initialState(grid: Grid, from: number): State | null {
  const S = grid.slotsPerDay;
  const weekly = new Float64Array(7 * S);
  const counts = new Float64Array(7 * S);
  let sum = 0;
  let n = 0;
  for (let d = from; d < from + 7 * WARMUP_WEEKS; d++) {
    const w = weekdayOf(grid.firstDay + d);
    for (let s = 0; s < S; s++) {
      const y = grid.values[d * S + s];
      if (Number.isNaN(y)) continue;
      weekly[w * S + s] += y;
      counts[w * S + s]++;
      sum += y;
      n++;
    }
  }
  if (n === 0 || sum <= 0) return null;
  const level = sum / n;
  for (let j = 0; j < 7 * S; j++) weekly[j] = counts[j] > 0 ? weekly[j] / counts[j] / level : 0;
  return { level, daily: new Float64Array(S).fill(1), weekly, sse: 0 };
}

function run(
  grid: Grid,
  from: number,
  endDay: number,
  start: State,
  p: DoubleSeasonalParams
): State {
  const S = grid.slotsPerDay;
  const alpha = 1 - Math.pow(1 - p.alphaPerDay, 1 / S);
  let level = start.level;
  const daily = start.daily.slice();
  const weekly = start.weekly.slice();
  let sse = 0;
  const scoreFrom = from + 7 * WARMUP_WEEKS;
  for (let d = from; d < endDay; d++) {
    const wS = weekdayOf(grid.firstDay + d) * S;
    for (let s = 0; s < S; s++) {
      const y = grid.values[d * S + s];
      if (Number.isNaN(y)) continue;
      const D = daily[s];
      const W = weekly[wS + s];
      if (D < EPS || W < EPS) {
        // A slot the model holds closed: only the weekly index may learn that it opened.
        if (D >= EPS && level > EPS)
          weekly[wS + s] = p.omega * (y / (level * D)) + (1 - p.omega) * W;
        continue;
      }
      const err = y - level * D * W;
      if (d >= scoreFrom) sse += err * err;
      const newLevel = alpha * (y / (D * W)) + (1 - alpha) * level;
      if (newLevel <= EPS) continue;
      daily[s] = p.delta * (y / (newLevel * W)) + (1 - p.delta) * D;
      weekly[wS + s] = p.omega * (y / (newLevel * D)) + (1 - p.omega) * W;
      level = newLevel;
    }
  }
  return { level, daily, weekly, sse };
}

export function doubleSeasonal(params?: DoubleSeasonalParams): ForecastMethod {
  return {
    id: "doubleseasonal",
    fit(grid: Grid, endDay: number): FittedModel | null {
      const from = Math.max(0, endDay - 7 * FIT_WEEKS);
      if (endDay - from < 7 * (WARMUP_WEEKS + 1)) return null;
      const start = initialState(grid, from);
      if (!start) return null;
      let best: State | null = null;
      for (const p of params ? [params] : PARAM_GRID) {
        const state = run(grid, from, endDay, start, p);
        if (!best || state.sse < best.sse) best = state;
      }
      const state = best!;
      const S = grid.slotsPerDay;
      return {
        predictDay(_ahead, weekday) {
          const out = new Float64Array(S);
          for (let s = 0; s < S; s++)
            out[s] = Math.max(0, state.level * state.daily[s] * state.weekly[weekday * S + s]);
          return out;
        },
      };
    },
  };
}
