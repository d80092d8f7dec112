/*
 * WFM.FORECAST and WFM.FORECAST.BACKTEST: the forecasting core (src/forecast) over worksheet ranges. Times are
 * Excel date-time serials. The history is one forecast for all future cells, so a bad history cell gives
 * every result cell its error; a bad future cell gives only its own. The work is bounded by the core (at most
 * five years of 15-minute intervals, a horizon of at most a year), so nothing hangs.
 */
import { WfmInputError, WfmNoAnswerError } from "../engine/errors";
import {
  forecastSeries,
  MAX_HORIZON_DAYS,
  METHOD_IDS,
  parseSpecialDayKind,
  dayIso,
  type HistoryPoint,
  type MethodChoice,
  type SpecialDay,
} from "../forecast";
import { t } from "../i18n";
import { isBlank, toExcelError, type ResultCell } from "./cells";

const EXCEL_1970 = 25569;

function flat(v: unknown): unknown[] {
  if (!Array.isArray(v)) return [v];
  return (v as unknown[]).flatMap((row) => (Array.isArray(row) ? row : [row]));
}

function shapeOf(v: unknown): [number, number] {
  if (!Array.isArray(v)) return [1, 1];
  const rows = v as unknown[];
  return [rows.length, Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : 1];
}

function serialToMinute(name: string, position: number, v: unknown): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 61 || v > 2958465)
    throw new WfmInputError(
      name,
      `${name} row ${position} is ${typeof v === "string" ? `the text "${v.slice(0, 30)}"` : String(v)}: give Excel date-times (numbers formatted as dates)`
    );
  return Math.round((v - EXCEL_1970) * 1440);
}

/** The history's (time, value) pairs; a row with both cells blank is skipped, a half-blank row is an error. */
export function readHistory(times: unknown, values: unknown): HistoryPoint[] {
  const [tr, tc] = shapeOf(times);
  const [vr, vc] = shapeOf(values);
  if (tr !== vr || tc !== vc)
    throw new WfmInputError(
      "history_values",
      `history_values (${vr}×${vc}) must have the shape of history_times (${tr}×${tc})`
    );
  const t = flat(times);
  const v = flat(values);
  const out: HistoryPoint[] = [];
  for (let i = 0; i < t.length; i++) {
    if (isBlank(t[i]) && isBlank(v[i])) continue;
    const minute = serialToMinute("history_times", i + 1, t[i]);
    if (isBlank(v[i])) continue; // a known interval without a value: missing, not zero
    const value = v[i];
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
      throw new WfmInputError(
        "history_values",
        `history_values row ${i + 1} is ${typeof value === "string" ? `the text "${value.slice(0, 30)}"` : String(value)}: give contacts per interval, numbers ≥ 0`
      );
    out.push({ minute, value });
  }
  return out;
}

function readMethod(v: unknown): MethodChoice {
  if (isBlank(v)) return "auto";
  const text = String(v).trim().toLowerCase();
  if (text === "auto" || (METHOD_IDS as readonly string[]).includes(text))
    return text as MethodChoice;
  throw new WfmInputError(
    "method",
    `method must be "auto", ${METHOD_IDS.map((m) => `"${m}"`).join(", ")}; not "${String(v).slice(0, 30)}"`
  );
}

/** A special-days range: date, kind, then optionally a note and a factor; blank rows skipped. */
export function readSpecialDays(v: unknown): SpecialDay[] {
  if (isBlank(v)) return [];
  const rows = Array.isArray(v) ? (v as unknown[][]) : [[v]];
  const out: SpecialDay[] = [];
  rows.forEach((row, i) => {
    const cells = Array.isArray(row) ? row : [row];
    if (cells.every(isBlank)) return;
    const [date, kindText, note, factor] = cells;
    // A header row ("Date", "Kind") is allowed on top.
    if (i === 0 && typeof date === "string" && parseSpecialDayKind(kindText) === null) return;
    if (cells.length < 2)
      throw new WfmInputError(
        "special_days",
        "special_days must be two columns at least: date and kind"
      );
    const day = Math.floor(serialToMinute("special_days", i + 1, date) / 1440);
    const kind = parseSpecialDayKind(kindText);
    if (!kind)
      throw new WfmInputError(
        "special_days",
        // A cell has no language: its error is English (docs/i18n.md), the kinds in English words.
        `special_days row ${i + 1}: kind must be ${t("en", "forecast.specialDayKinds")}, not "${String(kindText ?? "").slice(0, 20)}"`
      );
    const sd: SpecialDay = { day, kind };
    if (!isBlank(note)) sd.note = String(note);
    if (!isBlank(factor)) {
      if (typeof factor !== "number")
        throw new WfmInputError(
          "special_days",
          `special_days row ${i + 1}: the factor must be a number (0.4 = 40% of an average day)`
        );
      sd.factor = factor;
    }
    out.push(sd);
  });
  return out;
}

function fill(rows: number, cols: number, cell: ResultCell): ResultCell[][] {
  return Array.from({ length: rows }, () => new Array<ResultCell>(cols).fill(cell));
}

/**
 * Forecast of contacts for each future time, from the history, by the method the backtest finds best (or the one named).
 * @customfunction FORECAST
 * @param {any[][]} history_times Date-times of the history's intervals (Excel date-times, one a row).
 * @param {any[][]} history_values Contacts offered in each history interval (same shape as history_times).
 * @param {any[][]} future_times Date-times to forecast, on the history's interval grid, after its last day.
 * @param {any} [method] "auto" (default: chosen by backtest), "naive", "average", "holtwinters" or "doubleseasonal".
 * @param {any[][]} [special_days] Two columns or more: date, kind (closed, holiday, workday), optional note and holiday factor.
 * @returns {any[][]} Forecast contacts per future time.
 */
export function FORECAST(
  history_times: any[][],
  history_values: any[][],
  future_times: any[][],
  method?: any,
  special_days?: any[][]
): any[][] {
  const [rows, cols] = shapeOf(future_times);
  const futures = flat(future_times);
  try {
    const history = readHistory(history_times, history_values);
    const choice = readMethod(method);
    const specialDays = readSpecialDays(special_days);
    if (history.length === 0)
      throw new WfmInputError(
        "history_values",
        "history has no values: give at least 2 weeks of intervals"
      );
    const lastDay = Math.floor(
      history.reduce((m, p) => (p.minute > m ? p.minute : m), -Infinity) / 1440
    );
    // The horizon is what the future times need, up to the core's limit; later times get their own error.
    let horizon = 1;
    for (const f of futures) {
      if (typeof f !== "number" || !Number.isFinite(f)) continue;
      const ahead = Math.floor(f + 1e-9) - EXCEL_1970 - lastDay;
      if (ahead > horizon && ahead <= MAX_HORIZON_DAYS) horizon = ahead;
    }
    const result = forecastSeries({ history, horizonDays: horizon, method: choice, specialDays });
    const cells: ResultCell[] = futures.map((f, i) => {
      try {
        if (isBlank(f)) return "";
        const minute = serialToMinute("future_times", i + 1, f);
        const day = Math.floor(minute / 1440);
        const ahead = day - lastDay;
        if (ahead < 1)
          throw new WfmInputError(
            "future_times",
            `future_times row ${i + 1} (${dayIso(day)}) is not after the history's last day ${dayIso(lastDay)}`
          );
        if (ahead > MAX_HORIZON_DAYS)
          throw new WfmNoAnswerError(
            `future_times row ${i + 1} is more than ${MAX_HORIZON_DAYS} days after the history: forecast at most a year ahead`
          );
        const offset = minute - day * 1440 - result.firstSlotMinute;
        if (offset % result.intervalMin !== 0)
          throw new WfmInputError(
            "future_times",
            `future_times row ${i + 1} is not on the history's ${result.intervalMin}-minute grid`
          );
        const slot = offset / result.intervalMin;
        // Before the earliest or after the latest time of day the history ever had: closed.
        if (slot < 0 || slot >= result.slotsPerDay) return 0;
        return result.values[(ahead - 1) * result.slotsPerDay + slot];
      } catch (e) {
        return toExcelError(e);
      }
    });
    const out: ResultCell[][] = [];
    for (let r = 0; r < rows; r++) out.push(cells.slice(r * cols, (r + 1) * cols));
    return out;
  } catch (e) {
    return fill(rows, cols, toExcelError(e));
  }
}

/**
 * Rolling-origin backtest of every forecasting method on the history: WAPE, bias, origins, ratio to seasonal naive; the method auto would choose is marked.
 * @customfunction FORECAST.BACKTEST
 * @param {any[][]} history_times Date-times of the history's intervals (Excel date-times, one a row).
 * @param {any[][]} history_values Contacts offered in each history interval (same shape as history_times).
 * @param {any} [horizon_days] Days ahead each backtest forecast covers (default 7).
 * @param {any[][]} [special_days] Two columns or more: date, kind (closed, holiday, workday), optional note and holiday factor.
 * @returns {any[][]} A table: method, WAPE, bias, origins, ratio to seasonal naive, chosen by auto.
 */
export function FORECAST_BACKTEST(
  history_times: any[][],
  history_values: any[][],
  horizon_days?: any,
  special_days?: any[][]
): any[][] {
  try {
    const history = readHistory(history_times, history_values);
    let horizon = 7;
    if (!isBlank(horizon_days)) {
      if (
        typeof horizon_days !== "number" ||
        !Number.isInteger(horizon_days) ||
        horizon_days < 1 ||
        horizon_days > 56
      )
        throw new WfmInputError(
          "horizon_days",
          "horizon_days must be a whole number of days from 1 to 56 (7 = a week ahead)"
        );
      horizon = horizon_days;
    }
    const result = forecastSeries({
      history,
      horizonDays: horizon,
      specialDays: readSpecialDays(special_days),
    });
    if (result.backtest.length === 0)
      throw new WfmNoAnswerError(
        `history too short to backtest ${horizon} days ahead: give at least ${horizon + 28} days`
      );
    const table: ResultCell[][] = [
      ["method", "wape", "bias", "origins", "ratio_to_naive", "auto_choice"],
    ];
    for (const r of result.backtest)
      table.push([
        r.variant ? `${r.method} (k=${r.variant})` : r.method,
        r.wape,
        r.bias,
        r.origins,
        Number.isFinite(r.ratioToNaive) ? r.ratioToNaive : "",
        r.chosen ? "auto" : "",
      ]);
    return table;
  } catch (e) {
    return [[toExcelError(e)]];
  }
}
