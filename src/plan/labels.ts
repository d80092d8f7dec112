/** The staffing plan's words, from the message catalogue (src/i18n/messages/<lang>/plan.json). */
import { LANGUAGES, t, type MessageKey } from "../i18n";
import type { Lang } from "../workbook";

const PLAIN = [
  "note",
  "inputs",
  "serviceLevel",
  "targetTimeSec",
  "intervalSec",
  "shrinkage",
  "maxOccupancy",
  "patienceSec",
  "hourlyCost",
  "patienceNotUsed",
  "costNotUsed",
  "date",
  "interval",
  "calls",
  "ahtSec",
  "agents",
  "achievedServiceLevel",
  "asaSec",
  "occupancy",
  "abandonRate",
  "fte",
  "staffToSchedule",
  "staffHours",
  "cost",
  "dailyTotals",
  "agentHours",
  "peakFte",
  "total",
  "chartTitle",
] as const;

export type PlanLabels = Record<(typeof PLAIN)[number], string> & {
  title: (sheet: string) => string;
  /** "Staffing plan 2026-10" / "人力需求 2026-10"; without a month (no dates) "Staffing plan" / "人力需求". */
  sheetName: (month: string | undefined) => string;
};

function planLabels(lang: Lang): PlanLabels {
  const plain = Object.fromEntries(PLAIN.map((k) => [k, t(lang, `plan.${k}`)]));
  return {
    ...(plain as Record<(typeof PLAIN)[number], string>),
    title: (sheet) => t(lang, "plan.title", { sheet }),
    sheetName: (month) =>
      month ? t(lang, "plan.sheetNameForMonth", { month }) : t(lang, "plan.sheetName"),
  };
}

export const PLAN_LABELS = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, planLabels(lang)])
) as Record<Lang, PlanLabels>;

/** The message for each PlanInputError field (the taskpane shows it in the user's language). */
export const PLAN_ERROR_KEYS: Record<string, MessageKey> = {
  forecast: "plan.errorForecast",
  serviceLevel: "plan.errorServiceLevel",
  targetTimeSec: "plan.errorTargetTimeSec",
  intervalSec: "plan.errorIntervalSec",
  shrinkage: "plan.errorShrinkage",
  maxOccupancy: "plan.errorMaxOccupancy",
  patienceSec: "plan.errorPatienceSec",
  hourlyCost: "plan.errorHourlyCost",
};

/** "2026-10" from the forecast's first date (an Excel serial or "yyyy-mm-dd…" text), if it has one. */
export function planMonth(dateValues: unknown[] | undefined): string | undefined {
  for (const value of dateValues ?? []) {
    if (typeof value === "number" && Number.isFinite(value) && value > 0) {
      // Excel's serial day 0 is 1899-12-30 (the 1900 leap-year bug folded in for every date after March 1900).
      return new Date(Date.UTC(1899, 11, 30) + Math.floor(value) * 86400000)
        .toISOString()
        .slice(0, 7);
    }
    if (typeof value === "string") {
      const iso = /^(\d{4})-(0[1-9]|1[0-2])\b/.exec(value.trim());
      if (iso) return `${iso[1]}-${iso[2]}`;
    }
    if (value !== null && value !== undefined && value !== "") return undefined;
  }
  return undefined;
}
