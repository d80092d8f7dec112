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
import { message, t, type MessageKey } from "../i18n";

const fieldLabel = (f: FieldKey | undefined, lang: Lang) =>
  ACTIVITY_FIELDS.find((x) => x.key === f)?.label[lang] ?? String(f);

const JOB_PROBLEMS: Record<JobProblem["code"], MessageKey> = {
  noType: "report.problemJobNoType",
  noHours: "report.problemJobNoHours",
  badHours: "report.problemJobBadHours",
  closedBeforeOpened: "report.problemJobClosedBeforeOpened",
  badStandard: "report.problemJobBadStandard",
  noDate: "report.problemJobNoDate",
};

export function problemText(p: RowProblem | JobProblem, lang: Lang): string {
  const value = p.value ?? "";
  if (!("excluded" in p)) {
    const key = p.code === "noDate" && p.value ? "report.problemJobBadDate" : JOB_PROBLEMS[p.code];
    return t(lang, "report.problemJob", { problem: message(key, { value }) });
  }
  const field = fieldLabel(p.field, lang);
  switch (p.code) {
    case "badDate":
      return t(lang, "report.problemBadDate", { value });
    case "badInterval":
      return t(lang, "report.problemBadInterval", { value });
    case "empty":
      return t(lang, "report.problemEmpty", { field });
    case "text":
      return t(lang, "report.problemText", { field, value });
    case "negative":
      return t(lang, "report.problemNegative", { field, value });
    case "exceeds":
      return t(lang, "report.problemExceeds", { field, other: fieldLabel(p.other, lang) });
    case "countsDisagree":
      return t(lang, "report.problemCountsDisagree", { value });
    case "duplicate":
      return t(lang, "report.problemDuplicate", { row: String(p.otherRow) });
    case "ambiguousNumber":
    case "badDuration":
    case "badFlag":
    case "badPercent":
      return inputMessage(p.code, { field, value }, lang);
    case "badScore":
      return inputMessage("badScore", { field, value, scale: "1–10" }, lang);
    case "totalRow":
      return inputMessage("totalRow", {}, lang);
    case "unknownOutcome":
      return inputMessage("unknownOutcome", { value }, lang);
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
      return t(lang, "report.problemOverStaffedTime");
  }
}

/** The KPIs a problem's excluded fields feed, e.g. "Service level, Answer rate, …", or "the whole row". */
export function excludedText(p: RowProblem, settings: KpiSettings, lang: Lang): string {
  if (p.excluded === "row") return labels(lang).wholeRow;
  const fields = p.excluded;
  const defs = kpiDefs(settings);
  const hit = defs.filter((d) => d.inputs.some((i) => fields.includes(i)));
  const sep = t(lang, "report.itemSeparator");
  const list = (
    hit.length ? hit.map((d) => d.label[lang]) : fields.map((f) => fieldLabel(f, lang))
  ).join(sep);
  if (!isCallVolumeProblem(p)) return list;
  // Spec §5: say which of the row's independent figures still count.
  const kept = defs.filter((d) => d.inputs.every((i) => p.kept.includes(i)));
  return t(lang, "report.excludedCallVolumes", {
    kpis: list,
    still: kept.length
      ? message("report.excludedStillUsedFor", {
          kpis: kept.map((d) => d.label[lang]).join(sep),
        })
      : message("report.excludedNothingElse"),
  });
}
