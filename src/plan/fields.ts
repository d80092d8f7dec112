/** The forecast columns a staffing plan reads, detected by header like the activity table's. */
import { LANGUAGES, t, type Lang } from "../i18n";
import type { FieldInfo } from "../report";

export type PlanFieldKey = "date" | "interval" | "calls" | "ahtSec";

/**
 * A field labelled by the catalogue (plan.<key>, the plan sheet's own column headers), so a language is a
 * file; every label is also an alias, so a header in any language we speak maps.
 */
const field = (
  key: PlanFieldKey,
  required: boolean,
  aliases: string[]
): FieldInfo<PlanFieldKey> => {
  const label = Object.fromEntries(
    LANGUAGES.map((lang) => [lang, t(lang, `plan.${key}`)])
  ) as Record<Lang, string>;
  return { key, required, label, aliases: [key, ...Object.values(label), ...aliases] };
};

export const PLAN_FIELDS: FieldInfo<PlanFieldKey>[] = [
  field("date", false, ["day"]),
  field("interval", false, ["time", "interval start", "start time"]),
  field("calls", true, [
    "forecast",
    "forecast calls",
    "offered",
    "volume",
    "contacts",
    "来电量",
    "预测量",
  ]),
  field("ahtSec", true, ["aht", "aht sec", "handle time", "average handle time", "平均处理时长"]),
];
