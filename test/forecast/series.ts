import type { HistoryPoint } from "../../src/forecast";

/** 2026-01-05, a Monday, as days since 1970. */
export const MONDAY = Math.round(Date.UTC(2026, 0, 5) / 86400000);

/** Points for days × slots values (rows = days from firstDay), slots `intervalMin` apart from 08:00. */
export function points(
  rows: number[][],
  firstDay = MONDAY,
  intervalMin = 30,
  fromMinute = 480
): HistoryPoint[] {
  const out: HistoryPoint[] = [];
  rows.forEach((row, d) =>
    row.forEach((value, s) => {
      if (!Number.isNaN(value))
        out.push({ minute: (firstDay + d) * 1440 + fromMinute + s * intervalMin, value });
    })
  );
  return out;
}

/** A daily history (one value a day, at midnight). */
export function dailyPoints(values: number[], firstDay = MONDAY): HistoryPoint[] {
  return values.map((value, d) => ({ minute: (firstDay + d) * 1440, value }));
}

export function weeks(pattern: number[][], n: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < n; i++) for (const day of pattern) out.push([...day]);
  return out;
}
