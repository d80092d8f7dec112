/**
 * Holidays in the horizon. A holiday's volume is a share of an average day, taken from the same holiday of
 * the year before when the history has it (same note, or the holiday nearest the same date when notes are
 * absent; the n-th day of a holiday run maps to the n-th day of last year's run), else the factor of the
 * special-days table, else DEFAULT_HOLIDAY_FACTOR, and the result says which.
 *
 * Share = last year's day total / the average ordinary day of the four weeks before last year's holiday;
 * forecast = share × the method's average day in the holiday's week, spread like last year's day.
 */
import { weekdayOf, type Grid } from "./grid";
import type { SpecialDay } from "./types";

export type HolidayBasis =
  | { kind: "lastYear"; fromDay: number; factor: number }
  | { kind: "factor"; factor: number; assumed: boolean };

const YEAR = 364; // 52 weeks: the same weekday a year before
const SEARCH_DAYS = 30;
const BASELINE_DAYS = 28;

function sameNote(a?: string, b?: string): boolean {
  return (a ?? "").trim().toLowerCase() === (b ?? "").trim().toLowerCase();
}

function dayTotal(grid: Grid, day: number): number {
  const d = day - grid.firstDay;
  if (d < 0 || d >= grid.days) return NaN;
  let sum = 0;
  let seen = false;
  for (let s = 0; s < grid.slotsPerDay; s++) {
    const v = grid.values[d * grid.slotsPerDay + s];
    if (!Number.isNaN(v)) {
      sum += v;
      seen = true;
    }
  }
  return seen ? sum : NaN;
}

/** The position of day in its run of consecutive holidays with the same note (0 = first day). */
function runIndex(day: number, special: Map<number, SpecialDay>): number {
  const note = special.get(day)?.note;
  let i = 0;
  for (let d = day - 1; i < 31; d--) {
    const sd = special.get(d);
    if (!sd || sd.kind !== "holiday" || !sameNote(sd.note, note)) break;
    i++;
  }
  return i;
}

/** Last year's matching holiday day in the history, or null. */
export function lastYearHoliday(
  day: number,
  grid: Grid,
  special: Map<number, SpecialDay>
): number | null {
  const note = special.get(day)?.note;
  const runs: number[][] = [];
  const target = day - YEAR;
  for (let d = target - SEARCH_DAYS; d <= target + SEARCH_DAYS; d++) {
    const sd = special.get(d);
    if (!sd || sd.kind !== "holiday" || (note && !sameNote(sd.note, note))) continue;
    if (Number.isNaN(dayTotal(grid, d))) continue;
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === d - 1 && sameNote(special.get(d - 1)?.note, sd.note))
      last.push(d);
    else runs.push([d]);
  }
  if (runs.length === 0) return null;
  runs.sort((a, b) => Math.abs(a[0] - target) - Math.abs(b[0] - target));
  const run = runs[0];
  return run[Math.min(runIndex(day, special), run.length - 1)];
}

function ordinaryBaseline(grid: Grid, beforeDay: number, special: Map<number, SpecialDay>): number {
  let sum = 0;
  let n = 0;
  for (let d = beforeDay - BASELINE_DAYS; d < beforeDay; d++) {
    if (special.has(d)) continue;
    const t = dayTotal(grid, d);
    if (Number.isNaN(t)) continue;
    sum += t;
    n++;
  }
  return n > 0 ? sum / n : NaN;
}

export function planHolidays(
  aheads: number[],
  firstDay: number,
  grid: Grid,
  special: Map<number, SpecialDay>,
  predict: (ahead: number, weekday: number) => Float64Array,
  defaultFactor: number
): { ahead: number; values: Float64Array; basis: HolidayBasis }[] {
  const S = grid.slotsPerDay;
  return aheads.map((ahead) => {
    const day = firstDay + ahead - 1;
    let averageDay = 0;
    const byWeekday: Float64Array[] = [];
    for (let w = 0; w < 7; w++) {
      const f = predict(ahead, w);
      byWeekday.push(f);
      for (let s = 0; s < S; s++) averageDay += f[s] / 7;
    }
    const values = new Float64Array(S);
    const from = lastYearHoliday(day, grid, special);
    if (from !== null) {
      let runStart = from;
      while (special.get(runStart - 1)?.kind === "holiday") runStart--;
      const baseline = ordinaryBaseline(grid, runStart, special);
      const total = dayTotal(grid, from);
      if (baseline > 0) {
        const factor = total / baseline;
        const d = from - grid.firstDay;
        for (let s = 0; s < S; s++) {
          const v = grid.values[d * S + s];
          values[s] = total > 0 && !Number.isNaN(v) ? (v / total) * factor * averageDay : 0;
        }
        return { ahead, values, basis: { kind: "lastYear", fromDay: from, factor } };
      }
    }
    const given = special.get(day)?.factor;
    const factor = given ?? defaultFactor;
    let shape = byWeekday[weekdayOf(day)];
    let sum = shape.reduce((a, b) => a + b, 0);
    if (!(sum > 0)) {
      shape = byWeekday.reduce((acc, f) => acc.map((x, s) => x + f[s]), new Float64Array(S));
      sum = shape.reduce((a, b) => a + b, 0);
    }
    if (sum > 0) for (let s = 0; s < S; s++) values[s] = (shape[s] / sum) * factor * averageDay;
    return { ahead, values, basis: { kind: "factor", factor, assumed: given === undefined } };
  });
}
