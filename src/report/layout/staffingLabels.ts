/** The staffing section's words, in English and Simplified Chinese. */
import type { Lang } from "../../workbook";

export function staffingLabels(lang: Lang) {
  const en = lang === "en";
  return {
    notMeasured: en
      ? "Not measured: the staffing check needs offered, answered, handle time and staffed hours."
      : "未测量:人力核算需要呼入量、接听量、处理时长和在线工时。",
    method: (mode: "daily" | "interval", periodSec: number) =>
      mode === "daily"
        ? en
          ? `Daily rows: each day's calls and staffed hours spread evenly over ${periodSec / 3600} open hours (an average hour; peaks need more).`
          : `按日数据:每日呼入量与在线工时按 ${periodSec / 3600} 个营业小时平均分布(平均小时口径,高峰需要更多人力)。`
        : en
          ? `Interval rows of ${periodSec / 60} minutes: Erlang C per queue and interval.`
          : `${periodSec / 60} 分钟时段数据:按队列、时段分别计算 Erlang C。`,
    daysUnder: en
      ? "Days under-staffed (staffed < required agent-hours)"
      : "人力不足天数(在线工时 < 所需工时)",
    daysOver: en
      ? "Days over-staffed (more than 15% above required)"
      : "人力富余天数(超出所需 15% 以上)",
    periodsUnder: (mode: "daily" | "interval") =>
      mode === "daily"
        ? en
          ? "Queue-days short of the Erlang requirement"
          : "人力不足的队列-日"
        : en
          ? "Queue-intervals short of the Erlang requirement"
          : "人力不足的队列-时段",
    shortfall: en ? "Shortfall on under-staffed days (agent-hours)" : "不足日的人力缺口(工时)",
    predicted: en ? "Erlang C service level as staffed" : "按实际排班的 Erlang C 服务水平",
    ifStaffed: en
      ? "… had every short period been staffed to requirement"
      : "… 若不足时段均按需配置",
    cost: en ? "Service level lost to the shortfall" : "人力缺口造成的服务水平损失",
    skipped: en ? "Rows not checked (missing inputs)" : "未核算行数(缺少输入)",
    required: en ? "Required agent-hours" : "所需工时",
    staffed: en ? "Staffed hours" : "在线工时",
    gap: en ? "Gap (hours)" : "差额(工时)",
    predictedShort: en ? "Erlang SL as staffed" : "Erlang 预测服务水平",
  };
}
