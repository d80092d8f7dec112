/** The staffing and service-jobs sections' words, in English and Simplified Chinese. */
import { monthTitle } from "../labels";
import type { Lang } from "../../workbook";

export function staffingLabels(lang: Lang) {
  const en = lang === "en";
  return {
    notMeasured: en
      ? "Not measured: the staffing check needs offered, answered, handle time and staffed hours."
      : "未统计：人力核算需要呼入量、接通量、处理时长和在线工时。",
    method: (mode: "daily" | "interval", periodSec: number) =>
      mode === "daily"
        ? en
          ? `Daily rows: each day's calls and staffed hours spread evenly over ${periodSec / 3600} open hours (an average hour; peaks need more). Required and staffed are compared per queue and day; a surplus never offsets a shortfall.`
          : `按日数据：每日呼入量与在线工时按 ${periodSec / 3600} 个营业小时平均分布（平均小时口径，高峰需要更多人力）。需求人力与在线人力按队列、按天逐一比较，富余不抵减缺口。`
        : en
          ? `Interval rows of ${periodSec / 60} minutes: Erlang C per queue and interval. Required and staffed are compared per queue and interval; a surplus never offsets a shortfall.`
          : `${periodSec / 60} 分钟时段数据：按队列、时段分别计算 Erlang C。需求人力与在线人力按队列、时段逐一比较，富余不抵减缺口。`,
    daysUnder: en
      ? "Days under-staffed (any queue-period short)"
      : "人力不足天数（任一队列时段不足）",
    daysOver: en
      ? "Days over-staffed (none short, more than 15% above required)"
      : "人力富余天数（无不足时段，且超出需求 15% 以上）",
    periodsUnder: (mode: "daily" | "interval") =>
      mode === "daily"
        ? en
          ? "Queue-days short of the Erlang requirement"
          : "人力不足的队列天数"
        : en
          ? "Queue-intervals short of the Erlang requirement"
          : "人力不足的队列时段数",
    shortfall: en
      ? "Shortfall, summed over short queue-periods (agent-hours)"
      : "人力缺口（各不足队列时段之和，工时）",
    predicted: en ? "Erlang C service level as staffed" : "按实际在线人力的 Erlang C 服务水平",
    ifStaffed: en
      ? "… had every short period been staffed to requirement"
      : "… 若各不足时段均按需配置",
    cost: en ? "Service level lost to the shortfall" : "人力缺口造成的服务水平损失",
    skipped: en ? "Rows not checked (missing inputs)" : "未核算行数（缺少输入）",
    required: en ? "Required agent-hours" : "需求人力（工时）",
    staffed: en ? "Staffed hours" : "在线工时",
    shortfallColumn: en ? "Shortfall (hours)" : "人力缺口（工时）",
    surplusColumn: en ? "Surplus (hours)" : "人力富余（工时）",
    shortPeriods: (mode: "daily" | "interval") =>
      mode === "daily"
        ? en
          ? "Short queues"
          : "不足队列数"
        : en
          ? "Short queue-intervals"
          : "不足队列时段数",
    predictedShort: en ? "Erlang SL as staffed" : "Erlang 预测服务水平",
    byDay: en ? "Staffing by day (Erlang C)" : "每日人力配置（Erlang C）",
  };
}

export function jobsLabels(lang: Lang) {
  const en = lang === "en";
  const pct = (share: number) => `${Math.round(share * 100)}%`;
  return {
    closed: en ? "Closed this month" : "本月完成",
    open: en ? "Open at month end" : "月末未完成",
    within: (share: number) =>
      en ? `Within standard (target ${pct(share)})` : `时限内完成率（目标 ${pct(share)}）`,
    rule: (month: string, otherMonths: number, undated: number, share: number) => {
      const m = monthTitle(month, lang);
      return en
        ? `A job counts in the month it was closed (closed date-time, or opened + hours taken): ${plural(otherMonths, "job", "jobs")} closed before this month or opened after it ${otherMonths === 1 ? "is" : "are"} left out; jobs opened by the end of ${m} and not closed by then are counted as open${undated ? `; ${plural(undated, "row", "rows")} without a usable date or value ${undated === 1 ? "is" : "are"} listed in Data quality` : ""}. A type meets its standard (green) when at least ${pct(share)} of its jobs closed this month were within the standard hours; the findings name every type that does not.`
        : `工单按完成月份统计（完成时间，或受理时间加处理时长）：本月之前完成或本月之后受理的 ${otherMonths} 件不计入；${m}底前受理、月底仍未完成的工单计为未完成${undated ? `；${undated} 行缺少可用时间或数值，见数据质量` : ""}。某类型本月完成工单中时限内完成率不低于 ${pct(share)} 即为达标（绿色）；主要发现列出所有未达标的类型。`;
    },
  };
}

/** "1 job", "2 jobs": English plural by Intl.PluralRules. */
function plural(n: number, one: string, other: string): string {
  const form = new Intl.PluralRules("en-US").select(n) === "one" ? one : other;
  return `${n.toLocaleString("en-US")} ${form}`;
}
