/**
 * The KPI catalogue (spec §2). Every monthly value is a ratio of sums over the rows whose inputs are all
 * valid — never an average of daily rates — so a quiet day weighs what it weighs in calls:
 *   value = transform( Σ numerator(row) / Σ denominator(row) ).
 * A KPI with no usable rows (or a zero denominator) is null: "not measured", never 0.
 */
import { LANGUAGES, t, type MessageKey } from "../i18n";
import type { Lang } from "../workbook";
import { complaintBaseText } from "./units";
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

/** Each KPI's name (the glossary's term) and definition in the catalogue. */
const KPI_LABELS: Record<KpiKey, MessageKey> = {
  serviceLevel: "report.kpiServiceLevel",
  answerRate: "report.kpiAnswerRate",
  abandonRate: "report.kpiAbandonRate",
  asa: "report.kpiAsa",
  aht: "report.kpiAht",
  occupancy: "report.kpiOccupancy",
  shrinkage: "report.kpiShrinkage",
  callsPerStaffedHour: "report.kpiCallsPerStaffedHour",
  forecastAccuracy: "report.kpiForecastAccuracy",
  fcr: "report.kpiFcr",
  satisfactionRate: "report.kpiSatisfactionRate",
  satisfactionScore: "report.kpiSatisfactionScore",
  nps: "report.kpiNps",
  complaintRate: "report.kpiComplaintRate",
  qaScore: "report.kpiQaScore",
  costPerCall: "report.kpiCostPerCall",
};
const KPI_DEFINITIONS: Record<KpiKey, MessageKey> = {
  serviceLevel: "report.defServiceLevel",
  answerRate: "report.defAnswerRate",
  abandonRate: "report.defAbandonRate",
  asa: "report.defAsa",
  aht: "report.defAht",
  occupancy: "report.defOccupancy",
  shrinkage: "report.defShrinkage",
  callsPerStaffedHour: "report.defCallsPerStaffedHour",
  forecastAccuracy: "report.defForecastAccuracy",
  fcr: "report.defFcr",
  satisfactionRate: "report.defSatisfactionRate",
  satisfactionScore: "report.defSatisfactionScore",
  nps: "report.defNps",
  complaintRate: "report.defComplaintRate",
  qaScore: "report.defQaScore",
  costPerCall: "report.defCostPerCall",
};

/** A KPI's name in every language of the catalogue (the Targets table reads any of them back). */
const kpiLabels = (key: KpiKey): Record<Lang, string> => LABELS[key];
const LABELS = Object.fromEntries(
  Object.entries(KPI_LABELS).map(([key, message]) => [
    key,
    Object.fromEntries(LANGUAGES.map((lang) => [lang, t(lang, message)])),
  ])
) as Record<KpiKey, Record<Lang, string>>;

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
    inputs: NumericField[],
    numerator: KpiDef["numerator"],
    denominator: KpiDef["denominator"],
    transform: KpiDef["transform"] = same
  ): KpiDef => ({
    key,
    unit,
    label: kpiLabels(key),
    inputs,
    numerator,
    denominator,
    transform,
  });
  return [
    d("serviceLevel", "ratio", ["answeredInSl", ...sl.inputs], (v) => v.answeredInSl, sl.den),
    d(
      "answerRate",
      "ratio",
      ["answered", "offered"],
      (v) => v.answered,
      (v) => v.offered
    ),
    d(
      "abandonRate",
      "ratio",
      ["abandoned", "offered"],
      (v) => v.abandoned,
      (v) => v.offered
    ),
    d(
      "asa",
      "seconds",
      ["waitSec", "answered"],
      (v) => v.waitSec,
      (v) => v.answered
    ),
    d(
      "aht",
      "seconds",
      ["handleSec", "answered"],
      (v) => v.handleSec,
      (v) => v.answered
    ),
    d(
      "occupancy",
      "ratio",
      ["handleSec", "staffedHours"],
      (v) => v.handleSec,
      (v) => v.staffedHours * 3600
    ),
    d(
      "shrinkage",
      "ratio",
      ["staffedHours", "paidHours"],
      (v) => v.staffedHours,
      (v) => v.paidHours,
      oneMinus
    ),
    d(
      "callsPerStaffedHour",
      "number",
      ["answered", "staffedHours"],
      (v) => v.answered,
      (v) => v.staffedHours
    ),
    d(
      "forecastAccuracy",
      "ratio",
      ["forecastOffered", "offered"],
      (v) => Math.abs(v.forecastOffered - v.offered),
      (v) => v.offered,
      oneMinus
    ),
    d(
      "fcr",
      "ratio",
      ["fcrResolved", "fcrEligible"],
      (v) => v.fcrResolved,
      (v) => v.fcrEligible
    ),
    d(
      "satisfactionRate",
      "ratio",
      ["satisfied", "surveys"],
      (v) => v.satisfied,
      (v) => v.surveys
    ),
    d(
      "satisfactionScore",
      "points",
      ["scoreSum", "surveys"],
      (v) => v.scoreSum,
      (v) => v.surveys
    ),
    d(
      "nps",
      "points",
      ["promoters", "passives", "detractors"],
      (v) => v.promoters - v.detractors,
      (v) => v.promoters + v.passives + v.detractors,
      (x) => x * 100
    ),
    d(
      "complaintRate",
      "number",
      ["complaints", "answered"],
      (v) => v.complaints,
      (v) => v.answered,
      (x) => x * settings.complaintBase
    ),
    d(
      "qaScore",
      "points",
      ["qaScoreSum", "qaCount"],
      (v) => v.qaScoreSum,
      (v) => v.qaCount
    ),
    d(
      "costPerCall",
      "money",
      ["cost", "answered"],
      (v) => v.cost,
      (v) => v.answered
    ),
  ];
}

/** The definition line shown next to each KPI, in the report's language. */
export function kpiDefinition(
  key: KpiKey,
  settings: KpiSettings,
  lang: Lang,
  hasShortAbandons = true
): string {
  if (key === "serviceLevel") {
    const denominator: Record<SlDenominator, MessageKey> = {
      offered: "report.defSlOffered",
      offeredLessShortAbandons: hasShortAbandons
        ? "report.defSlOfferedLessShortAbandons"
        : "report.defSlOfferedNoShortAbandons",
      answered: "report.defSlAnswered",
    };
    return t(lang, "report.defServiceLevel", {
      seconds: settings.slThresholdSec,
      denominator: { key: denominator[settings.slDenominator] },
    });
  }
  if (key === "complaintRate")
    return t(lang, KPI_DEFINITIONS.complaintRate, {
      base: complaintBaseText(settings.complaintBase, lang),
    });
  return t(lang, KPI_DEFINITIONS[key]);
}

/** What a KPI reads of a row: its sums (an activity row, or an agent's day). */
type Sums = Pick<ActivityRow, "v">;

/** Σnum and Σden of one KPI over rows; both 0 when no row has all the KPI's inputs. */
export function kpiSums(
  def: KpiDef,
  rows: readonly Sums[]
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

export function kpiValue(def: KpiDef, rows: readonly Sums[]): number | null {
  const { num, den, rows: used } = kpiSums(def, rows);
  if (used === 0 || den === 0) return null;
  return def.transform(num / den);
}

export type KpiValues = Record<KpiKey, number | null>;

export function computeKpis(rows: readonly Sums[], settings: KpiSettings): KpiValues {
  const out = {} as KpiValues;
  for (const def of kpiDefs(settings)) out[def.key] = kpiValue(def, rows);
  return out;
}
