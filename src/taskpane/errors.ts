/** Turns whatever a task threw into a message in the user's language. */
import { isDataChanged } from "../excel/reportInWorkbook";
import { isEmptySelection, isReadCancelled } from "../excel/port";
import { WriteWorkbookError } from "../excel/writeToWorkbook";
import { ACTIVITY_FIELDS, JOB_FIELDS, ReportInputError } from "../report";
import { type Lang } from "../workbook";
import { PlanInputError } from "../plan";
import { errorText, isMessageKey, t } from "../i18n";
import type { Strings } from "./i18n";
import type { TaskMessage } from "./useTask";

function fieldLabel(field: string, lang: Lang): string {
  const info = [...ACTIVITY_FIELDS, ...JOB_FIELDS].find((f) => f.key === field);
  return info ? info.label[lang] : field;
}

/**
 * What Excel said, for a person: its error code in words when we know it, and its message without the
 * "RichApi.Error" type name Office.js puts in front.
 */
export function excelText(error: unknown, lang: Lang): string {
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw.replace(/\bRichApi\.Error:?\s*/g, "").trim();
  const code =
    error && typeof error === "object" && "code" in error
      ? String((error as { code: unknown }).code)
      : (/^(\w+):/.exec(message)?.[1] ?? "");
  const key = `taskpane.excel${code}`;
  const known = code && isMessageKey(key) ? t(lang, key) : undefined;
  // Excel's own words go in the language's brackets: full-width in Chinese.
  return known ? t(lang, "common.withNote", { text: known, note: message }) : message;
}

function hasCatalogueMessage(error: unknown): boolean {
  const key = (error as { key?: unknown } | null)?.key;
  return error instanceof Error && typeof key === "string" && isMessageKey(key);
}

export function messageForError(error: unknown, strings: Strings, lang: Lang): TaskMessage {
  if (isReadCancelled(error)) return { intent: "warning", text: strings.cancelled };
  if (error instanceof WriteWorkbookError) {
    if (error.cancelled) return { intent: "warning", text: strings.cancelled };
    return { intent: "error", text: strings.excelFailed(excelText(error.cause ?? error, lang)) };
  }
  if (isEmptySelection(error)) return { intent: "error", text: strings.emptySelection };
  if (isDataChanged(error))
    return {
      intent: "error",
      text: t(lang, "taskpane.dataChanged", { sheet: (error as { sheetName: string }).sheetName }),
    };
  if (error instanceof PlanInputError)
    return { intent: "error", text: strings.planErrors[error.field] ?? errorText(lang, error) };
  if (error instanceof ReportInputError)
    return {
      intent: "error",
      text: strings.cannotBuild(fieldLabel(error.field, lang), errorText(lang, error)),
    };
  // Any other error carrying a catalogue message (the engine's Erlang checks) says its fix in the user's
  // language; it is not Excel's failure.
  if (hasCatalogueMessage(error)) return { intent: "error", text: errorText(lang, error) };
  return { intent: "error", text: strings.excelFailed(excelText(error, lang)) };
}
