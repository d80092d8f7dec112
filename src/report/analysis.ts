/**
 * Everything the report says, as figures: the month's rows, KPIs against targets, the prior month, the
 * daily trend, the queues, staffing, service jobs and data quality. The layout (src/report/layout) turns
 * this into cells; the findings are sentences about it.
 */
import { ReportInputError } from "./errors";
import { dayToMonth, daysInMonth, monthFirstDay, previousMonth } from "./dates";
import type { ColumnMapping } from "./fields";
import {
  computeKpis,
  kpiDefs,
  kpiValue,
  type KpiDef,
  type KpiKey,
  type KpiSettings,
  type KpiValues,
} from "./kpis";
import type { Lang, Status } from "../workbook";
import type { UnitContext } from "./units";
import type { ReportOptions } from "./options";
import {
  parseActivity,
  availableMonths,
  type ActivityRow,
  type ParsedActivity,
  type RawTable,
  type RowProblem,
} from "./rows";
import {
  changeForTheBetter,
  judge,
  scoreCoverage,
  type Judgement,
  type ScoreCoverage,
  type Target,
} from "./targets";
import { analyseStaffing, type StaffingAnalysis } from "./staffing";
import { analyseJobs, type JobsAnalysis } from "./jobs";
import { oneRowOneTruth } from "./callVolumes";
import { analyseAgents, type AgentFigures } from "./agents";

export interface ScoreLine {
  def: KpiDef;
  actual: number | null;
  target: Target;
  judgement: Judgement | null;
  prior: number | null;
  /** The move from prior to actual, signed so that + is better (spec §5), in the KPI's unit; null without both. */
  change: number | null;
}

export interface DayFigures {
  day: number;
  /** False when the data has no row for this day (a gap, not a zero). */
  present: boolean;
  offered: number;
  answered: number;
  abandoned: number;
  kpis: KpiValues;
  status: Status | null;
}

export interface QueueFigures {
  queue: string;
  offered: number;
  kpis: KpiValues;
  judgements: Partial<Record<KpiKey, Judgement | null>>;
  /** null under half the weight measured (see coverage). */
  score: number | null;
  coverage: ScoreCoverage;
}

export interface DataQuality {
  rowsRead: number;
  blankRows: number;
  /** Rows of the report month (or with no usable date) that were fully used. */
  rowsInMonth: number;
  rowsUsed: number;
  rowsPartlyUsed: number;
  rowsRejected: number;
  rowsOtherMonths: number;
  offeredCounted: number;
  /** Problems of the report month and rows with no usable date, in row order. */
  problems: RowProblem[];
}

export interface Analysis {
  month: string;
  priorMonth: string | null;
  settings: KpiSettings;
  parsed: ParsedActivity;
  rows: ActivityRow[];
  queues: string[];
  scorecard: ScoreLine[];
  /** The overall score; null under half the weight measured (coverage says why). */
  score: number | null;
  coverage: ScoreCoverage;
  priorScore: number | null;
  days: DayFigures[];
  byQueue: QueueFigures[];
  /** Contact records with an agent column: every agent of the month, busiest first; empty otherwise. */
  agents: AgentFigures[];
  staffing: StaffingAnalysis | null;
  jobs: JobsAnalysis | null;
  quality: DataQuality;
  intervalSec: number | null;
  targetsSource: "table" | "defaults";
  /** The cost currency; null when none was given ("cost units"). */
  currency: string | null;
}

/** The units figures are written in, for this analysis in one language. */
export function unitContext(a: Analysis, lang: Lang): UnitContext {
  return { lang, complaintBase: a.settings.complaintBase, currency: a.currency };
}

export function analyse(table: RawTable, mapping: ColumnMapping, options: ReportOptions): Analysis {
  const progress = options.onProgress ?? (() => undefined);
  const readOptions = { ...options.input, slThresholdSec: options.slThresholdSec };
  const months = availableMonths(table, mapping, readOptions);
  const month = options.month ?? months[months.length - 1];
  if (!/^\d{4}-\d{2}$/.test(month)) {
    throw new ReportInputError("month", { key: "report.errorMonthFormat", params: { month } });
  }
  if (!months.includes(month)) {
    throw new ReportInputError("month", {
      key: "report.errorNoDataForMonth",
      params: { month, months: months.join(", ") },
    });
  }
  progress(0.05, "reading");
  // Spec §5: a row whose call counts contradict each other leaves every call-volume figure.
  const parsed = oneRowOneTruth(parseActivity(table, mapping, readOptions));
  progress(0.4, "kpis");
  const settings: KpiSettings = {
    slDenominator: options.slDenominator,
    slThresholdSec: options.slThresholdSec,
    complaintBase: options.complaintBase,
  };
  const defs = kpiDefs(settings);
  const rows = parsed.rows.filter((r) => dayToMonth(r.day) === month);
  const prior = previousMonth(month);
  const priorRows = months.includes(prior)
    ? parsed.rows.filter((r) => dayToMonth(r.day) === prior)
    : [];
  const actual = computeKpis(rows, settings);
  const priorValues = priorRows.length > 0 ? computeKpis(priorRows, settings) : null;
  const targetOf = (key: KpiKey) =>
    options.targets.find((t) => t.kpi === key) ?? {
      kpi: key,
      target: null,
      direction: "higher",
      amberBand: 0.05,
      weight: 0,
    };
  const scorecard: ScoreLine[] = defs.map((def) => {
    const target = targetOf(def.key);
    const a = actual[def.key];
    const p = priorValues ? priorValues[def.key] : null;
    return {
      def,
      actual: a,
      target,
      judgement: judge(a, target),
      prior: p,
      change: a !== null && p !== null ? changeForTheBetter(a, p, target) : null,
    };
  });
  const coverage = scoreCoverage(
    scorecard.map((l) => ({ judgement: l.judgement, weight: l.target.weight }))
  );
  const priorScore = priorValues
    ? scoreCoverage(
        scorecard.map((l) => ({
          judgement: judge(priorValues[l.def.key], l.target),
          weight: l.target.weight,
        }))
      ).score
    : null;

  const queues = [...new Set(rows.map((r) => r.queue))].sort();
  progress(0.55, "trend");
  const days = dailyFigures(month, rows, settings, targetOf("serviceLevel"));
  const byQueue = queues.map((queue) => {
    const qRows = rows.filter((r) => r.queue === queue);
    const kpis = computeKpis(qRows, settings);
    const judgements: Partial<Record<KpiKey, Judgement | null>> = {};
    for (const def of defs) judgements[def.key] = judge(kpis[def.key], targetOf(def.key));
    const coverage = scoreCoverage(
      defs.map((d) => ({ judgement: judgements[d.key] ?? null, weight: targetOf(d.key).weight }))
    );
    return {
      queue,
      offered: sum(qRows, "offered"),
      kpis,
      judgements,
      score: coverage.score,
      coverage,
    };
  });
  const agents = analyseAgents(parsed.read.agents, month, settings);
  progress(0.65, "staffing");
  const intervalSec = parsed.intervalRows ? inferIntervalSec(rows) : null;
  const staffing = analyseStaffing(rows, {
    intervalSec,
    openHoursPerDay: options.openHoursPerDay ?? 12,
    slTarget: targetOf("serviceLevel").target ?? 0.8,
    slThresholdSec: options.slThresholdSec,
  });
  progress(0.85, "jobs");
  const jobs = options.jobs ? analyseJobs(options.jobs.table, options.jobs.mapping, month) : null;
  return {
    month,
    priorMonth: priorRows.length > 0 ? prior : null,
    settings,
    parsed,
    rows,
    queues,
    scorecard,
    score: coverage.score,
    coverage,
    priorScore,
    days,
    byQueue,
    agents,
    staffing,
    jobs,
    quality: dataQuality(parsed, rows, month),
    intervalSec,
    targetsSource: options.targetsSource ?? "defaults",
    currency: options.currency?.trim() || null,
  };
}

function sum(rows: ActivityRow[], field: "offered" | "answered" | "abandoned"): number {
  let total = 0;
  for (const r of rows) total += r.v[field] ?? 0;
  return total;
}

function dailyFigures(
  month: string,
  rows: ActivityRow[],
  settings: KpiSettings,
  slTarget: Target
): DayFigures[] {
  const first = monthFirstDay(month);
  const byDay = new Map<number, ActivityRow[]>();
  for (const r of rows) {
    const list = byDay.get(r.day);
    if (list) list.push(r);
    else byDay.set(r.day, [r]);
  }
  const slDef = kpiDefs(settings)[0];
  const out: DayFigures[] = [];
  for (let d = 0; d < daysInMonth(month); d++) {
    const day = first + d;
    const dayRows = byDay.get(day) ?? [];
    const kpis = computeKpis(dayRows, settings);
    const sl = kpiValue(slDef, dayRows);
    out.push({
      day,
      present: dayRows.length > 0,
      offered: sum(dayRows, "offered"),
      answered: sum(dayRows, "answered"),
      abandoned: sum(dayRows, "abandoned"),
      kpis,
      status: judge(sl, slTarget)?.status ?? null,
    });
  }
  return out;
}

/** The smallest gap between interval starts seen within a day and queue: 15, 30 or 60 minutes in practice. */
function inferIntervalSec(rows: ActivityRow[]): number {
  const starts = new Map<string, number[]>();
  for (const r of rows) {
    if (r.minute === null) continue;
    const key = `${r.day}|${r.queue}`;
    const list = starts.get(key);
    if (list) list.push(r.minute);
    else starts.set(key, [r.minute]);
  }
  let best = Infinity;
  for (const list of starts.values()) {
    list.sort((a, b) => a - b);
    for (let i = 1; i < list.length; i++)
      if (list[i] > list[i - 1]) best = Math.min(best, list[i] - list[i - 1]);
  }
  return Number.isFinite(best) ? best * 60 : 1800;
}

function dataQuality(parsed: ParsedActivity, rows: ActivityRow[], month: string): DataQuality {
  const problems = parsed.problems.filter((p) => p.day === null || dayToMonth(p.day) === month);
  const rejected = new Set(problems.filter((p) => p.excluded === "row").map((p) => p.rowNumber));
  const partly = new Set(problems.filter((p) => p.excluded !== "row").map((p) => p.rowNumber));
  // A row may stand for many contact records: the counts are of source rows, so read = used + rejected.
  let records = 0;
  for (const r of rows) records += r.records;
  const rowsInMonth = records + rejected.size;
  return {
    rowsRead: parsed.rowsRead,
    blankRows: parsed.blankRows,
    rowsInMonth,
    rowsUsed: records - partly.size,
    rowsPartlyUsed: partly.size,
    rowsRejected: rejected.size,
    rowsOtherMonths: parsed.rowsRead - parsed.blankRows - rowsInMonth,
    offeredCounted: sum(rows, "offered"),
    problems,
  };
}
