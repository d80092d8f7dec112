/** Data-quality messages: what is wrong with a row, and which figures it was left out of. */
import type { Lang } from "../workbook";
import { ACTIVITY_FIELDS, type FieldKey } from "./fields";
import type { RowProblem } from "./rows";
import type { JobProblem } from "./jobs";
import { kpiDefs, type KpiSettings } from "./kpis";
import { labels } from "./labels";
import { isCallVolumeProblem } from "./callVolumes";
import { dayToIso } from "./dates";
import { inputMessage } from "../input";

const fieldLabel = (f: FieldKey | undefined, lang: Lang) =>
  ACTIVITY_FIELDS.find((x) => x.key === f)?.label[lang] ?? String(f);

export function problemText(p: RowProblem | JobProblem, lang: Lang): string {
  const en = lang === "en";
  const q = (v?: string) => `"${v ?? ""}"`;
  if (!("excluded" in p)) {
    const prefix = en ? "Service jobs: " : "服务工单：";
    const text: Record<JobProblem["code"], string> = en
      ? {
          noType: "no job type",
          noHours: "no hours taken and no usable opened/closed date-times",
          badHours: `hours taken ${q(p.value)} is not a number ≥ 0`,
          closedBeforeOpened: "closed before it was opened",
          badStandard: `standard hours ${q(p.value)} is not a number > 0`,
          noDate: p.value
            ? `date-time ${q(p.value)} is not a date, so the job belongs to no month`
            : "no opened or closed date-time, so the job belongs to no month",
        }
      : {
          noType: "缺少工单类型",
          noHours: "缺少处理时长，且受理/完成时间不可用",
          badHours: `处理时长 ${q(p.value)} 不是 ≥ 0 的数字`,
          closedBeforeOpened: "完成时间早于受理时间",
          badStandard: `标准时限 ${q(p.value)} 不是 > 0 的数字`,
          noDate: p.value
            ? `时间 ${q(p.value)} 无法识别，无法归入任何月份`
            : "缺少受理或完成时间，无法归入任何月份",
        };
    return prefix + text[p.code];
  }
  const f = fieldLabel(p.field, lang);
  const o = fieldLabel(p.other, lang);
  switch (p.code) {
    case "badDate":
      return en
        ? `date ${q(p.value)} is not a date (use an Excel date or 2026-10-01)`
        : `日期 ${q(p.value)} 无法识别（请用 Excel 日期或 2026-10-01）`;
    case "badInterval":
      return en
        ? `interval ${q(p.value)} is not a time (use 08:30)`
        : `时段 ${q(p.value)} 无法识别（请用 08:30）`;
    case "empty":
      return en ? `${f} is empty` : `${f}为空`;
    case "text":
      return en ? `${f} ${q(p.value)} is not a number` : `${f} ${q(p.value)} 不是数字`;
    case "negative":
      return en ? `${f} ${p.value} is negative` : `${f} ${p.value} 为负数`;
    case "exceeds":
      return en ? `${f} > ${o}` : `${f} > ${o}`;
    case "countsDisagree":
      return en
        ? `answered + abandoned ≠ offered (${p.value ?? ""})`
        : `接通量 + 放弃量 ≠ 呼入量（${p.value ?? ""}）`;
    case "duplicate":
      return en
        ? `repeats the date, interval and queue of row ${p.otherRow} (counted once)`
        : `与第 ${p.otherRow} 行的日期、时段和队列重复（只计一次）`;
    case "ambiguousNumber":
    case "badDuration":
    case "badFlag":
    case "badPercent":
      return inputMessage(p.code, { field: f, value: p.value ?? "" }, lang);
    case "badScore":
      return inputMessage("badScore", { field: f, value: p.value ?? "", scale: "1–10" }, lang);
    case "totalRow":
      return inputMessage("totalRow", {}, lang);
    case "unknownOutcome":
      return inputMessage("unknownOutcome", { value: p.value ?? "" }, lang);
    case "multiDay":
      return inputMessage(
        "multiDay",
        {
          from: p.day === null ? "?" : dayToIso(p.day),
          to: p.toDay === undefined ? "?" : dayToIso(p.toDay),
        },
        lang
      );
    case "overStaffedTime":
      return en
        ? `handle time exceeds staffed time (occupancy over 100%)`
        : `处理时长超过在线时长（占用率超过 100%）`;
  }
}

/** The KPIs a problem's excluded fields feed, e.g. "Service level, Answer rate, …", or "the whole row". */
export function excludedText(p: RowProblem, settings: KpiSettings, lang: Lang): string {
  if (p.excluded === "row") return labels(lang).wholeRow;
  const fields = p.excluded;
  const sep = lang === "en" ? ", " : "、";
  const defs = kpiDefs(settings);
  const hit = defs.filter((d) => d.inputs.some((i) => fields.includes(i)));
  const list = hit.length
    ? hit.map((d) => d.label[lang]).join(sep)
    : fields.map((f) => fieldLabel(f, lang)).join(sep);
  if (!isCallVolumeProblem(p)) return list;
  // Spec §5: say which of the row's independent figures still count.
  const kept = defs.filter((d) => d.inputs.every((i) => p.kept.includes(i)));
  const still = kept.length ? kept.map((d) => d.label[lang]).join(sep) : null;
  return lang === "en"
    ? `every call-volume figure (offered, answered, abandoned; ${list}); ${still ? `still used for ${still}` : "nothing else in the row is used"}`
    : `所有话务量指标（呼入量、接通量、放弃量；${list}）；${still ? `仍计入${still}` : "该行其他数据也未使用"}`;
}
