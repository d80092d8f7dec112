/** The staffing plan's words in English and Simplified Chinese. */
import type { Lang } from "../workbook";

export interface PlanLabels {
  title: (sheet: string) => string;
  note: string;
  inputs: string;
  serviceLevel: string;
  targetTimeSec: string;
  intervalSec: string;
  shrinkage: string;
  maxOccupancy: string;
  patienceSec: string;
  hourlyCost: string;
  /** Shown instead of an input the plan was built without: the formulas cannot pick it up later. */
  patienceNotUsed: string;
  costNotUsed: string;
  date: string;
  interval: string;
  calls: string;
  ahtSec: string;
  agents: string;
  achievedServiceLevel: string;
  asaSec: string;
  occupancy: string;
  abandonRate: string;
  fte: string;
  staffToSchedule: string;
  staffHours: string;
  cost: string;
  dailyTotals: string;
  agentHours: string;
  peakFte: string;
  total: string;
  chartTitle: string;
  sheetName: string;
}

export const PLAN_LABELS: Record<Lang, PlanLabels> = {
  en: {
    title: (sheet) => `Staffing plan for the forecast on '${sheet}'`,
    note: "Every figure is a live formula on the forecast's cells and the inputs below: change them and the plan recalculates.",
    inputs: "Inputs",
    serviceLevel: "Service level target",
    targetTimeSec: "Target answer time (s)",
    intervalSec: "Interval length (s)",
    shrinkage: "Shrinkage",
    maxOccupancy: "Max occupancy",
    patienceSec: "Average patience (s)",
    hourlyCost: "Cost per staff hour",
    patienceNotUsed: "not used: Erlang C (build the plan again with a patience for Erlang A)",
    costNotUsed: "not used (build the plan again with a cost per hour)",
    date: "Date",
    interval: "Interval",
    calls: "Calls",
    ahtSec: "AHT (s)",
    agents: "Required agents",
    achievedServiceLevel: "Service level",
    asaSec: "ASA (s)",
    occupancy: "Occupancy",
    abandonRate: "Abandon rate",
    fte: "FTE",
    staffToSchedule: "Staff to schedule",
    staffHours: "Staff hours",
    cost: "Cost",
    dailyTotals: "Daily totals",
    agentHours: "Agent hours",
    peakFte: "Peak FTE",
    total: "Total",
    chartTitle: "Required agents vs staff to schedule",
    sheetName: "Staffing plan",
  },
  "zh-CN": {
    title: (sheet) => `'${sheet}' 预测的排班计划`,
    note: "所有数字都是引用预测单元格和下方参数的实时公式：修改后计划会自动重算。",
    inputs: "参数",
    serviceLevel: "服务水平目标",
    targetTimeSec: "目标应答时间（秒）",
    intervalSec: "时段长度（秒）",
    shrinkage: "损耗率",
    maxOccupancy: "最高占用率",
    patienceSec: "平均耐心时长（秒）",
    hourlyCost: "每人工时成本",
    patienceNotUsed: "未使用：Erlang C（填写平均耐心时长后重新生成排班计划即为 Erlang A）",
    costNotUsed: "未使用（填写每人工时成本后重新生成排班计划）",
    date: "日期",
    interval: "时段",
    calls: "来电量",
    ahtSec: "平均处理时长（秒）",
    agents: "所需坐席",
    achievedServiceLevel: "服务水平",
    asaSec: "平均应答时间（秒）",
    occupancy: "占用率",
    abandonRate: "放弃率",
    fte: "全职当量",
    staffToSchedule: "排班人数",
    staffHours: "排班工时",
    cost: "成本",
    dailyTotals: "每日合计",
    agentHours: "坐席工时",
    peakFte: "峰值全职当量",
    total: "合计",
    chartTitle: "所需坐席与排班人数",
    sheetName: "排班计划",
  },
};
