/**
 * Targets: the spec's defaults, the visible `Targets` table (written in either language, read back in
 * either), and how a KPI is judged against its target: status, signed variance and attainment.
 */
import type { CellValue, Lang, Status } from "../workbook";
import { formatList, LANGUAGES, t, type MessageKey } from "../i18n";
import HEADER_ALIASES from "./headerAliases.json";
import { kpiDefs, type KpiKey } from "./kpis";
import { headerKey } from "./fields";

export interface Target {
  kpi: KpiKey;
  /** null: no target (the KPI is shown for context and not scored). For a band, its midpoint. */
  target: number | null;
  direction: "higher" | "lower" | "band";
  bandLow?: number;
  bandHigh?: number;
  /** AMBER when missed by at most this fraction of the target (0.05 = 5% of target). */
  amberBand: number;
  /** Weight in the overall score; 0 leaves the KPI out of it. */
  weight: number;
}

/** The spec's complaint-rate target: 5 complaints per 10,000 answered. */
const COMPLAINTS_PER_10000 = 5;

/**
 * The spec's default targets. The complaint-rate target is 5 per 10,000 answered, so with another complaint
 * base it is rescaled (0.5 per 1,000), or it would judge "per 1,000" figures against a "per 10,000" target.
 */
export function defaultTargets(complaintBase = 10000): Target[] {
  const t = (
    kpi: KpiKey,
    target: number | null,
    direction: Target["direction"],
    weight: number
  ): Target => ({
    kpi,
    target,
    direction,
    amberBand: 0.05,
    weight,
  });
  return [
    t("serviceLevel", 0.8, "higher", 20),
    t("answerRate", 0.95, "higher", 5),
    t("abandonRate", 0.05, "lower", 10),
    t("asa", 30, "lower", 10),
    t("aht", null, "lower", 0),
    { ...t("occupancy", (0.75 + 0.88) / 2, "band", 5), bandLow: 0.75, bandHigh: 0.88 },
    t("shrinkage", 0.3, "lower", 5),
    t("callsPerStaffedHour", null, "higher", 0),
    t("forecastAccuracy", 0.95, "higher", 5),
    t("fcr", 0.7, "higher", 10),
    t("satisfactionRate", 0.9, "higher", 10),
    t("satisfactionScore", 85, "higher", 5),
    t("nps", 20, "higher", 5),
    t("complaintRate", (COMPLAINTS_PER_10000 * complaintBase) / 10000, "lower", 5),
    t("qaScore", 90, "higher", 5),
    t("costPerCall", null, "lower", 0),
  ];
}

export interface Judgement {
  status: Status;
  /** Signed so that positive is better than target, in the KPI's own unit. */
  variance: number;
  /** 0–100: how much of the target is reached (100 when met). */
  attainment: number;
}

/** null when the KPI has no target or no value: it is then neither coloured nor scored. */
export function judge(actual: number | null, target: Target): Judgement | null {
  if (actual === null || target.target === null) return null;
  let variance: number;
  let attainment: number;
  let reference: number;
  if (target.direction === "band") {
    const low = target.bandLow ?? target.target;
    const high = target.bandHigh ?? target.target;
    reference = actual < low ? low : high;
    variance = actual < low ? actual - low : actual > high ? high - actual : 0;
    attainment =
      variance === 0 ? 100 : ratioAttainment(actual < low ? actual / low : high / actual);
  } else {
    reference = target.target;
    variance = target.direction === "higher" ? actual - target.target : target.target - actual;
    const ratio =
      target.direction === "higher"
        ? target.target === 0
          ? 1
          : actual / target.target
        : actual === 0
          ? 1
          : target.target / actual;
    attainment = variance >= 0 ? 100 : ratioAttainment(ratio);
  }
  // Rounding noise (80.0000001% vs 80%) must not turn a met target amber.
  const missBy = -variance;
  const tolerance = 1e-9 * Math.max(1, Math.abs(reference));
  const status: Status =
    missBy <= tolerance
      ? "GREEN"
      : missBy <= target.amberBand * Math.abs(reference) + tolerance
        ? "AMBER"
        : "RED";
  return { status, variance, attainment };
}

/**
 * How far `actual` moved from `prior`, signed so that + is better (spec §5), in the KPI's unit: actual − prior
 * when higher is better, prior − actual when lower is better; for a band, how much closer to the band it
 * came (the distance outside the band before, less the distance now; 0 when both are inside).
 */
export function changeForTheBetter(actual: number, prior: number, target: Target): number {
  if (target.direction === "higher") return actual - prior;
  if (target.direction === "lower") return prior - actual;
  const low = target.bandLow ?? target.target ?? actual;
  const high = target.bandHigh ?? target.target ?? actual;
  const outside = (x: number) => (x < low ? low - x : x > high ? x - high : 0);
  return outside(prior) - outside(actual);
}

const ratioAttainment = (ratio: number) => Math.max(0, Math.min(100, ratio * 100));

/** Weighted attainment over the KPIs that are measured, targeted and weighted; null when none is. */
export function overallScore(
  items: { judgement: Judgement | null; weight: number }[]
): number | null {
  let sum = 0;
  let weights = 0;
  for (const { judgement, weight } of items) {
    if (!judgement || weight <= 0) continue;
    sum += judgement.attainment * weight;
    weights += weight;
  }
  return weights === 0 ? null : sum / weights;
}

/** What an overall score rests on (spec §5: "94.3 / 100 over 13 of 16 KPIs (90% of weight)"). */
export interface ScoreCoverage {
  /** The weighted attainment, or null when under MIN_WEIGHT_SHARE of the weight is measured. */
  score: number | null;
  /** KPIs that count in the score (measured, targeted, weighted), of all the KPIs listed. */
  measured: number;
  total: number;
  /** The weight of the measured KPIs over the weight of all of them, 0–1. */
  weightShare: number;
}

/** Under half the weight measured, a score would rest on too little: none is given (spec §5). */
export const MIN_WEIGHT_SHARE = 0.5;

export function scoreCoverage(
  items: { judgement: Judgement | null; weight: number }[]
): ScoreCoverage {
  let measuredWeight = 0;
  let totalWeight = 0;
  let measured = 0;
  for (const { judgement, weight } of items) {
    if (weight <= 0) continue;
    totalWeight += weight;
    if (!judgement) continue;
    measuredWeight += weight;
    measured++;
  }
  const weightShare = totalWeight > 0 ? measuredWeight / totalWeight : 0;
  const score = weightShare >= MIN_WEIGHT_SHARE - 1e-12 ? overallScore(items) : null;
  return { score, measured, total: items.length, weightShare };
}

/** The Targets table's columns, in order, and its directions: the catalogue's words in every language. */
const COLUMNS: MessageKey[] = [
  "report.targetsKpi",
  "report.targetsTarget",
  "report.targetsDirection",
  "report.targetsBandLow",
  "report.targetsBandHigh",
  "report.targetsAmberBand",
  "report.targetsWeight",
];
const ALIASES = HEADER_ALIASES.targets;
const COLUMN_NAMES = ["kpi", "target", "direction", "bandLow", "bandHigh", "amberBand", "weight"];
const DIRECTIONS: Record<Target["direction"], MessageKey> = {
  higher: "report.directionHigher",
  lower: "report.directionLower",
  band: "report.directionBand",
};

/**
 * The words a column (or the currency row) may be headed with: its name in every language, and the names
 * earlier versions wrote (headerAliases.json), so a table made then still reads.
 */
function namesOf(key: MessageKey, aliases: readonly string[] = []): string[] {
  return [...LANGUAGES.map((lang) => t(lang, key)), ...aliases].map(headerKey);
}
const CURRENCY_NAMES = new Set(namesOf("report.targetsCurrency", ALIASES.currency));

/** The visible `Targets` table: header + rows, in the chosen language. Ratios are fractions (0.8 = 80%). */
export function targetsToTable(
  targets: Target[],
  lang: Lang,
  currency: string | null = null
): { headers: string[]; rows: CellValue[][] } {
  const labels = new Map(
    kpiDefs({ slDenominator: "offered", slThresholdSec: 20, complaintBase: 10000 }).map((d) => [
      d.key,
      d.label,
    ])
  );
  return {
    headers: COLUMNS.map((key) => t(lang, key)),
    rows: [
      ...targets.map((target) => [
        labels.get(target.kpi)?.[lang] ?? target.kpi,
        target.target,
        t(lang, DIRECTIONS[target.direction]),
        target.bandLow ?? null,
        target.bandHigh ?? null,
        target.amberBand,
        target.weight,
      ]),
      // Where the cost currency is set: empty means none, and costs read "cost units".
      [t(lang, "report.targetsCurrency"), currency, null, null, null, null, null],
    ],
  };
}

/** Reads the Targets table back (either language's headers); problems name the row and the fix. */
export function targetsFromTable(
  headers: unknown[],
  rows: unknown[][],
  /** For the defaults of the KPIs the table leaves out (see defaultTargets). */
  complaintBase = 10000,
  /** The language the problems are said in. */
  lang: Lang = "en"
): { targets: Target[]; problems: string[]; currency: string | null } {
  const problems: string[] = [];
  let currency: string | null = null;
  const normalized = headers.map(headerKey);
  const aliases = ALIASES.columns as Record<string, string[] | undefined>;
  const cols = COLUMNS.map((key, i) => {
    const names = namesOf(key, aliases[COLUMN_NAMES[i]]);
    return normalized.findIndex((h) => names.includes(h));
  });
  const defaults = defaultTargets(complaintBase);
  if (cols[0] < 0 || cols[1] < 0) {
    problems.push(
      t(lang, "report.targetsNeedColumns", {
        kpi: { key: "report.targetsKpi" },
        target: { key: "report.targetsTarget" },
      })
    );
    return { targets: defaults, problems, currency };
  }
  const byLabel = new Map<string, KpiKey>();
  const defs = kpiDefs({ slDenominator: "offered", slThresholdSec: 20, complaintBase: 10000 });
  for (const d of defs) {
    for (const name of [d.key, ...Object.values(d.label)]) byLabel.set(headerKey(name), d.key);
  }
  const byDirection = new Map<string, Target["direction"]>();
  for (const [k, key] of Object.entries(DIRECTIONS))
    for (const name of namesOf(key)) byDirection.set(name, k as Target["direction"]);
  for (const k of ["higher", "lower", "band"] as const) byDirection.set(k, k);

  const found = new Map<KpiKey, Target>();
  rows.forEach((cells, i) => {
    const row = String(i + 2);
    const name = cells[cols[0]];
    if (name === null || name === undefined || String(name).trim() === "") return;
    if (CURRENCY_NAMES.has(headerKey(name))) {
      // The cost currency's row: its Target cell holds the currency's name (spec §5).
      const c = cells[cols[1]];
      currency = c === null || c === undefined || String(c).trim() === "" ? null : String(c).trim();
      return;
    }
    const kpi = byLabel.get(headerKey(name));
    if (!kpi) {
      problems.push(
        t(lang, "report.targetsUnknownKpi", {
          row,
          name: String(name),
          kpis: defs.map((d) => d.label[lang]).join(t(lang, "report.itemSeparator")),
        })
      );
      return;
    }
    const base = { ...(defaults.find((d) => d.kpi === kpi) as Target) };
    const num = (c: number, column: string): number | null | undefined => {
      if (c < 0) return undefined;
      const cell = cells[c];
      if (cell === null || cell === undefined || String(cell).trim() === "") return null;
      const text = typeof cell === "string" ? cell.trim() : cell;
      const n =
        typeof text === "string" && text.endsWith("%")
          ? Number(text.slice(0, -1)) / 100
          : Number(text as number);
      if (!Number.isFinite(n)) {
        problems.push(t(lang, "report.targetsNotANumber", { row, column, value: String(cell) }));
        return undefined;
      }
      return n;
    };
    const target = num(cols[1], "target");
    if (target !== undefined) base.target = target;
    if (
      cols[2] >= 0 &&
      cells[cols[2]] !== null &&
      cells[cols[2]] !== undefined &&
      String(cells[cols[2]]).trim() !== ""
    ) {
      const direction = byDirection.get(headerKey(cells[cols[2]]));
      if (direction) base.direction = direction;
      else
        problems.push(
          t(lang, "report.targetsBadDirection", {
            row,
            value: String(cells[cols[2]]),
            directions: formatList(
              lang,
              Object.values(DIRECTIONS).map((key) => t(lang, key)),
              "disjunction"
            ),
          })
        );
    }
    const low = num(cols[3], "bandLow");
    const high = num(cols[4], "bandHigh");
    if (low !== undefined && low !== null) base.bandLow = low;
    if (high !== undefined && high !== null) base.bandHigh = high;
    const amber = num(cols[5], "amberBand");
    if (amber !== undefined && amber !== null) {
      if (amber < 0) problems.push(t(lang, "report.targetsNegativeAmber", { row }));
      else base.amberBand = amber;
    }
    const weight = num(cols[6], "weight");
    if (weight !== undefined && weight !== null) {
      if (weight < 0) problems.push(t(lang, "report.targetsNegativeWeight", { row }));
      else base.weight = weight;
    }
    if (base.direction === "band") {
      if (
        base.bandLow === undefined ||
        base.bandHigh === undefined ||
        base.bandLow > base.bandHigh
      ) {
        problems.push(t(lang, "report.targetsBadBand", { row }));
        return;
      }
      if (base.target === null || target === undefined || target === null)
        base.target = (base.bandLow + base.bandHigh) / 2;
    }
    found.set(kpi, base);
  });
  return { targets: defaults.map((d) => found.get(d.kpi) ?? d), problems, currency };
}
