/** Words inside sentences: a day of the month with its weekday, the score's coverage. */
import type { Lang } from "../workbook";
import { formatDayOfMonth, formatPercent, t } from "../i18n";
import { dayToIso } from "./dates";
import { weekdayName } from "./labels";
import type { ScoreCoverage } from "./targets";
import { MIN_WEIGHT_SHARE } from "./targets";

/**
 * A day of the report's month in a sentence, with its weekday: "October 6 (Tue)" / "10月6日（周二）". The
 * month is the report's, so the year would only repeat the title.
 */
export function formatDay(day: number, lang: Lang): string {
  return t(lang, "common.withNote", {
    text: formatDayOfMonth(lang, dayToIso(day)),
    note: weekdayName(day, lang),
  });
}

/** "over 13 of 16 KPIs (90% of weight)", or why there is no score (spec §5). */
export function coverageText(c: ScoreCoverage, lang: Lang): string {
  const params = {
    measured: c.measured,
    total: c.total,
    share: formatPercent(lang, c.weightShare, 0),
  };
  if (c.score !== null) return t(lang, "report.coverage", params);
  return t(lang, "report.coverageNoScore", {
    ...params,
    min: formatPercent(lang, MIN_WEIGHT_SHARE, 0),
  });
}
