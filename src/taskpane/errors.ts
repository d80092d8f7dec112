/** Turns whatever a task threw into a message in the user's language. */
import { isEmptySelection } from "../excel/port";
import { WriteWorkbookError } from "../excel/writeToWorkbook";
import { ACTIVITY_FIELDS, JOB_FIELDS, ReportInputError } from "../report";
import { type Lang } from "../workbook";
import { PlanInputError } from "../plan";
import type { Strings } from "./i18n";
import type { TaskMessage } from "./useTask";

function fieldLabel(field: string, lang: Lang): string {
  const info = [...ACTIVITY_FIELDS, ...JOB_FIELDS].find((f) => f.key === field);
  return info ? info.label[lang] : field;
}

export function messageForError(error: unknown, strings: Strings, lang: Lang): TaskMessage {
  if (error instanceof WriteWorkbookError) {
    if (error.cancelled) return { intent: "warning", text: strings.cancelled };
    const cause = error.cause instanceof Error ? error.cause.message : error.message;
    return { intent: "error", text: strings.excelFailed(cause) };
  }
  if (isEmptySelection(error)) return { intent: "error", text: strings.emptySelection };
  if (error instanceof PlanInputError)
    return { intent: "error", text: strings.planErrors[error.field] ?? error.message };
  if (error instanceof ReportInputError)
    return {
      intent: "error",
      text: strings.cannotBuild(fieldLabel(error.field, lang), error.message),
    };
  const text = error instanceof Error ? error.message : String(error);
  return { intent: "error", text: strings.excelFailed(text) };
}
