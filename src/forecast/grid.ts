/**
 * History as a regular grid of days × slots. The interval is inferred from the times (the greatest common
 * divisor of their gaps, which must divide a day), so 15-minute, half-hour, hourly and daily histories all
 * become the same shape. A slot with no value is missing (NaN), never silently zero.
 */
import { ForecastInputError, MINUTES_PER_DAY } from "./types";

/** Five years of 15-minute intervals: what one forecast may read, which bounds its work. */
export const MAX_GRID_CELLS = 5 * 366 * 96;

export interface HistoryPoint {
  /** Minutes since 1970-01-01 00:00. */
  minute: number;
  value: number;
}

export interface Grid {
  firstDay: number;
  days: number;
  slotsPerDay: number;
  intervalMin: number;
  /** Minute of day of slot 0 (the earliest time of day seen, on the interval's grid). */
  firstSlotMinute: number;
  /** days × slotsPerDay, row-major; NaN = missing or left out of the fit. */
  values: Float64Array;
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** The interval in minutes: the gcd of the gaps between distinct sorted times (a day when all are midnight). */
export function inferIntervalMin(minutes: number[]): number {
  let g = 0;
  for (let i = 1; i < minutes.length; i++) {
    const gap = minutes[i] - minutes[i - 1];
    if (gap > 0) g = gcd(g, gap);
    if (g === 1) break;
  }
  if (g === 0) return MINUTES_PER_DAY;
  g = gcd(g, MINUTES_PER_DAY);
  return g;
}

/**
 * Builds the grid. Duplicate times are an error (two values for one interval cannot both be right);
 * intervalMin, when given, must be a multiple of the history's own interval, and the values are summed into it.
 */
export function buildGrid(points: HistoryPoint[], intervalMin?: number): Grid {
  if (points.length === 0)
    throw new ForecastInputError("history", { key: "forecast.errorEmptyHistory" });
  const sorted = [...points].sort((a, b) => a.minute - b.minute);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].minute === sorted[i - 1].minute)
      throw new ForecastInputError("history_times", {
        key: "forecast.errorTwoValues",
        params: { time: formatMinute(sorted[i].minute) },
      });
  }
  const own = inferIntervalMin(sorted.map((p) => p.minute));
  let interval = own;
  if (intervalMin !== undefined) {
    if (!(intervalMin > 0) || MINUTES_PER_DAY % intervalMin !== 0 || intervalMin % own !== 0)
      throw new ForecastInputError("interval", {
        key: "forecast.errorIntervalMismatch",
        params: { interval: intervalMin, own },
      });
    interval = intervalMin;
  }
  const firstDay = Math.floor(sorted[0].minute / MINUTES_PER_DAY);
  const lastDay = Math.floor(sorted[sorted.length - 1].minute / MINUTES_PER_DAY);
  let firstSlotMinute = MINUTES_PER_DAY;
  let lastSlotMinute = 0;
  for (const p of sorted) {
    const m = p.minute - Math.floor(p.minute / MINUTES_PER_DAY) * MINUTES_PER_DAY;
    const slotStart = m - (m % interval);
    if (slotStart < firstSlotMinute) firstSlotMinute = slotStart;
    if (slotStart > lastSlotMinute) lastSlotMinute = slotStart;
  }
  const slotsPerDay = (lastSlotMinute - firstSlotMinute) / interval + 1;
  const days = lastDay - firstDay + 1;
  if (days * slotsPerDay > MAX_GRID_CELLS)
    throw new ForecastInputError("history_times", {
      key: "forecast.errorHistoryTooLong",
      params: {
        days,
        slots: slotsPerDay,
        from: formatMinute(sorted[0].minute),
        to: formatMinute(sorted[sorted.length - 1].minute),
      },
    });
  const values = new Float64Array(days * slotsPerDay).fill(NaN);
  for (const p of sorted) {
    const day = Math.floor(p.minute / MINUTES_PER_DAY);
    const m = p.minute - day * MINUTES_PER_DAY;
    const slot = Math.floor((m - firstSlotMinute) / interval);
    const i = (day - firstDay) * slotsPerDay + slot;
    values[i] = Number.isNaN(values[i]) ? p.value : values[i] + p.value;
  }
  return { firstDay, days, slotsPerDay, intervalMin: interval, firstSlotMinute, values };
}

export function formatMinute(minute: number): string {
  const day = Math.floor(minute / MINUTES_PER_DAY);
  const m = minute - day * MINUTES_PER_DAY;
  const iso = new Date(day * 86400000).toISOString().slice(0, 10);
  return `${iso} ${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

export function dayIso(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}
