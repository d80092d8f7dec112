/** Figures written inside sentences: "78.4%", "27 s", "1.6 pt", "2026-10-06 (Mon)". */
import type { KpiUnit } from "./kpis";
import type { Lang } from "../workbook";
import { dayToIso, weekdayOf } from "./dates";
import { labels } from "./labels";

export function formatValue(value: number, unit: KpiUnit): string {
  switch (unit) {
    case "ratio":
      return `${(value * 100).toFixed(1)}%`;
    case "seconds":
      return `${Math.round(value)} s`;
    case "money":
      return value.toFixed(2);
    default:
      return value.toFixed(1);
  }
}

/** A difference without its sign: ratios in percentage points. */
export function formatDifference(value: number, unit: KpiUnit): string {
  const v = Math.abs(value);
  return unit === "ratio" ? `${(v * 100).toFixed(1)} pt` : formatValue(v, unit);
}

export function formatDay(day: number, lang: Lang): string {
  return `${dayToIso(day)} (${labels(lang).weekdays[weekdayOf(day)]})`;
}

export const formatCount = (n: number) => Math.round(n).toLocaleString("en-US");
