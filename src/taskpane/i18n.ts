/** Every word the taskpane shows, in English and Simplified Chinese. */
import type { SlDenominator } from "../report";
import type { Lang } from "../workbook";

/** Excel's display language ("zh-CN", "zh-Hans-CN", "en-US" …) to the taskpane's language. */
export function languageFor(displayLanguage: string | undefined): Lang {
  return /^zh(-hans|-cn|-sg|$)/i.test(displayLanguage ?? "") ? "zh-CN" : "en";
}

export interface Strings {
  appTitle: string;
  language: string;
  tabReport: string;
  tabPlan: string;
  dataSource: string;
  useSelection: string;
  useTable: string;
  table: string;
  noTables: string;
  refreshTables: string;
  readData: string;
  reading: string;
  rowsRead: (rows: number, sheet: string) => string;
  emptySelection: string;
  mapping: string;
  mappingHint: string;
  notUsed: string;
  /** The disclosure holding the detected optional columns. */
  otherColumns: (detected: number) => string;
  required: string;
  /** A label with a note after it: "Calls (required)", "来电量（必填）". */
  withNote: (label: string, note: string) => string;
  column: (letter: string) => string;
  month: string;
  noMonths: string;
  jobsTable: string;
  noJobs: string;
  slDenominator: string;
  denominators: Record<SlDenominator, string>;
  reportLanguage: string;
  targets: string;
  targetsMissing: string;
  targetsPresent: string;
  createTargets: string;
  openTargets: string;
  targetsCreated: (sheet: string) => string;
  targetsProblems: string;
  buildReport: string;
  building: string;
  cancel: string;
  cancelled: string;
  reportWritten: (sheet: string) => string;
  missingRequired: (fields: string) => string;
  cannotBuild: (field: string, message: string) => string;
  excelFailed: (message: string) => string;
  forecast: string;
  planTargets: string;
  serviceLevelPct: string;
  targetTimeSec: string;
  intervalSec: string;
  intervalHint: string;
  shrinkagePct: string;
  maxOccupancyPct: string;
  patienceSec: string;
  patienceHint: string;
  hourlyCost: string;
  optional: string;
  buildPlan: string;
  planWritten: (sheet: string) => string;
  notANumber: (field: string) => string;
  planErrors: Record<string, string>;
  notInExcel: string;
  excelTooOld: string;
}

const en: Strings = {
  appTitle: "Service Planner",
  language: "Language",
  tabReport: "Report",
  tabPlan: "Staffing plan",
  dataSource: "Activity data",
  useSelection: "Current selection (with its header row)",
  useTable: "Excel table",
  table: "Table",
  noTables: "No tables in this workbook",
  refreshTables: "Refresh list",
  readData: "Read data",
  reading: "Reading…",
  rowsRead: (rows, sheet) => `${rows} rows read from '${sheet}'.`,
  emptySelection: "The selection is empty: select the table with its header row, then Read data.",
  mapping: "Columns",
  mappingHint: "Detected from the headers. Fix any column from its list.",
  notUsed: "(not used)",
  otherColumns: (detected) => `Other columns (${detected} detected)`,
  required: "required",
  withNote: (label, note) => `${label} (${note})`,
  column: (letter) => `Column ${letter}`,
  month: "Month",
  noMonths: "No month found: map the date column.",
  jobsTable: "Service jobs table (optional)",
  noJobs: "(none)",
  slDenominator: "Service level denominator",
  denominators: {
    offeredLessShortAbandons: "Offered less short abandons",
    offered: "Offered",
    answered: "Answered",
  },
  reportLanguage: "Report language",
  targets: "Targets",
  targetsMissing:
    "This workbook has no Targets table yet: the defaults will be used and written to a new Targets sheet.",
  targetsPresent: "The report uses the workbook's Targets table.",
  createTargets: "Create Targets table",
  openTargets: "Open Targets",
  targetsCreated: (sheet) => `Targets table created on sheet '${sheet}' with the default targets.`,
  targetsProblems: "The Targets table has problems:",
  buildReport: "Build report",
  building: "Writing…",
  cancel: "Cancel",
  cancelled: "Cancelled: nothing was left in the workbook.",
  reportWritten: (sheet) => `Report written to the new sheet '${sheet}'.`,
  missingRequired: (fields) => `Map the required columns first: ${fields}.`,
  cannotBuild: (field, message) => `Cannot build (${field}): ${message}`,
  excelFailed: (message) =>
    `Excel could not finish, and no half-written sheet was left: ${message}`,
  forecast: "Forecast",
  planTargets: "Targets",
  serviceLevelPct: "Service level target (%)",
  targetTimeSec: "Target answer time (s)",
  intervalSec: "Interval length (s)",
  intervalHint: "1800 for half-hours; for daily rows, the open hours × 3600.",
  shrinkagePct: "Shrinkage (%)",
  maxOccupancyPct: "Max occupancy (%)",
  patienceSec: "Average patience (s)",
  patienceHint: "Given: Erlang A (callers abandon). Empty: Erlang C.",
  hourlyCost: "Cost per staff hour",
  optional: "optional",
  buildPlan: "Build staffing plan",
  planWritten: (sheet) => `Staffing plan written to the new sheet '${sheet}'.`,
  notANumber: (field) => `${field}: enter a number.`,
  planErrors: {
    forecast:
      "The forecast has no data rows: select a header row and at least one row of calls and AHT.",
    serviceLevel: "The service level target must be between 0% and 100%.",
    targetTimeSec: "The target answer time must be more than 0 seconds.",
    intervalSec: "The interval length must be more than 0 seconds (1800 = 30 minutes).",
    shrinkage: "Shrinkage must be at least 0% and below 100%.",
    maxOccupancy: "Max occupancy must be above 0% and at most 100%, or left empty.",
    patienceSec: "Average patience must be more than 0 seconds, or left empty for Erlang C.",
    hourlyCost: "The cost per staff hour cannot be negative; leave it empty to skip costs.",
  },
  notInExcel: "Open Service Planner from Excel's Home tab to use it.",
  excelTooOld:
    "This version of Excel cannot run the taskpane (it needs Excel API 1.9: Microsoft 365, Excel 2021 or later, or Excel on the web). The =WFM functions still work.",
};

const zh: Strings = {
  appTitle: "服务规划",
  language: "语言",
  tabReport: "报表",
  tabPlan: "排班计划",
  dataSource: "话务数据",
  useSelection: "当前选定区域（含标题行）",
  useTable: "Excel 表格",
  table: "表格",
  noTables: "此工作簿中没有表格",
  refreshTables: "刷新列表",
  readData: "读取数据",
  reading: "正在读取…",
  rowsRead: (rows, sheet) => `已从“${sheet}”读取 ${rows} 行。`,
  emptySelection: "所选区域为空：请选择含标题行的表格，然后点击“读取数据”。",
  mapping: "列",
  mappingHint: "已根据标题识别。可在列表中更正任意列。",
  notUsed: "（不使用）",
  otherColumns: (detected) => `其他列（已识别 ${detected} 个）`,
  required: "必填",
  withNote: (label, note) => `${label}（${note}）`,
  column: (letter) => `第 ${letter} 列`,
  month: "月份",
  noMonths: "未找到月份：请指定日期列。",
  jobsTable: "服务工单表（可选）",
  noJobs: "（无）",
  slDenominator: "服务水平分母",
  denominators: {
    offeredLessShortAbandons: "呼入量减短时放弃",
    offered: "呼入量",
    answered: "接听量",
  },
  reportLanguage: "报表语言",
  targets: "目标",
  targetsMissing: "此工作簿还没有“Targets”目标表：将使用默认目标，并写入新的目标工作表。",
  targetsPresent: "报表使用工作簿中的“Targets”目标表。",
  createTargets: "创建目标表",
  openTargets: "打开目标表",
  targetsCreated: (sheet) => `已在工作表“${sheet}”中创建默认目标表。`,
  targetsProblems: "目标表有以下问题：",
  buildReport: "生成报表",
  building: "正在写入…",
  cancel: "取消",
  cancelled: "已取消：工作簿中未留下任何内容。",
  reportWritten: (sheet) => `报表已写入新工作表“${sheet}”。`,
  missingRequired: (fields) => `请先指定必填列：${fields}。`,
  cannotBuild: (field, message) => `无法生成（${field}）：${message}`,
  excelFailed: (message) => `Excel 未能完成，未留下写了一半的工作表：${message}`,
  forecast: "预测",
  planTargets: "目标",
  serviceLevelPct: "服务水平目标（%）",
  targetTimeSec: "目标应答时间（秒）",
  intervalSec: "时段长度（秒）",
  intervalHint: "半小时为 1800；按天的数据填营业小时数 × 3600。",
  shrinkagePct: "损耗率（%）",
  maxOccupancyPct: "最高占用率（%）",
  patienceSec: "平均耐心时长（秒）",
  patienceHint: "填写：Erlang A（客户会放弃）。留空：Erlang C。",
  hourlyCost: "每人工时成本",
  optional: "可选",
  buildPlan: "生成排班计划",
  planWritten: (sheet) => `排班计划已写入新工作表“${sheet}”。`,
  notANumber: (field) => `${field}：请输入数字。`,
  planErrors: {
    forecast: "预测没有数据行：请选择标题行及至少一行来电量和平均处理时长。",
    serviceLevel: "服务水平目标必须在 0% 到 100% 之间。",
    targetTimeSec: "目标应答时间必须大于 0 秒。",
    intervalSec: "时段长度必须大于 0 秒（1800 = 30 分钟）。",
    shrinkage: "损耗率必须不小于 0% 且小于 100%。",
    maxOccupancy: "最高占用率必须大于 0% 且不超过 100%，或留空。",
    patienceSec: "平均耐心时长必须大于 0 秒；留空则使用 Erlang C。",
    hourlyCost: "每人工时成本不能为负；留空则不计算成本。",
  },
  notInExcel: "请从 Excel 的“开始”选项卡打开“服务规划”。",
  excelTooOld:
    "此版本的 Excel 无法运行任务窗格（需要 Excel API 1.9：Microsoft 365、Excel 2021 或更高版本，或 Excel 网页版）。=WFM 函数仍可使用。",
};

export const STRINGS: Record<Lang, Strings> = { en, "zh-CN": zh };
