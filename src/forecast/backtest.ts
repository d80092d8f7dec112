/**
 * Rolling-origin backtest (Tashman 2000, Int. J. Forecasting 16): each method is fitted on the history before
 * an origin and scored on the horizon after it, for origins a week apart ending where the last full horizon
 * ends. Accuracy is WAPE = Σ|forecast − actual| / Σ actual; bias = Σ(forecast − actual) / Σ actual. Special
 * days are left out of the score (they are forecast separately), as are slots without a value.
 */
import type { Grid } from "./grid";
import { weekdayOf } from "./grid";
import type { ForecastMethod } from "./methods/method";
import type { MethodId } from "./types";
import type { OpenSlots } from "./openSlots";

export interface BacktestRow {
  method: MethodId;
  /** The recent-weeks average's k. */
  variant?: number;
  wape: number;
  bias: number;
  origins: number;
  /** WAPE / seasonal naive's WAPE (below 1 = better than last week's copy). */
  ratioToNaive: number;
  chosen: boolean;
}

export const MAX_ORIGINS = 8;
/** A method needs at least four weeks before the earliest origin. */
export const MIN_FIT_DAYS = 28;

/** Origins (grid day indices, each the first forecast day), latest first. */
export function backtestOrigins(gridDays: number, horizonDays: number): number[] {
  const out: number[] = [];
  for (let j = 0; j < MAX_ORIGINS; j++) {
    const origin = gridDays - horizonDays - 7 * j;
    if (origin < MIN_FIT_DAYS) break;
    out.push(origin);
  }
  return out;
}

interface Score {
  absErr: number;
  err: number;
  actual: number;
  origins: number;
}

export function scoreMethod(
  method: ForecastMethod,
  grid: Grid,
  horizonDays: number,
  origins: number[],
  open: OpenSlots
): Score | null {
  const S = grid.slotsPerDay;
  const score: Score = { absErr: 0, err: 0, actual: 0, origins: 0 };
  for (const origin of origins) {
    const fitted = method.fit(grid, origin);
    if (!fitted) return null;
    score.origins++;
    for (let h = 1; h <= horizonDays; h++) {
      const d = origin + h - 1;
      if (d >= grid.days) break;
      const w = weekdayOf(grid.firstDay + d);
      const f = open.apply(fitted.predictDay(h, w), w);
      for (let s = 0; s < S; s++) {
        const a = grid.values[d * S + s];
        if (Number.isNaN(a)) continue;
        score.absErr += Math.abs(f[s] - a);
        score.err += f[s] - a;
        score.actual += a;
      }
    }
  }
  return score;
}

/**
 * Scores every candidate; the chosen one has the lowest WAPE, a tie going to the simpler (the earlier in
 * `candidates`). Variants of one method (k of the average) are first narrowed to their best.
 */
export function runBacktest(
  candidates: ForecastMethod[],
  grid: Grid,
  horizonDays: number,
  open: OpenSlots
): { rows: BacktestRow[]; chosen: ForecastMethod | null } {
  const origins = backtestOrigins(grid.days, horizonDays);
  if (origins.length === 0) return { rows: [], chosen: null };
  const best = new Map<MethodId, { method: ForecastMethod; score: Score; wape: number }>();
  for (const m of candidates) {
    const score = scoreMethod(m, grid, horizonDays, origins, open);
    if (!score || score.actual <= 0) continue;
    const wape = score.absErr / score.actual;
    const held = best.get(m.id);
    if (!held || wape < held.wape - 1e-12) best.set(m.id, { method: m, score, wape });
  }
  const naive = best.get("naive");
  let chosen: { method: ForecastMethod; wape: number } | null = null;
  const rows: BacktestRow[] = [];
  for (const { method, score, wape } of best.values()) {
    rows.push({
      method: method.id,
      variant: method.variant,
      wape,
      bias: score.err / score.actual,
      origins: score.origins,
      ratioToNaive: naive && naive.wape > 0 ? wape / naive.wape : NaN,
      chosen: false,
    });
    if (!chosen || wape < chosen.wape - 1e-12) chosen = { method, wape };
  }
  for (const row of rows) row.chosen = chosen !== null && row.method === chosen.method.id;
  return { rows, chosen: chosen?.method ?? null };
}
