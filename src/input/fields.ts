/**
 * Every column the reader understands, with its header aliases in English and Chinese. Three groups:
 * the activity table's own fields (sums: report.md §1), the fields of contact records (one row per call),
 * and the averages and percentages platform exports carry. Aliases include the report-field names of the
 * platforms contact centres export from (Avaya CMS, Cisco UCCX, Genesys Cloud, Amazon Connect, Five9,
 * NICE CXone, Alibaba Cloud/Huawei/ZTE style 话务报表); docs/input.md lists them with their public sources.
 * Aliases are compared by words (headers.ts), so one spelling covers case, order, plural and punctuation.
 * The fields' labels are the catalogue's (input.field<Key>, docs/i18n.md), so a language is a file.
 */
import { LANGUAGES, t, type Lang, type MessageKey } from "../i18n";

export type { Lang };

/** The activity table's numeric fields: the sums every shape is turned into (report.md §1). */
export type SumField =
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

/** Fields only contact records have (one row per call). */
export type RecordField =
  "agent" | "outcome" | "talkSec" | "holdSec" | "acwSec" | "rating" | "npsScore";

/** Averages and percentages, converted back to sums on their stated base. */
export type AverageField =
  | "asaSec"
  | "ahtSec"
  | "avgTalkSec"
  | "avgHoldSec"
  | "avgAcwSec"
  | "avgAbandonSec"
  | "slPercent"
  | "answerPercent"
  | "abandonPercent";

export type FieldKey = "date" | "interval" | "queue" | SumField | RecordField | AverageField;

export type FieldGroup = "key" | "sum" | "record" | "average";

export interface FieldInfo<K extends string = string> {
  key: K;
  required: boolean;
  label: Record<Lang, string>;
  aliases: string[];
  group?: FieldGroup;
}

/** field -> 0-based column index in the table's header. */
export type ColumnMapping<K extends string = FieldKey> = Partial<Record<K, number>>;

/**
 * A field's aliases start with its key, so the spec's snake_case names match too: key answeredInSl matches
 * "answered_in_sl" and "Answered in SL".
 */
export const field = <K extends string>(
  key: K,
  required: boolean,
  en: string,
  zh: string,
  aliases: string[],
  group?: FieldGroup
): FieldInfo<K> => ({
  key,
  required,
  label: { en, "zh-CN": zh },
  aliases: [key, en, zh, ...aliases],
  group,
});

/**
 * A field of the reader, labelled by the catalogue: its label in every language is input.field<Key>
 * ("input.fieldAnsweredInSl"), and every label is also an alias, so a header in any language we speak maps.
 * The aliases given keep older wordings (接听量) reading.
 */
const known = <K extends string>(
  key: K,
  required: boolean,
  aliases: string[],
  group: FieldGroup
): FieldInfo<K> => {
  const messageKey = `input.field${key[0].toUpperCase()}${key.slice(1)}` as MessageKey;
  const label = Object.fromEntries(LANGUAGES.map((lang) => [lang, t(lang, messageKey)])) as Record<
    Lang,
    string
  >;
  return { key, required, label, aliases: [key, ...Object.values(label), ...aliases], group };
};

const K: FieldGroup = "key";
const S: FieldGroup = "sum";
const R: FieldGroup = "record";
const A: FieldGroup = "average";

export const SUM_FIELDS: SumField[] = [
  "offered",
  "answered",
  "abandoned",
  "shortAbandons",
  "answeredInSl",
  "waitSec",
  "handleSec",
  "staffedHours",
  "paidHours",
  "forecastOffered",
  "fcrResolved",
  "fcrEligible",
  "surveys",
  "satisfied",
  "scoreSum",
  "promoters",
  "passives",
  "detractors",
  "complaints",
  "qaCount",
  "qaScoreSum",
  "cost",
];

// prettier-ignore
export const ACTIVITY_FIELDS: FieldInfo<FieldKey>[] = [
  known("date", true, [
    "day", "date time", "call date", "start date", "date start", "report date", "period start date", "日期时间",
    "呼叫日期", "统计日期", "通话日期", "来电日期", "日期/时间",
  ], K),
  known("interval", false, [
    "time", "interval start", "start time", "interval start time", "start", "call start", "call start time",
    "conversation start", "initiation timestamp", "date time start", "period start", "time interval",
    "half hour", "hour", "时间", "开始时间", "时间段", "统计时段", "呼叫时间", "来电时间", "开始时段", "时间区间",
  ], K),
  known("queue", false, [
    "channel", "skill", "team", "queue name", "skill name", "split", "split skill", "csq", "csq name",
    "topic", "campaign", "media type", "渠道", "技能组", "技能", "技能组名称", "队列名称", "业务线", "热线",
  ], K),
  known("offered", false, [
    "calls", "contacts", "calls offered", "offered calls", "contacts queued", "calls queued", "queued",
    "n offered", "incoming", "inbound calls", "calls presented", "total calls", "来电量", "呼入总量", "进线量", "排队量",
    "进入队列数", "呼入数", "来话量",
  ], S),
  known("answered", false, [
    "handled", "calls handled", "contacts handled", "calls answered", "answered calls", "acd calls",
    "n answered", "answers", "应答量", "接听量", "人工接通量", "接起量", "已接来电", "接听数", "接通数",
  ], S),
  known("abandoned", false, [
    "calls abandoned", "aban calls", "contacts abandoned", "n abandoned", "abandons", "queue abandons",
    "放弃数", "呼损量", "未接通量", "客户放弃量", "排队放弃量",
  ], S),
  known("shortAbandons", false, [
    "short abandoned", "n short abandoned", "短时放弃",
  ], S),
  known("answeredInSl", false, [
    "answered in sl", "answered within service level", "calls answered within sl", "acceptable calls",
    "within sl", "handled within sl", "n answered within sl", "服务水平内接听量", "及时接通量", "20秒内接通量",
  ], S),
  known("waitSec", false, [
    "total wait", "wait seconds", "wait time", "wait", "queue time", "queue wait time", "time in queue",
    "speed of answer", "speed of answer in seconds", "time in queue seconds", "answer time",
    "time to answer", "t answered", "total answer time", "total queue time", "等待时长", "排队时长", "振铃时长", "应答时长",
    "总排队时长",
  ], S),
  known("handleSec", false, [
    "handle time", "handling time", "total handle time", "t handle", "handle", "duration", "处理时长", "服务时长",
  ], S),
  known("staffedHours", false, ["logged in hours", "staffed time hours", "登录工时"], S),
  known("paidHours", false, ["付薪工时"], S),
  known("forecastOffered", false, ["forecast", "forecast calls", "预测量"], S),
  known("fcrResolved", false, [
    "resolved", "fcr", "first call resolution", "first contact resolution", "resolved first contact",
    "是否解决", "一次解决", "首次解决",
  ], S),
  known("fcrEligible", false, ["应解决量", "可考核量"], S),
  known("surveys", false, ["responses", "回访量", "调查量", "survey responses", "评价量"], S),
  known("satisfied", false, ["satisfied count", "满意数"], S),
  known("scoreSum", false, ["score sum", "satisfaction score", "得分"], S),
  known("promoters", false, [], S),
  known("passives", false, [], S),
  known("detractors", false, [], S),
  known("complaints", false, [], S),
  known("qaCount", false, [], S),
  known("qaScoreSum", false, ["qa score"], S),
  known("cost", false, [], S),
  // Contact records (one row per call).
  known("agent", false, [
    "agent name", "agent id", "user", "user name", "employee", "rep", "坐席姓名", "坐席工号", "工号", "话务员",
  ], R),
  known("outcome", false, [
    "answered y n", "call outcome", "call result", "result", "disposition", "status", "call status",
    "abandoned y n", "disconnect reason", "end reason", "是否接通", "接通状态", "通话结果", "呼叫状态", "挂机原因",
  ], R),
  known("talkSec", false, [
    "talk time", "talk", "talk duration", "talk seconds", "acd time", "agent interaction time", "duration",
    "call duration", "通话时间",
  ], R),
  known("holdSec", false, [
    "hold time", "hold", "customer hold time", "hold duration",
  ], R),
  known("acwSec", false, [
    "acw", "acw time", "work time", "after call work", "after call work time", "after contact work time", "wrap up time",
    "wrap time", "t acw", "话后时长", "整理时长",
  ], R),
  known("rating", false, [
    "satisfaction rating", "satisfaction", "csat", "csat score", "rating", "survey score", "满意度", "评价",
    "满意度评价",
  ], R),
  known("npsScore", false, [
    "nps", "likelihood to recommend", "recommend score", "推荐意愿", "推荐值",
  ], R),
  // Averages and percentages.
  known("asaSec", false, [
    "avg speed of answer", "avg speed answered", "speed of answer avg", "avg answer time", "avg queue time",
    "avg wait time", "avg wait", "avg time to answer", "avg queue answer time", "avg answer speed",
    "平均应答时间", "平均等待时长", "平均排队时长", "平均振铃时长", "平均接通时长",
  ], A),
  known("ahtSec", false, [
    "avg handle time", "avg handling time", "avg handle", "average handle time", "平均处理时间", "平均服务时长",
  ], A),
  known("avgTalkSec", false, [
    "avg talk time", "avg talk", "avg acd time", "avg talk duration", "avg interaction time",
    "avg agent interaction time", "avgtalkduration", "平均通话时间",
  ], A),
  known("avgHoldSec", false, [
    "avg hold time", "avg hold", "avg customer hold time",
  ], A),
  known("avgAcwSec", false, [
    "avg acw time", "avg acw", "avg work time", "avg after call work", "avg after contact work time", "avg wrap up time",
    "平均话后时长", "平均整理时长",
  ], A),
  known("avgAbandonSec", false, [
    "avg abandon time", "avg aban time", "avg time to abandon", "avg queue abandon time",
    "avg abandoned time",
  ], A),
  known("slPercent", false, [
    "sl", "sl %", "service level", "service level %", "% in sl", "% within sl", "percent in svc level",
    "% answered within sl", "服务水平", "服务水平%", "服务水平(%)", "及时接通率", "20秒接通率",
  ], A),
  known("answerPercent", false, [
    "answer rate", "% answered", "answered %", "应答率", "接听率",
  ], A),
  known("abandonPercent", false, [
    "abandon rate", "% abandoned", "abandoned %", "呼损率",
  ], A),
];

export function fieldInfo(key: string): FieldInfo<FieldKey> | undefined {
  return ACTIVITY_FIELDS.find((f) => f.key === key);
}
