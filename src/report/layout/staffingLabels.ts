/** The staffing and service-jobs sections' words, from the message catalogue (report.staffing*, report.jobs*). */
import { formatPercent, t } from "../../i18n";
import { monthTitle } from "../labels";
import type { Lang } from "../../workbook";

type Mode = "daily" | "interval";

export function staffingLabels(lang: Lang) {
  const say = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) =>
    t(lang, key, params);
  return {
    notMeasured: say("report.staffingNotMeasured"),
    method: (mode: Mode, periodSec: number) =>
      mode === "daily"
        ? say("report.staffingMethodDaily", { hours: periodSec / 3600 })
        : say("report.staffingMethodInterval", { minutes: periodSec / 60 }),
    daysUnder: say("report.staffingDaysUnder"),
    daysOver: say("report.staffingDaysOver"),
    periodsUnder: (mode: Mode) =>
      say(
        mode === "daily"
          ? "report.staffingPeriodsUnderDaily"
          : "report.staffingPeriodsUnderInterval"
      ),
    shortfall: say("report.staffingShortfall"),
    predicted: say("report.staffingPredicted"),
    ifStaffed: say("report.staffingIfStaffed"),
    cost: say("report.staffingCost"),
    skipped: say("report.staffingSkipped"),
    required: say("report.staffingRequired"),
    staffed: say("report.staffingStaffed"),
    shortfallColumn: say("report.staffingShortfallColumn"),
    surplusColumn: say("report.staffingSurplusColumn"),
    shortPeriods: (mode: Mode) =>
      say(mode === "daily" ? "report.staffingShortQueues" : "report.staffingShortIntervals"),
    predictedShort: say("report.staffingPredictedShort"),
    byDay: say("report.staffingByDay"),
  };
}

export function jobsLabels(lang: Lang) {
  const pct = (share: number) => formatPercent(lang, share, 0);
  return {
    closed: t(lang, "report.jobsClosed"),
    open: t(lang, "report.jobsOpen"),
    within: (share: number) => t(lang, "report.jobsWithin", { share: pct(share) }),
    rule: (month: string, otherMonths: number, undated: number, share: number) =>
      t(lang, "report.jobsRule", {
        otherMonths,
        month: monthTitle(month, lang),
        undated: undated ? t(lang, "report.jobsRuleUndated", { count: undated }) : "",
        share: pct(share),
      }),
  };
}
