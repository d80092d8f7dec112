/** The report core's public API, shared by the taskpane (src/excel) and the command line (src/xlsx, src/cli). */
export { ReportInputError } from "./errors";
export type { RawTable } from "./rows";
export { availableMonths, undecidedDateOrder } from "./rows";
export type { FieldKey, JobFieldKey, FieldInfo, ColumnMapping } from "./fields";
export { ACTIVITY_FIELDS, JOB_FIELDS, detectColumns } from "./fields";
export type { SlDenominator, KpiKey } from "./kpis";
export type { Target } from "./targets";
export { defaultTargets, targetsToTable, targetsFromTable } from "./targets";
export type { ReportOptions } from "./options";
export { DEFAULT_REPORT_OPTIONS } from "./options";
export { buildReport } from "./build";
export { buildReportWithAnalysis } from "./build";
export type { Analysis } from "./analysis";
export type { KpiUnit } from "./kpis";
export { headerKey } from "./fields";
export { labels, monthShort, monthTitle, statusLabel } from "./labels";
export { coverageText } from "./text";
export { formatKpiValue, formatSignedDifference, roundText } from "./units";
export { unitContext } from "./analysis";
export { queuesTitle } from "./layout/sheet";
export { dayToIso, monthFirstDay, weekdayOf } from "./dates";
export {
  PROBLEMS_SHOWN,
  problemTable,
  problemCount,
  problemKinds,
  kindLabel,
  reconciliation,
  reconciliationText,
} from "./problemList";
