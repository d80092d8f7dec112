/** The forecast columns a staffing plan reads, detected by header like the activity table's. */
import type { FieldInfo } from "../report";

export type PlanFieldKey = "date" | "interval" | "calls" | "ahtSec";

const field = (
  key: PlanFieldKey,
  required: boolean,
  en: string,
  zh: string,
  aliases: string[]
): FieldInfo<PlanFieldKey> => ({
  key,
  required,
  label: { en, "zh-CN": zh },
  aliases: [key, en, zh, ...aliases],
});

export const PLAN_FIELDS: FieldInfo<PlanFieldKey>[] = [
  field("date", false, "Date", "日期", ["day"]),
  field("interval", false, "Interval", "时段", ["time", "interval start", "start time"]),
  field("calls", true, "Calls", "呼入量", [
    "forecast",
    "forecast calls",
    "offered",
    "volume",
    "contacts",
    "来电量",
    "预测量",
  ]),
  field("ahtSec", true, "AHT (s)", "平均处理时长", [
    "aht",
    "aht sec",
    "handle time",
    "average handle time",
    "平均处理时长（秒）",
  ]),
];
