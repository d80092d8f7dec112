/**
 * Every column the reader understands, with its header aliases in English and Chinese. Three groups:
 * the activity table's own fields (sums: report.md §1), the fields of contact records (one row per call),
 * and the averages and percentages platform exports carry. Aliases include the report-field names of the
 * platforms contact centres export from (Avaya CMS, Cisco UCCX, Genesys Cloud, Amazon Connect, Five9,
 * NICE CXone, Alibaba Cloud/Huawei/ZTE style 话务报表); docs/input.md lists them with their public sources.
 * Aliases are compared by words (headers.ts), so one spelling covers case, order, plural and punctuation.
 */

export type Lang = "en" | "zh-CN";

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
  field("date", true, "Date", "日期", [
    "day", "date time", "call date", "start date", "date start", "report date", "period start date", "日期时间",
    "呼叫日期", "统计日期", "通话日期", "来电日期", "日期/时间",
  ], K),
  field("interval", false, "Interval", "时段", [
    "time", "interval start", "start time", "interval start time", "start", "call start", "call start time",
    "conversation start", "initiation timestamp", "date time start", "period start", "time interval",
    "half hour", "hour", "时间", "开始时间", "时间段", "统计时段", "呼叫时间", "来电时间", "开始时段", "时间区间",
  ], K),
  field("queue", false, "Queue", "队列", [
    "channel", "skill", "team", "queue name", "skill name", "split", "split skill", "csq", "csq name",
    "topic", "campaign", "media type", "渠道", "技能组", "技能", "技能组名称", "队列名称", "业务线", "热线",
  ], K),
  field("offered", false, "Offered", "呼入量", [
    "calls", "contacts", "calls offered", "offered calls", "contacts queued", "calls queued", "queued",
    "n offered", "incoming", "inbound calls", "calls presented", "total calls", "来电量", "呼入总量", "进线量", "排队量",
    "进入队列数", "呼入数", "来话量",
  ], S),
  field("answered", false, "Answered", "接听量", [
    "handled", "calls handled", "contacts handled", "calls answered", "answered calls", "acd calls",
    "n answered", "answers", "应答量", "接通量", "人工接通量", "接起量", "已接来电", "接听数", "接通数",
  ], S),
  field("abandoned", false, "Abandoned", "放弃量", [
    "calls abandoned", "aban calls", "contacts abandoned", "n abandoned", "abandons", "queue abandons",
    "放弃数", "呼损量", "未接通量", "客户放弃量", "排队放弃量",
  ], S),
  field("shortAbandons", false, "Short abandons", "短时放弃", [
    "short abandoned", "n short abandoned", "短时放弃量",
  ], S),
  field("answeredInSl", false, "Answered within SL", "服务水平内接听量", [
    "answered in sl", "answered within service level", "calls answered within sl", "acceptable calls",
    "within sl", "handled within sl", "n answered within sl", "服务水平内接通量", "及时接通量", "20秒内接通量",
  ], S),
  field("waitSec", false, "Total wait seconds", "总等待时长", [
    "total wait", "wait seconds", "wait time", "wait", "queue time", "queue wait time", "time in queue",
    "speed of answer", "speed of answer in seconds", "time in queue seconds", "answer time",
    "time to answer", "t answered", "total answer time", "total queue time", "等待时长", "排队时长", "振铃时长", "应答时长",
    "总排队时长",
  ], S),
  field("handleSec", false, "Total handle seconds", "总处理时长", [
    "handle time", "handling time", "total handle time", "t handle", "handle", "duration", "处理时长", "服务时长",
  ], S),
  field("staffedHours", false, "Staffed hours", "在线工时", ["logged in hours", "staffed time hours", "登录工时"], S),
  field("paidHours", false, "Paid hours", "付薪工时", [], S),
  field("forecastOffered", false, "Forecast offered", "预测量", ["forecast", "forecast calls"], S),
  field("fcrResolved", false, "First contact resolved", "一次解决量", [
    "resolved", "fcr", "first call resolution", "first contact resolution", "resolved first contact",
    "是否解决", "一次解决", "首次解决",
  ], S),
  field("fcrEligible", false, "First contact eligible", "应解决量", [], S),
  field("surveys", false, "Surveys", "参评量", ["responses", "回访量", "调查量", "survey responses", "评价量"], S),
  field("satisfied", false, "Satisfied", "满意数", ["satisfied count", "满意量"], S),
  field("scoreSum", false, "Satisfaction score sum", "满意度得分合计", ["score sum", "satisfaction score", "得分"], S),
  field("promoters", false, "Promoters", "推荐者", [], S),
  field("passives", false, "Passives", "中立者", [], S),
  field("detractors", false, "Detractors", "贬损者", [], S),
  field("complaints", false, "Complaints", "投诉量", [], S),
  field("qaCount", false, "QA evaluations", "质检量", [], S),
  field("qaScoreSum", false, "QA score sum", "质检得分合计", ["qa score"], S),
  field("cost", false, "Cost", "成本", [], S),
  // Contact records (one row per call).
  field("agent", false, "Agent", "坐席", [
    "agent name", "agent id", "user", "user name", "employee", "rep", "坐席姓名", "坐席工号", "工号", "话务员",
  ], R),
  field("outcome", false, "Outcome", "呼叫结果", [
    "answered y n", "call outcome", "call result", "result", "disposition", "status", "call status",
    "abandoned y n", "disconnect reason", "end reason", "是否接通", "接通状态", "通话结果", "呼叫状态", "挂机原因",
  ], R),
  field("talkSec", false, "Talk time", "通话时长", [
    "talk time", "talk", "talk duration", "talk seconds", "acd time", "agent interaction time", "duration",
    "call duration", "通话时间",
  ], R),
  field("holdSec", false, "Hold time", "保持时长", [
    "hold time", "hold", "customer hold time", "hold duration",
  ], R),
  field("acwSec", false, "After-call work", "话后处理时长", [
    "acw", "acw time", "work time", "after call work", "after call work time", "after contact work time", "wrap up time",
    "wrap time", "t acw", "话后时长", "整理时长",
  ], R),
  field("rating", false, "Satisfaction rating", "满意度评分", [
    "satisfaction rating", "satisfaction", "csat", "csat score", "rating", "survey score", "满意度", "评价",
    "满意度评价",
  ], R),
  field("npsScore", false, "NPS score", "NPS 评分", [
    "nps", "likelihood to recommend", "recommend score", "推荐意愿", "推荐值",
  ], R),
  // Averages and percentages.
  field("asaSec", false, "ASA", "平均应答时间", [
    "avg speed of answer", "avg speed answered", "speed of answer avg", "avg answer time", "avg queue time",
    "avg wait time", "avg wait", "avg time to answer", "avg queue answer time", "avg answer speed",
    "平均应答时长", "平均等待时长", "平均排队时长", "平均振铃时长", "平均接通时长",
  ], A),
  field("ahtSec", false, "AHT", "平均处理时长", [
    "avg handle time", "avg handling time", "avg handle", "average handle time", "平均处理时间", "平均服务时长",
  ], A),
  field("avgTalkSec", false, "Average talk time", "平均通话时长", [
    "avg talk time", "avg talk", "avg acd time", "avg talk duration", "avg interaction time",
    "avg agent interaction time", "avgtalkduration", "平均通话时间",
  ], A),
  field("avgHoldSec", false, "Average hold time", "平均保持时长", [
    "avg hold time", "avg hold", "avg customer hold time",
  ], A),
  field("avgAcwSec", false, "Average after-call work", "平均话后处理时长", [
    "avg acw time", "avg acw", "avg work time", "avg after call work", "avg after contact work time", "avg wrap up time",
    "平均话后时长", "平均整理时长",
  ], A),
  field("avgAbandonSec", false, "Average abandon time", "平均放弃时长", [
    "avg abandon time", "avg aban time", "avg time to abandon", "avg queue abandon time",
    "avg abandoned time",
  ], A),
  field("slPercent", false, "Service level %", "服务水平 %", [
    "sl", "sl %", "service level", "service level %", "% in sl", "% within sl", "percent in svc level",
    "% answered within sl", "服务水平", "服务水平%", "服务水平(%)", "及时接通率", "20秒接通率",
  ], A),
  field("answerPercent", false, "Answer rate %", "接通率", [
    "answer rate", "% answered", "answered %", "应答率", "接听率",
  ], A),
  field("abandonPercent", false, "Abandon rate %", "放弃率", [
    "abandon rate", "% abandoned", "abandoned %", "呼损率",
  ], A),
];

export function fieldInfo(key: string): FieldInfo<FieldKey> | undefined {
  return ACTIVITY_FIELDS.find((f) => f.key === key);
}
