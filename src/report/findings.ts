/**
 * Section 7: plain-language findings generated from the figures — misses and by how much, the days and
 * weekdays below target, best and worst queue, the largest improvement and decline against the prior month,
 * the staffing shortfall, service jobs under standard and data problems — each a catalogue message
 * (report.finding*) with its figures as parameters.
 *
 * Sentences a manager would sign (spec §5): plurals by the catalogue, no two bullets with the same lead,
 * and every figure rounded and written exactly as the table that holds it shows it (units.ts).
 */
import { unitContext, type Analysis, type ScoreLine } from "./analysis";
import type { Lang } from "../workbook";
import { formatDayOfMonth, formatList, formatPercent, message, t, type Message } from "../i18n";
import { weekdayOf, dayToIso } from "./dates";
import { JOBS_WITHIN_TARGET } from "./jobs";
import { monthShort, statusLabel, weekdayName } from "./labels";
import { coverageText, formatDay } from "./text";
import {
  formatHours,
  formatKpiDifference,
  formatKpiValue,
  formatSignedDifference,
  roundText,
  type UnitContext,
} from "./units";

export function findings(a: Analysis, lang: Lang): string[] {
  const ctx = unitContext(a, lang);
  const out: string[] = [];
  const scored = a.scorecard.filter((l) => l.judgement);
  const missed = scored.filter((l) => l.judgement!.status !== "GREEN");
  missed.sort((x, y) =>
    x.judgement!.status === y.judgement!.status ? 0 : x.judgement!.status === "RED" ? -1 : 1
  );
  for (const l of missed) out.push(missSentence(l, ctx));
  const met = scored.filter((l) => l.judgement!.status === "GREEN").map((l) => l.def.label[lang]);
  if (met.length) out.push(t(lang, "report.findingTargetsMet", { kpis: formatList(lang, met) }));
  out.push(scoreSentence(a, lang));
  out.push(...daySentences(a, lang, ctx));
  out.push(...queueSentences(a, lang, ctx));
  out.push(...changeSentences(a, ctx));
  out.push(...staffingSentences(a, lang));
  out.push(...jobSentences(a, lang));
  out.push(...qualitySentences(a, lang));
  return out;
}

function targetText(l: ScoreLine, ctx: UnitContext): string {
  const target = l.target;
  const v = (x: number) => formatKpiValue(x, l.def.key, l.def.unit, ctx);
  if (target.direction === "band" && target.bandLow !== undefined && target.bandHigh !== undefined)
    return t(ctx.lang, "report.range", { low: v(target.bandLow), high: v(target.bandHigh) });
  return v(target.target!);
}

/**
 * A miss said with the verb of its direction (glossary): below a higher-is-better target, above a
 * lower-is-better one (高于目标值, never 未达到), above or below a band.
 */
function missSentence(l: ScoreLine, ctx: UnitContext): string {
  const target = l.target;
  const direction =
    target.direction === "band"
      ? target.bandHigh !== undefined && l.actual! > target.bandHigh
        ? "bandAbove"
        : "bandBelow"
      : target.direction;
  return t(ctx.lang, "report.findingMiss", {
    kpi: l.def.label[ctx.lang],
    actual: formatKpiValue(l.actual!, l.def.key, l.def.unit, ctx),
    direction,
    target: targetText(l, ctx),
    by: formatKpiDifference(l.judgement!.variance, l.def.key, l.def.unit, ctx),
    status: statusLabel(l.judgement!.status, ctx.lang),
  });
}

function scoreSentence(a: Analysis, lang: Lang): string {
  const coverage = coverageText(a.coverage, lang);
  if (a.score === null) return t(lang, "report.findingNoScore", { coverage });
  const score = roundText(a.score, 1);
  if (a.priorScore !== null && a.priorMonth)
    return t(lang, "report.findingScoreWithPrior", {
      score,
      coverage,
      month: monthShort(a.priorMonth, lang),
      prior: roundText(a.priorScore, 1),
    });
  return t(lang, "report.findingScore", { score, coverage });
}

/** Days listed in a sentence before the rest are only counted. */
const DAYS_LISTED = 6;

function daySentences(a: Analysis, lang: Lang, ctx: UnitContext): string[] {
  const out: string[] = [];
  const present = a.days.filter((d) => d.present);
  const missing = a.days.filter((d) => !d.present);
  if (missing.length) {
    const more = missing.length - DAYS_LISTED;
    const days = missing.slice(0, DAYS_LISTED).map((d) => formatDayOfMonth(lang, dayToIso(d.day)));
    if (more > 0) days.push(t(lang, "report.moreDays", { count: more }));
    out.push(
      t(lang, "report.findingNoData", { count: missing.length, days: formatList(lang, days) })
    );
  }
  const below = present.filter((d) => d.status !== null && d.status !== "GREEN");
  if (below.length) {
    const counts = new Array<number>(7).fill(0);
    for (const d of below) counts[weekdayOf(d.day)]++;
    const top = counts.indexOf(Math.max(...counts));
    const mostly = counts[top] >= 2 && counts[top] / below.length >= 0.3;
    const params = { below: below.length, days: present.length };
    const topDay = below.find((d) => weekdayOf(d.day) === top)!;
    out.push(
      mostly
        ? t(lang, "report.findingSlDaysMostly", {
            ...params,
            weekday: weekdayName(topDay.day, lang, "long"),
            count: counts[top],
          })
        : t(lang, "report.findingSlDays", params)
    );
  }
  const withSl = present.filter((d) => d.kpis.serviceLevel !== null);
  if (withSl.length > 1) {
    const worst = withSl.reduce((w, d) => (d.kpis.serviceLevel! < w.kpis.serviceLevel! ? d : w));
    out.push(
      t(lang, "report.findingWorstDay", {
        day: formatDay(worst.day, lang),
        sl: formatKpiValue(worst.kpis.serviceLevel!, "serviceLevel", "ratio", ctx),
        offered: Math.round(worst.offered),
      })
    );
  }
  return out;
}

function queueSentences(a: Analysis, lang: Lang, ctx: UnitContext): string[] {
  const scored = a.byQueue.filter((q) => q.score !== null);
  if (scored.length < 2) return [];
  const sorted = [...scored].sort((x, y) => y.score! - x.score!);
  const best = sorted[0];
  const worst = sorted[sorted.length - 1];
  const figures = (q: typeof best): Message => {
    const score = roundText(q.score!, 1);
    return q.kpis.serviceLevel === null
      ? message("report.queueFigures", { score })
      : message("report.queueFiguresWithSl", {
          score,
          sl: formatKpiValue(q.kpis.serviceLevel, "serviceLevel", "ratio", ctx),
        });
  };
  return [
    t(lang, "report.findingQueues", {
      best: best.queue,
      bestFigures: figures(best),
      worst: worst.queue,
      worstFigures: figures(worst),
    }),
  ];
}

/**
 * The largest improvement and the largest decline against the prior month, by relative size, each with its
 * own lead; the change is signed + = better, as in the scorecard's Change column.
 */
function changeSentences(a: Analysis, ctx: UnitContext): string[] {
  if (!a.priorMonth) return [];
  const lang = ctx.lang;
  const candidates = a.scorecard.filter(
    (l) => l.change !== null && l.prior !== null && l.prior !== 0 && l.actual !== null
  );
  const size = (l: ScoreLine) => Math.abs(l.change! / l.prior!);
  const shown = (l: ScoreLine) => formatSignedDifference(l.change!, l.def.key, l.def.unit, ctx);
  const nonZero = candidates.filter((l) => /^[+−]/.test(shown(l)));
  const better = nonZero.filter((l) => l.change! > 0).sort((x, y) => size(y) - size(x))[0];
  const worse = nonZero.filter((l) => l.change! < 0).sort((x, y) => size(y) - size(x))[0];
  const month = monthShort(a.priorMonth, lang);
  const say = (l: ScoreLine, kind: "improvement" | "decline") => {
    const v = (x: number) => formatKpiValue(x, l.def.key, l.def.unit, ctx);
    return t(lang, "report.findingChange", {
      kind,
      month,
      kpi: l.def.label[lang],
      from: v(l.prior!),
      to: v(l.actual!),
      change: shown(l),
    });
  };
  const out: string[] = [];
  if (better) out.push(say(better, "improvement"));
  if (worse) out.push(say(worse, "decline"));
  return out;
}

function staffingSentences(a: Analysis, lang: Lang): string[] {
  const s = a.staffing;
  if (!s) return [];
  if (s.daysUnder === 0) return [t(lang, "report.findingStaffingMet")];
  // The same figures as the staffing table, rounded the same way (spec §5).
  return [
    t(lang, "report.findingStaffingShort", {
      days: s.daysUnder,
      hours: formatHours(s.shortfallHours),
      mode: s.mode,
      periods: s.periodsUnder,
      lost: roundText(s.slLost * 100, 1),
    }),
  ];
}

/** Every type under the jobs rule (the same rule that colours the table), in one bullet. */
function jobSentences(a: Analysis, lang: Lang): string[] {
  const j = a.jobs;
  if (!j) return [];
  const target = formatPercent(lang, JOBS_WITHIN_TARGET, 0);
  const hours = (h: number) => t(lang, "report.hoursValue", { hours: roundText(h, 1) });
  const under = j.types.filter((type) => type.meetsStandard === false);
  const out: string[] = [];
  if (under.length) {
    const types = under.map((type) =>
      t(lang, "report.findingJobType", {
        type: type.type,
        share: `${roundText(type.withinShare! * 100, 1)}%`,
        jobs: type.jobs,
        standard: hours(type.standardHours),
        average: hours(type.averageHours!),
      })
    );
    out.push(
      t(lang, "report.findingJobsUnder", {
        target,
        types: types.join(t(lang, "report.clauseSeparator")),
      })
    );
  } else if (j.types.some((type) => type.meetsStandard)) {
    out.push(t(lang, "report.findingJobsMet", { target }));
  }
  if (j.open > 0) out.push(t(lang, "report.findingJobsOpen", { count: j.open }));
  return out;
}

function qualitySentences(a: Analysis, lang: Lang): string[] {
  const q = a.quality;
  if (!q.problems.length) return [];
  return [
    t(lang, "report.findingQuality", {
      problems: q.problems.length,
      rows: q.rowsPartlyUsed + q.rowsRejected,
      rejected: q.rowsRejected,
      partly: q.rowsPartlyUsed,
    }),
  ];
}
