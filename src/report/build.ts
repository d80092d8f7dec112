import type { WorkbookModel } from "../workbook";
import type { ColumnMapping } from "./fields";
import type { RawTable } from "./rows";
import type { ReportOptions } from "./options";
import { analyse, type Analysis } from "./analysis";
import { layoutReport } from "./layout/sheet";

/**
 * Builds the whole report as data. Throws ReportInputError (with .field and a message saying the fix) when
 * the input cannot make a report (required column missing, month not in data); bad rows never throw.
 */
export function buildReport(
  activity: RawTable,
  mapping: ColumnMapping,
  options: ReportOptions
): WorkbookModel {
  return buildReportWithAnalysis(activity, mapping, options).model;
}

/** The model and the figures behind it (the command line prints the scorecard from them). */
export function buildReportWithAnalysis(
  activity: RawTable,
  mapping: ColumnMapping,
  options: ReportOptions
): { model: WorkbookModel; analysis: Analysis } {
  const analysis = analyse(activity, mapping, options);
  options.onProgress?.(0.9, "layout");
  const model = layoutReport(analysis, options);
  options.onProgress?.(1, "done");
  return { model, analysis };
}
