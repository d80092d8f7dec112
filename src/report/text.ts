/** Figures written inside sentences: "78.4%", "27 s", "1.6 pt", "2026-10-06 (Mon)", "3 days". */
import type { KpiUnit } from "./kpis";
import type { Lang } from "../workbook";
import { t } from "../i18n";
import { dayToIso, weekdayOf } from "./dates";
import { labels } from "./labels";
import type { ScoreCoverage } from "./targets";
import { MIN_WEIGHT_SHARE } from "./targets";

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

export function formatDay(day: number, lang: Lang): string {
  return t(lang, "common.withNote", {
    text: dayToIso(day),
    note: labels(lang).weekdays[weekdayOf(day)],
  });
}

export const formatCount = (n: number) => Math.round(n).toLocaleString("en-US");

const EN_PLURALS = new Intl.PluralRules("en-US");

/**
 * "1 day", "3 days" (English, by Intl.PluralRules); Chinese has no plural, so a count takes its measure
 * word: "3 天", "2 行", "5 件".
 */
export function countOf(
  n: number,
  lang: Lang,
  en: { one: string; other: string },
  zh: string
): string {
  if (lang !== "en") return `${formatCount(n)} ${zh}`;
  return `${formatCount(n)} ${EN_PLURALS.select(n) === "one" ? en.one : en.other}`;
}

/** "over 13 of 16 KPIs (90% of weight)", or why there is no score (spec §5). */
export function coverageText(c: ScoreCoverage, lang: Lang): string {
  const share = `${Math.round(c.weightShare * 100)}%`;
  const min = `${Math.round(MIN_WEIGHT_SHARE * 100)}%`;
  if (lang === "en") {
    const kpis = `${c.measured} of ${countOf(c.total, lang, { one: "KPI", other: "KPIs" }, "")}`;
    return c.score === null
      ? `No score: only ${kpis} measured (${share} of weight); a score needs at least ${min} of the weight measured.`
      : `over ${kpis} (${share} of weight)`;
  }
  return c.score === null
    ? `不计分：${c.total} 项指标中仅统计 ${c.measured} 项（权重 ${share}），权重不足 ${min} 不计算综合得分。`
    : `覆盖 ${c.total} 项中的 ${c.measured} 项（权重 ${share}）`;
}
