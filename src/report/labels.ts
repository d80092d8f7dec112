/**
 * Every fixed word of the report sheet, from the message catalogue (src/i18n/messages/<lang>/report.json).
 * The label names are the catalogue's keys under `report.`; months and weekdays come from Intl.
 */
import { formatMonth, formatWeekday, LANGUAGES, t, type MessageKey } from "../i18n";
import type { Lang, Status } from "../workbook";
import { dayToIso } from "./dates";

/** The names of the report area's messages ("title" for report.title). */
type ReportName<K = MessageKey> = K extends `report.${infer N}` ? N : never;

const PLAIN = [
  "title",
  "period",
  "queues",
  "built",
  "definitions",
  "slDefinition",
  "complaintDefinition",
  "targetsLabel",
  "targetsFromTable",
  "targetsFromDefaults",
  "signsLabel",
  "signsRule",
  "scorecard",
  "kpi",
  "definition",
  "actual",
  "target",
  "variance",
  "prior",
  "change",
  "status",
  "weight",
  "attainment",
  "overall",
  "notMeasured",
  "notScored",
  "noTarget",
  "trend",
  "date",
  "weekday",
  "offered",
  "answered",
  "abandoned",
  "serviceLevel",
  "slTarget",
  "asa",
  "asaSeconds",
  "abandonRate",
  "satisfaction",
  "complaints",
  "noData",
  "total",
  "chartSl",
  "chartVolume",
  "chartSatisfaction",
  "byQueue",
  "queue",
  "score",
  "staffing",
  "jobs",
  "jobType",
  "standard",
  "averageHours",
  "maxHours",
  "findings",
  "quality",
  "rowsRead",
  "blankRows",
  "rowsOtherMonths",
  "rowsInMonth",
  "rowsUsed",
  "rowsPartlyUsed",
  "rowsRejected",
  "offeredCounted",
  "row",
  "problem",
  "excluded",
  "wholeRow",
  "noProblems",
  "hoursUnit",
] as const satisfies readonly ReportName[];

export type LabelKey = (typeof PLAIN)[number];
export type Labels = Readonly<Record<LabelKey, string>>;

const LABELS = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    Object.fromEntries(PLAIN.map((k) => [k, t(lang, `report.${k}` as MessageKey)])),
  ])
) as Record<Lang, Labels>;

export function labels(lang: Lang): Labels {
  return LABELS[lang];
}

const STATUS_KEYS: Record<Status, MessageKey> = {
  GREEN: "report.statusGreen",
  AMBER: "report.statusAmber",
  RED: "report.statusRed",
};

export function statusLabel(status: Status, lang: Lang): string {
  return t(lang, STATUS_KEYS[status]);
}

/** "October 2026" / "2026年10月". */
export function monthTitle(month: string, lang: Lang): string {
  const [y, m] = month.split("-").map(Number);
  return formatMonth(lang, y, m);
}

/** "Sep 2026" / "2026年9月", for column headers. */
export function monthShort(month: string, lang: Lang): string {
  const [y, m] = month.split("-").map(Number);
  return formatMonth(lang, y, m, "short");
}

/** The weekday of a day number: "Mon" / "周一" (the daily tables), "Monday" / "星期一" (sentences). */
export function weekdayName(day: number, lang: Lang, width: "short" | "long" = "short"): string {
  return formatWeekday(lang, dayToIso(day), width);
}
