/**
 * The KPI catalogue (spec §2). Every monthly value is a ratio of sums over the rows whose inputs are all
 * valid — never an average of daily rates — so a quiet day weighs what it weighs in calls:
 *   value = transform( Σ numerator(row) / Σ denominator(row) ).
 * A KPI with no usable rows (or a zero denominator) is null: "not measured", never 0.
 */
import type { Lang } from "../workbook";
import type { ActivityRow, NumericField } from "./rows";

export type KpiKey =
  | "serviceLevel"
  | "answerRate"
  | "abandonRate"
  | "asa"
  | "aht"
  | "occupancy"
  | "shrinkage"
  | "callsPerStaffedHour"
  | "forecastAccuracy"
  | "fcr"
  | "satisfactionRate"
  | "satisfactionScore"
  | "nps"
  | "complaintRate"
  | "qaScore"
  | "costPerCall";

export type SlDenominator = "offered" | "offeredLessShortAbandons" | "answered";

/** How a KPI's value is shown: a ratio (as %), seconds, a plain number, money. */
export type KpiUnit = "ratio" | "seconds" | "number" | "points" | "money";

export interface KpiSettings {
  slDenominator: SlDenominator;
  slThresholdSec: number;
  complaintBase: number;
}

export interface KpiDef {
  key: KpiKey;
  unit: KpiUnit;
  label: Record<Lang, string>;
  inputs: NumericField[];
  numerator: (v: Record<NumericField, number>) => number;
  denominator: (v: Record<NumericField, number>) => number;
  transform: (ratio: number) => number;
}

const same = (x: number) => x;
const oneMinus = (x: number) => 1 - x;

function slDenominatorOf(settings: KpiSettings): {
  inputs: NumericField[];
  den: KpiDef["denominator"];
} {
  switch (settings.slDenominator) {
    case "offered":
      return { inputs: ["offered"], den: (v) => v.offered };
    case "answered":
      return { inputs: ["answered"], den: (v) => v.answered };
    default:
      return { inputs: ["offered", "shortAbandons"], den: (v) => v.offered - v.shortAbandons };
  }
}

export function kpiDefs(settings: KpiSettings): KpiDef[] {
  const sl = slDenominatorOf(settings);
  const d = (
    key: KpiKey,
    unit: KpiUnit,
    en: string,
    zh: string,
    inputs: NumericField[],
    numerator: KpiDef["numerator"],
    denominator: KpiDef["denominator"],
    transform: KpiDef["transform"] = same
  ): KpiDef => ({
    key,
    unit,
    label: { en, "zh-CN": zh },
    inputs,
    numerator,
    denominator,
    transform,
  });
  return [
    d(
      "serviceLevel",
      "ratio",
      "Service level",
      "服务水平",
      ["answeredInSl", ...sl.inputs],
      (v) => v.answeredInSl,
      sl.den
    ),
    d(
      "answerRate",
      "ratio",
      "Answer rate",
      "接通率",
      ["answered", "offered"],
      (v) => v.answered,
      (v) => v.offered
    ),
    d(
      "abandonRate",
      "ratio",
      "Abandon rate",
      "放弃率",
      ["abandoned", "offered"],
      (v) => v.abandoned,
      (v) => v.offered
    ),
    d(
      "asa",
      "seconds",
      "ASA",
      "平均应答时长",
      ["waitSec", "answered"],
      (v) => v.waitSec,
      (v) => v.answered
    ),
    d(
      "aht",
      "seconds",
      "AHT",
      "平均处理时长",
      ["handleSec", "answered"],
      (v) => v.handleSec,
      (v) => v.answered
    ),
    d(
      "occupancy",
      "ratio",
      "Occupancy",
      "占用率",
      ["handleSec", "staffedHours"],
      (v) => v.handleSec,
      (v) => v.staffedHours * 3600
    ),
    d(
      "shrinkage",
      "ratio",
      "Shrinkage",
      "人力损耗率",
      ["staffedHours", "paidHours"],
      (v) => v.staffedHours,
      (v) => v.paidHours,
      oneMinus
    ),
    d(
      "callsPerStaffedHour",
      "number",
      "Calls per staffed hour",
      "每在线工时接通量",
      ["answered", "staffedHours"],
      (v) => v.answered,
      (v) => v.staffedHours
    ),
    d(
      "forecastAccuracy",
      "ratio",
      "Forecast accuracy",
      "预测准确率",
      ["forecastOffered", "offered"],
      (v) => Math.abs(v.forecastOffered - v.offered),
      (v) => v.offered,
      oneMinus
    ),
    d(
      "fcr",
      "ratio",
      "First-contact resolution",
      "一次解决率",
      ["fcrResolved", "fcrEligible"],
      (v) => v.fcrResolved,
      (v) => v.fcrEligible
    ),
    d(
      "satisfactionRate",
      "ratio",
      "Satisfaction rate",
      "满意率",
      ["satisfied", "surveys"],
      (v) => v.satisfied,
      (v) => v.surveys
    ),
    d(
      "satisfactionScore",
      "points",
      "Satisfaction score",
      "满意度得分",
      ["scoreSum", "surveys"],
      (v) => v.scoreSum,
      (v) => v.surveys
    ),
    d(
      "nps",
      "points",
      "NPS",
      "净推荐值",
      ["promoters", "passives", "detractors"],
      (v) => v.promoters - v.detractors,
      (v) => v.promoters + v.passives + v.detractors,
      (x) => x * 100
    ),
    d(
      "complaintRate",
      "number",
      "Complaint rate",
      "投诉率",
      ["complaints", "answered"],
      (v) => v.complaints,
      (v) => v.answered,
      (x) => x * settings.complaintBase
    ),
    d(
      "qaScore",
      "points",
      "QA score",
      "质检得分",
      ["qaScoreSum", "qaCount"],
      (v) => v.qaScoreSum,
      (v) => v.qaCount
    ),
    d(
      "costPerCall",
      "money",
      "Cost per call",
      "单通成本",
      ["cost", "answered"],
      (v) => v.cost,
      (v) => v.answered
    ),
  ];
}

export const KPI_KEYS: KpiKey[] = kpiDefs({
  slDenominator: "offered",
  slThresholdSec: 20,
  complaintBase: 10000,
}).map((k) => k.key);

/** The definition line shown next to each KPI, in the report's language. */
export function kpiDefinition(
  key: KpiKey,
  settings: KpiSettings,
  lang: Lang,
  hasShortAbandons = true
): string {
  const t = settings.slThresholdSec;
  const base = settings.complaintBase.toLocaleString("en-US");
  const slDen: Record<SlDenominator, Record<Lang, string>> = {
    offered: { en: "offered", "zh-CN": "呼入量" },
    offeredLessShortAbandons: hasShortAbandons
      ? { en: "(offered − short abandons)", "zh-CN": "（呼入量 − 短时放弃量）" }
      : { en: "offered (no short abandons in data)", "zh-CN": "呼入量（数据中无短时放弃量）" },
    answered: { en: "answered", "zh-CN": "接通量" },
  };
  const en: Record<KpiKey, string> = {
    serviceLevel: `answered ≤${t} s / ${slDen[settings.slDenominator].en}`,
    answerRate: "answered / offered",
    abandonRate: "abandoned / offered",
    asa: "total wait / answered",
    aht: "total handle time / answered",
    occupancy: "handle time / staffed time",
    shrinkage: "1 − staffed hours / paid hours",
    callsPerStaffedHour: "answered / staffed hours",
    forecastAccuracy: "1 − Σ|forecast − offered| / Σ offered",
    fcr: "resolved first time / eligible",
    satisfactionRate: "satisfied / surveys",
    satisfactionScore: "score sum / surveys",
    nps: "(promoters − detractors) / responses × 100",
    complaintRate: `complaints per ${base} answered`,
    qaScore: "QA score sum / evaluations",
    costPerCall: "cost / answered",
  };
  const zh: Record<KpiKey, string> = {
    serviceLevel: `${t}秒内接通量 / ${slDen[settings.slDenominator]["zh-CN"]}`,
    answerRate: "接通量 / 呼入量",
    abandonRate: "放弃量 / 呼入量",
    asa: "总等待时长 / 接通量",
    aht: "总处理时长 / 接通量",
    occupancy: "处理时长 / 在线时长",
    shrinkage: "1 − 在线工时 / 付薪工时",
    callsPerStaffedHour: "接通量 / 在线工时",
    forecastAccuracy: "1 − Σ|预测量 − 呼入量| / Σ呼入量",
    fcr: "一次解决量 / 应解决量",
    satisfactionRate: "满意数 / 参评量",
    satisfactionScore: "满意度得分合计 / 参评量",
    nps: "（推荐者 − 贬损者）/ 有效样本数 × 100",
    complaintRate: `每${base}通接通投诉量`,
    qaScore: "质检得分合计 / 质检量",
    costPerCall: "成本 / 接通量",
  };
  return lang === "en" ? en[key] : zh[key];
}

/** Σnum and Σden of one KPI over rows; both 0 when no row has all the KPI's inputs. */
export function kpiSums(
  def: KpiDef,
  rows: ActivityRow[]
): { num: number; den: number; rows: number } {
  let num = 0;
  let den = 0;
  let used = 0;
  for (const row of rows) {
    const v = row.v as Record<NumericField, number>;
    if (def.inputs.some((f) => v[f] === undefined)) continue;
    num += def.numerator(v);
    den += def.denominator(v);
    used++;
  }
  return { num, den, rows: used };
}

export function kpiValue(def: KpiDef, rows: ActivityRow[]): number | null {
  const { num, den, rows: used } = kpiSums(def, rows);
  if (used === 0 || den === 0) return null;
  return def.transform(num / den);
}

export type KpiValues = Record<KpiKey, number | null>;

export function computeKpis(rows: ActivityRow[], settings: KpiSettings): KpiValues {
  const out = {} as KpiValues;
  for (const def of kpiDefs(settings)) out[def.key] = kpiValue(def, rows);
  return out;
}
