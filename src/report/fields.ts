/**
 * The columns the report reads, with their header aliases in English and Chinese (spec §1), and the header
 * matcher. Matching ignores case, spaces, underscores and hyphens, so "Calls Offered", "calls_offered" and
 * "CALLSOFFERED" are the same header.
 */
import type { Lang } from "../workbook";

export type FieldKey =
  | "date"
  | "interval"
  | "queue"
  | "offered"
  | "answered"
  | "abandoned"
  | "shortAbandons"
  | "answeredInSl"
  | "waitSec"
  | "handleSec"
  | "staffedHours"
  | "paidHours"
  | "forecastOffered"
  | "fcrResolved"
  | "fcrEligible"
  | "surveys"
  | "satisfied"
  | "scoreSum"
  | "promoters"
  | "passives"
  | "detractors"
  | "complaints"
  | "qaCount"
  | "qaScoreSum"
  | "cost";

export type JobFieldKey = "type" | "hours" | "opened" | "closed" | "standardHours";

export interface FieldInfo<K extends string = string> {
  key: K;
  required: boolean;
  label: Record<Lang, string>;
  aliases: string[];
}

/** field -> 0-based column index in the table's header. */
export type ColumnMapping<K extends string = FieldKey> = Partial<Record<K, number>>;

/**
 * A field's aliases start with its key, which matching (case, spaces, "_" and "-" ignored) makes match the
 * spec's snake_case names too: key answeredInSl matches "answered_in_sl" and "Answered in SL".
 */
const field = <K extends string>(
  key: K,
  required: boolean,
  en: string,
  zh: string,
  aliases: string[]
): FieldInfo<K> => ({
  key,
  required,
  label: { en, "zh-CN": zh },
  aliases: [key, en, zh, ...aliases],
});

export const ACTIVITY_FIELDS: FieldInfo<FieldKey>[] = [
  field("date", true, "Date", "日期", ["day"]),
  field("interval", false, "Interval", "时段", ["time", "interval start"]),
  field("queue", false, "Queue", "队列", ["channel", "skill", "team", "渠道", "技能组"]),
  field("offered", true, "Offered", "呼入量", ["calls offered", "contacts", "来电量"]),
  field("answered", true, "Answered", "接听量", ["handled", "应答量", "calls answered"]),
  field("abandoned", false, "Abandoned", "放弃量", ["calls abandoned"]),
  field("shortAbandons", false, "Short abandons", "短时放弃", []),
  field("answeredInSl", false, "Answered within SL", "服务水平内接听量", ["answered in sl"]),
  field("waitSec", false, "Total wait seconds", "总等待时长", ["total wait", "wait seconds"]),
  field("handleSec", false, "Total handle seconds", "总处理时长", ["handle time"]),
  field("staffedHours", false, "Staffed hours", "在线工时", ["logged in hours"]),
  field("paidHours", false, "Paid hours", "付薪工时", []),
  field("forecastOffered", false, "Forecast offered", "预测量", ["forecast"]),
  field("fcrResolved", false, "First contact resolved", "一次解决量", []),
  field("fcrEligible", false, "First contact eligible", "应解决量", []),
  field("surveys", false, "Surveys", "回访量", ["responses", "调查量"]),
  field("satisfied", false, "Satisfied", "满意数", []),
  field("scoreSum", false, "Satisfaction score sum", "满意度得分合计", ["score sum"]),
  field("promoters", false, "Promoters", "推荐者", []),
  field("passives", false, "Passives", "中立者", []),
  field("detractors", false, "Detractors", "贬损者", []),
  field("complaints", false, "Complaints", "投诉量", []),
  field("qaCount", false, "QA evaluations", "质检量", []),
  field("qaScoreSum", false, "QA score sum", "质检得分合计", []),
  field("cost", false, "Cost", "成本", []),
];

export const JOB_FIELDS: FieldInfo<JobFieldKey>[] = [
  field("type", true, "Type", "类型", ["job type", "service type", "工单类型"]),
  field("hours", false, "Hours taken", "处理时长", ["hours", "duration hours", "耗时"]),
  field("opened", false, "Opened", "受理时间", ["opened at", "created", "开始时间"]),
  field("closed", false, "Closed", "完成时间", ["closed at", "completed", "结束时间"]),
  field("standardHours", true, "Standard hours", "标准时限", ["standard", "sla hours"]),
];

export function normalizeHeader(header: unknown): string {
  if (header === null || header === undefined) return "";
  return String(header)
    .toLowerCase()
    .replace(/[\s_\-\u3000]+/g, "");
}

/**
 * Finds each field's column by its aliases. The first matching header wins and a column serves one field
 * only, so a sheet with two "date" columns maps the left one. Unmatched fields are absent from the result.
 */
export function detectColumns<K extends string>(
  headers: unknown[],
  fields: FieldInfo<K>[]
): ColumnMapping<K> {
  const normalized = headers.map(normalizeHeader);
  const taken = new Set<number>();
  const mapping: ColumnMapping<K> = {};
  for (const info of fields) {
    const aliases = new Set(info.aliases.map(normalizeHeader));
    const index = normalized.findIndex((h, i) => h !== "" && !taken.has(i) && aliases.has(h));
    if (index >= 0) {
      mapping[info.key] = index;
      taken.add(index);
    }
  }
  return mapping;
}
