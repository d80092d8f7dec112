/**
 * Units on every figure (spec §5): the suffix each KPI's values carry in cells and sentences — seconds,
 * %, points, "per 10,000 answered", calls per hour, the cost currency — in the report's language, and the
 * Excel number formats that show them. One place, so a sentence and the cell it quotes read the same.
 */
import { t, type MessageKey, type MessageParams } from "../i18n";
import type { Lang } from "../workbook";
import type { KpiKey, KpiUnit } from "./kpis";

export interface UnitContext {
  lang: Lang;
  /** Complaints per this many answered calls. */
  complaintBase: number;
  /** The cost currency (EUR, 元, …); null: none given, said as "cost units". */
  currency: string | null;
}

/** "10,000" / "万": the complaint base as a header or a cell says it. */
export function complaintBaseText(base: number, lang: Lang): string {
  return t(lang, "report.complaintBase", { base });
}

/** A unit after a figure, with its space: " s" / " 秒". */
const unit = (lang: Lang, key: MessageKey, params?: MessageParams) => ` ${t(lang, key, params)}`;

/** The words after a value: " s", " points", " per 10,000", " EUR"; "" for % and plain indices. */
export function valueSuffix(key: KpiKey, kind: KpiUnit, ctx: UnitContext): string {
  switch (key) {
    case "complaintRate":
      return unit(ctx.lang, "report.unitComplaints", {
        base: complaintBaseText(ctx.complaintBase, ctx.lang),
      });
    case "callsPerStaffedHour":
      return unit(ctx.lang, "report.unitCallsPerHour");
    case "costPerCall":
      return ` ${currencyText(ctx)}`;
    case "nps":
      return "";
    default:
      break;
  }
  if (kind === "seconds") return unit(ctx.lang, "report.unitSeconds");
  if (kind === "points") return unit(ctx.lang, "report.unitPoints");
  return "";
}

/** The currency as written after a cost: the one given, or "cost units" / "成本单位". */
export function currencyText(ctx: UnitContext): string {
  return ctx.currency ?? t(ctx.lang, "report.costUnits");
}

/** The suffix of a difference: percentage points for ratios, else the value's own unit. */
export function differenceSuffix(key: KpiKey, kind: KpiUnit, ctx: UnitContext): string {
  if (kind === "ratio") return unit(ctx.lang, "report.unitPercentagePoints");
  return valueSuffix(key, kind, ctx);
}

const DIGITS: Record<KpiUnit, number> = { ratio: 1, seconds: 0, number: 1, points: 1, money: 2 };

/** An Excel format literal: the suffix in quotes, with quotes inside it doubled. */
const literal = (text: string) => (text ? `"${text.replace(/"/g, '""')}"` : "");

/** The number format of a KPI's values: "0.0%", '0 "s"', '#,##0.0" per 10,000"'. */
export function valueFormat(key: KpiKey, unit: KpiUnit, ctx: UnitContext): string {
  if (unit === "ratio") return "0.0%";
  const digits = DIGITS[unit];
  const base = digits === 0 ? "#,##0" : `#,##0.${"0".repeat(digits)}`;
  return base + literal(valueSuffix(key, unit, ctx));
}

/** Variance and change: always signed, ratios in points (the value ×100), the rest in their unit. */
export function differenceFormat(key: KpiKey, unit: KpiUnit, ctx: UnitContext): string {
  const digits = DIGITS[unit];
  const base = digits === 0 ? "#,##0" : `#,##0.${"0".repeat(digits)}`;
  const suffix = literal(differenceSuffix(key, unit, ctx));
  return `+${base}${suffix};-${base}${suffix};${base}${suffix}`;
}

/** A value as text, rounded as its cell shows it: "78.4%", "27 s", "6.2 per 10,000". */
export function formatKpiValue(
  value: number,
  key: KpiKey,
  unit: KpiUnit,
  ctx: UnitContext
): string {
  if (unit === "ratio") return `${roundText(value * 100, 1)}%`;
  return roundText(value, DIGITS[unit]) + valueSuffix(key, unit, ctx);
}

/** A difference without its sign, rounded as its cell shows it: "1.6 pt", "22 s". */
export function formatKpiDifference(
  value: number,
  key: KpiKey,
  unit: KpiUnit,
  ctx: UnitContext
): string {
  const v = Math.abs(unit === "ratio" ? value * 100 : value);
  return roundText(v, DIGITS[unit]) + differenceSuffix(key, unit, ctx);
}

/** A signed difference: "+1.6 pt", "−22 s" (the sign of the rounded figure, as the cell shows it). */
export function formatSignedDifference(
  value: number,
  key: KpiKey,
  unit: KpiUnit,
  ctx: UnitContext
): string {
  const text = formatKpiDifference(value, key, unit, ctx);
  const shown = Number(
    roundText(Math.abs(unit === "ratio" ? value * 100 : value), DIGITS[unit]).replace(/,/g, "")
  );
  if (shown === 0) return text;
  return `${value > 0 ? "+" : "−"}${text}`;
}

/** Rounded half away from zero as Excel rounds, with thousands separators. */
export function roundText(value: number, digits: number): string {
  const factor = 10 ** digits;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
  return rounded.toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** Agent-hours as the staffing table shows them ('#,##0.0'). */
export const formatHours = (hours: number) => roundText(hours, 1);
