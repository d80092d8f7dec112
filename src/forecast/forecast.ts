/**
 * One series (one queue's volume) from history to forecast: grid, special days out of the fit, open hours,
 * the backtest, the chosen method's forecast, then special days in the horizon (closed → 0, workday → an
 * average weekday, holiday → the same holiday last year scaled to today's level, else a factor).
 */
import { runBacktest, type BacktestRow } from "./backtest";
import { buildGrid, dayIso, weekdayOf, type Grid, type HistoryPoint } from "./grid";
import { topDownHoltWinters } from "./methods/holtWinters";
import { doubleSeasonal } from "./methods/doubleSeasonal";
import type { ForecastMethod } from "./methods/method";
import { RECENT_WEEKS_CHOICES, recentWeeksAverage } from "./methods/recentWeeks";
import { seasonalNaive } from "./methods/seasonalNaive";
import { inferOpenSlots, type OpenSlots } from "./openSlots";
import { planHolidays, type HolidayBasis } from "./holidays";
import { specialDayMap } from "./specialDays";
import { ForecastInputError, type MethodChoice, type MethodId, type SpecialDay } from "./types";

/** Horizons beyond a year are not forecasts a contact centre plans staff on. */
export const MAX_HORIZON_DAYS = 371;
/** Two weeks: the least history any seasonal method can start from. */
export const MIN_HISTORY_DAYS = 14;
export const DEFAULT_HOLIDAY_FACTOR = 0.5;

export interface ForecastRequest {
  history: HistoryPoint[];
  horizonDays: number;
  method?: MethodChoice;
  specialDays?: SpecialDay[];
  intervalMin?: number;
  /** Handle seconds per interval, forecast by the chosen method so AHT = handle seconds / volume. */
  handleSeconds?: HistoryPoint[];
  /** The recent-weeks average's k when method is "average" (else chosen by backtest). */
  averageWeeks?: number;
}

export interface ForecastResult {
  intervalMin: number;
  slotsPerDay: number;
  /** Minute of day of slot 0. */
  firstSlotMinute: number;
  /** The history as a grid (special days included), for tables and charts. */
  history: Grid;
  /** The first forecast day (the day after the history's last). */
  firstDay: number;
  days: number;
  /** days × slotsPerDay. */
  values: Float64Array;
  /** Forecast handle seconds, same shape, when handle seconds were given. */
  handleSec?: Float64Array;
  method: MethodId;
  /** The recent-weeks average's k when it was chosen. */
  variant?: number;
  backtest: BacktestRow[];
  /** History days left out of the fit, with their kind. */
  excluded: SpecialDay[];
  /** How each special day of the horizon was forecast. */
  horizonSpecial: { day: number; kind: SpecialDay["kind"]; note?: string; basis?: HolidayBasis }[];
  open: OpenSlots;
}

export function allCandidates(): ForecastMethod[] {
  return [
    seasonalNaive,
    ...RECENT_WEEKS_CHOICES.map(recentWeeksAverage),
    topDownHoltWinters(),
    doubleSeasonal(),
  ];
}

function methodFor(id: MethodId, averageWeeks?: number): ForecastMethod[] {
  switch (id) {
    case "naive":
      return [seasonalNaive];
    case "average":
      return averageWeeks
        ? [recentWeeksAverage(averageWeeks)]
        : RECENT_WEEKS_CHOICES.map(recentWeeksAverage);
    case "holtwinters":
      return [topDownHoltWinters()];
    case "doubleseasonal":
      return [doubleSeasonal()];
  }
}

/** The grid with special days' values set to NaN (left out of the fit). */
export function withoutSpecialDays(
  grid: Grid,
  special: Map<number, SpecialDay>
): { fit: Grid; excluded: SpecialDay[] } {
  const values = grid.values.slice();
  const excluded: SpecialDay[] = [];
  const S = grid.slotsPerDay;
  for (let d = 0; d < grid.days; d++) {
    const sd = special.get(grid.firstDay + d);
    if (!sd) continue;
    excluded.push(sd);
    values.fill(NaN, d * S, (d + 1) * S);
  }
  return { fit: { ...grid, values }, excluded };
}

export function checkHorizon(horizonDays: number): void {
  if (!Number.isInteger(horizonDays) || horizonDays < 1 || horizonDays > MAX_HORIZON_DAYS)
    throw new ForecastInputError("horizon", {
      key: "forecast.errorHorizon",
      params: { max: MAX_HORIZON_DAYS },
    });
}

export function forecastSeries(req: ForecastRequest): ForecastResult {
  checkHorizon(req.horizonDays);
  const grid = buildGrid(req.history, req.intervalMin);
  if (grid.days < MIN_HISTORY_DAYS)
    throw new ForecastInputError("history", {
      key: "forecast.errorHistoryTooShort",
      params: {
        days: grid.days,
        from: dayIso(grid.firstDay),
        to: dayIso(grid.firstDay + grid.days - 1),
        min: MIN_HISTORY_DAYS,
      },
    });
  const special = specialDayMap(req.specialDays ?? []);
  const { fit, excluded } = withoutSpecialDays(grid, special);
  const open = inferOpenSlots(fit);
  const choice = req.method ?? "auto";
  const candidates = choice === "auto" ? allCandidates() : methodFor(choice, req.averageWeeks);
  const bt = runBacktest(allCandidatesOr(candidates, choice), fit, req.horizonDays, open);
  let method: ForecastMethod | null =
    choice === "auto" ? bt.chosen : (bestOf(bt.rows, candidates) ?? candidates[0]);
  if (choice === "auto" && bt.rows.length === 0) method = recentWeeksAverage(4);
  let fitted = method!.fit(fit, fit.days);
  if (!fitted) {
    if (choice !== "auto")
      throw new ForecastInputError("method", {
        key: "forecast.errorMethodNeedsMore",
        params: { method: choice },
      });
    method = seasonalNaive;
    fitted = seasonalNaive.fit(fit, fit.days);
  }
  if (!fitted) throw new ForecastInputError("history", { key: "forecast.errorNoValues" });
  for (const row of bt.rows)
    row.chosen = row.method === method!.id && row.variant === method!.variant;

  const S = grid.slotsPerDay;
  const firstDay = grid.firstDay + grid.days;
  const values = new Float64Array(req.horizonDays * S);
  const predict = (ahead: number, weekday: number) =>
    open.apply(fitted!.predictDay(ahead, weekday), weekday);
  const horizonSpecial: ForecastResult["horizonSpecial"] = [];
  const holidayDays: number[] = [];
  for (let h = 1; h <= req.horizonDays; h++) {
    const day = firstDay + h - 1;
    const sd = special.get(day);
    const out = values.subarray((h - 1) * S, h * S);
    if (!sd) out.set(predict(h, weekdayOf(day)));
    else if (sd.kind === "closed") horizonSpecial.push({ day, kind: "closed", note: sd.note });
    else if (sd.kind === "workday") {
      // A weekend day worked as a weekday: the average of Monday to Friday.
      for (let w = 0; w < 5; w++) {
        const f = predict(h, w);
        for (let s = 0; s < S; s++) out[s] += f[s] / 5;
      }
      horizonSpecial.push({ day, kind: "workday", note: sd.note });
    } else holidayDays.push(h);
  }
  for (const plan of planHolidays(
    holidayDays,
    firstDay,
    grid,
    special,
    predict,
    DEFAULT_HOLIDAY_FACTOR
  )) {
    values.set(plan.values, (plan.ahead - 1) * S);
    const sd = special.get(firstDay + plan.ahead - 1)!;
    horizonSpecial.push({ day: sd.day, kind: "holiday", note: sd.note, basis: plan.basis });
  }
  horizonSpecial.sort((a, b) => a.day - b.day);

  let handleSec: Float64Array | undefined;
  if (req.handleSeconds) handleSec = forecastHandleSeconds(req, grid, method!, special, values);

  return {
    intervalMin: grid.intervalMin,
    slotsPerDay: S,
    firstSlotMinute: grid.firstSlotMinute,
    history: grid,
    firstDay,
    days: req.horizonDays,
    values,
    handleSec,
    method: method!.id,
    variant: method!.variant,
    backtest: bt.rows,
    excluded,
    horizonSpecial,
    open,
  };
}

/** The backtest table always shows every method, so the user sees what a fixed choice costs. */
function allCandidatesOr(candidates: ForecastMethod[], choice: MethodChoice): ForecastMethod[] {
  if (choice === "auto") return candidates;
  const others = allCandidates().filter((m) => m.id !== choice);
  return [...others, ...candidates].sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id));
}
const ORDER: MethodId[] = ["naive", "average", "holtwinters", "doubleseasonal"];

function bestOf(rows: BacktestRow[], candidates: ForecastMethod[]): ForecastMethod | null {
  const row = rows.find((r) => r.method === candidates[0].id);
  if (!row) return null;
  return candidates.find((m) => m.variant === row.variant) ?? null;
}

/**
 * Handle seconds per slot: average handle time per slot from the recent weeks (handle seconds / volume, by
 * weekday and slot) times the forecast volume, so AHT = handle seconds / volume holds by construction and a
 * slot with no forecast volume gets no handle time.
 */
function forecastHandleSeconds(
  req: ForecastRequest,
  grid: Grid,
  method: ForecastMethod,
  special: Map<number, SpecialDay>,
  volume: Float64Array
): Float64Array {
  const hsGrid = buildGrid(req.handleSeconds!, grid.intervalMin);
  const S = grid.slotsPerDay;
  const { fit: hsFit } = withoutSpecialDays(alignGrid(hsGrid, grid), special);
  const { fit: volFit } = withoutSpecialDays(grid, special);
  // Forecast the handle seconds by the same method as the volume, then AHT = hs / volume per slot.
  const hsModel = method.fit(hsFit, hsFit.days);
  const volModel = method.fit(volFit, volFit.days);
  const out = new Float64Array(volume.length);
  if (!hsModel || !volModel) return out;
  const firstDay = grid.firstDay + grid.days;
  for (let h = 1; h <= volume.length / S; h++) {
    const w = weekdayOf(firstDay + h - 1);
    const hs = hsModel.predictDay(h, w);
    const v = volModel.predictDay(h, w);
    for (let s = 0; s < S; s++) {
      const i = (h - 1) * S + s;
      out[i] = v[s] > 0 && volume[i] > 0 ? (hs[s] / v[s]) * volume[i] : 0;
    }
  }
  return out;
}

/** The handle-seconds grid laid on the volume grid's days and slots. */
function alignGrid(g: Grid, onto: Grid): Grid {
  const values = new Float64Array(onto.values.length).fill(NaN);
  const S = onto.slotsPerDay;
  for (let d = 0; d < g.days; d++) {
    const od = g.firstDay + d - onto.firstDay;
    if (od < 0 || od >= onto.days) continue;
    for (let s = 0; s < g.slotsPerDay; s++) {
      const minute = g.firstSlotMinute + s * g.intervalMin;
      const os = (minute - onto.firstSlotMinute) / onto.intervalMin;
      if (os >= 0 && os < S && Number.isInteger(os))
        values[od * S + os] = g.values[d * g.slotsPerDay + s];
    }
  }
  return { ...onto, values };
}
