/**
 * Section 7: plain-language findings generated from the figures — misses and by how much, the days and
 * weekdays below target, best and worst queue, the largest improvement and decline against the prior month,
 * the staffing shortfall, service jobs under standard and data problems — in English or Simplified Chinese.
 *
 * Sentences a manager would sign (spec §5): plurals by Intl.PluralRules, no two bullets with the same lead,
 * and every figure rounded and written exactly as the table that holds it shows it (units.ts).
 */
import { unitContext, type Analysis, type ScoreLine } from "./analysis";
import type { Lang } from "../workbook";
import { weekdayOf, dayToIso } from "./dates";
import { JOBS_WITHIN_TARGET } from "./jobs";
import { labels, monthShort, statusLabel } from "./labels";
import { countOf, coverageText, formatCount, formatDay } from "./text";
import {
  formatHours,
  formatKpiDifference,
  formatKpiValue,
  formatSignedDifference,
  roundText,
  type UnitContext,
} from "./units";

const DAYS = { one: "day", other: "days" };

export function findings(a: Analysis, lang: Lang): string[] {
  const en = lang === "en";
  const ctx = unitContext(a, lang);
  const out: string[] = [];
  const scored = a.scorecard.filter((l) => l.judgement);
  const missed = scored.filter((l) => l.judgement!.status !== "GREEN");
  missed.sort((x, y) =>
    x.judgement!.status === y.judgement!.status ? 0 : x.judgement!.status === "RED" ? -1 : 1
  );
  for (const l of missed) out.push(missSentence(l, ctx));
  const met = scored.filter((l) => l.judgement!.status === "GREEN").map((l) => l.def.label[lang]);
  if (met.length)
    out.push(en ? `Targets met: ${met.join(", ")}.` : `达标指标：${met.join("、")}。`);
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
  const t = l.target;
  const v = (x: number) => formatKpiValue(x, l.def.key, l.def.unit, ctx);
  if (t.direction === "band" && t.bandLow !== undefined && t.bandHigh !== undefined)
    return `${v(t.bandLow)}–${v(t.bandHigh)}`;
  return v(t.target!);
}

/** A miss said with the verb of its direction: below a higher-is-better target, above a lower-is-better one. */
function missSentence(l: ScoreLine, ctx: UnitContext): string {
  const lang = ctx.lang;
  const name = l.def.label[lang];
  const actual = formatKpiValue(l.actual!, l.def.key, l.def.unit, ctx);
  const target = targetText(l, ctx);
  const by = formatKpiDifference(l.judgement!.variance, l.def.key, l.def.unit, ctx);
  const status = statusLabel(l.judgement!.status, lang);
  const t = l.target;
  const above =
    t.direction === "lower" ||
    (t.direction === "band" && t.bandHigh !== undefined && l.actual! > t.bandHigh);
  if (lang === "en") {
    if (t.direction === "band")
      return `${name} ${actual} was ${above ? "above" : "below"} the ${target} band by ${by} (${status}).`;
    return above
      ? `${name} ${actual} was above the ${target} target by ${by} (${status}).`
      : `${name} ${actual} missed the ${target} target by ${by} (${status}).`;
  }
  if (t.direction === "band")
    return `${name} ${actual}，${above ? "高于" : "低于"}目标区间 ${target}，相差 ${by}（${status}）。`;
  return above
    ? `${name} ${actual}，高于目标值 ${target}，超出 ${by}（${status}）。`
    : `${name} ${actual}，未达到目标值 ${target}，差 ${by}（${status}）。`;
}

function scoreSentence(a: Analysis, lang: Lang): string {
  const en = lang === "en";
  const coverage = coverageText(a.coverage, lang);
  if (a.score === null) return en ? `Overall score: ${coverage}` : `综合得分：${coverage}`;
  const score = roundText(a.score, 1);
  const prior =
    a.priorScore !== null && a.priorMonth
      ? en
        ? `; ${monthShort(a.priorMonth, lang)}: ${roundText(a.priorScore, 1)}`
        : `；${monthShort(a.priorMonth, lang)}：${roundText(a.priorScore, 1)}`
      : "";
  return en
    ? `Overall score ${score} / 100 ${coverage}${prior}.`
    : `综合得分 ${score} / 100，${coverage}${prior}。`;
}

function daySentences(a: Analysis, lang: Lang, ctx: UnitContext): string[] {
  const en = lang === "en";
  const L = labels(lang);
  const out: string[] = [];
  const present = a.days.filter((d) => d.present);
  const missing = a.days.filter((d) => !d.present);
  if (missing.length) {
    const more = missing.length - 6;
    const list =
      missing
        .slice(0, 6)
        .map((d) => dayToIso(d.day))
        .join(en ? ", " : "、") + (more > 0 ? (en ? ` and ${more} more` : ` 等`) : "");
    out.push(
      en
        ? `No data for ${countOf(missing.length, lang, DAYS, "天")}: ${list}.`
        : `${missing.length} 天无数据：${list}。`
    );
  }
  const below = present.filter((d) => d.status !== null && d.status !== "GREEN");
  if (below.length) {
    const counts = new Array(7).fill(0);
    for (const d of below) counts[weekdayOf(d.day)]++;
    const top = counts.indexOf(Math.max(...counts));
    const mostly = counts[top] >= 2 && counts[top] / below.length >= 0.3;
    const tail = mostly
      ? en
        ? `, mostly ${L.weekdaysLong[top]} (${counts[top]})`
        : `，以${L.weekdaysLong[top]}居多（${counts[top]} 天）`
      : "";
    out.push(
      en
        ? `Service level below target on ${below.length} of ${countOf(present.length, lang, DAYS, "天")}${tail}.`
        : `${present.length} 天中有 ${below.length} 天服务水平未达标${tail}。`
    );
  }
  const withSl = present.filter((d) => d.kpis.serviceLevel !== null);
  if (withSl.length > 1) {
    const worst = withSl.reduce((w, d) => (d.kpis.serviceLevel! < w.kpis.serviceLevel! ? d : w));
    const sl = formatKpiValue(worst.kpis.serviceLevel!, "serviceLevel", "ratio", ctx);
    out.push(
      en
        ? `Worst day: ${formatDay(worst.day, lang)}, service level ${sl} on ${countOf(worst.offered, lang, { one: "offered call", other: "offered calls" }, "通")}.`
        : `最差的一天：${formatDay(worst.day, lang)}，服务水平 ${sl}，呼入量 ${formatCount(worst.offered)} 通。`
    );
  }
  return out;
}

function queueSentences(a: Analysis, lang: Lang, ctx: UnitContext): string[] {
  const en = lang === "en";
  const scored = a.byQueue.filter((q) => q.score !== null);
  if (scored.length < 2) return [];
  const sorted = [...scored].sort((x, y) => y.score! - x.score!);
  const best = sorted[0];
  const worst = sorted[sorted.length - 1];
  const sl = (q: typeof best) =>
    q.kpis.serviceLevel === null
      ? ""
      : `${en ? ", service level " : "，服务水平 "}${formatKpiValue(q.kpis.serviceLevel, "serviceLevel", "ratio", ctx)}`;
  const score = (q: typeof best) => roundText(q.score!, 1);
  return [
    en
      ? `Best queue: ${best.queue} (score ${score(best)}${sl(best)}); worst: ${worst.queue} (score ${score(worst)}${sl(worst)}).`
      : `表现最好的队列：${best.queue}（得分 ${score(best)}${sl(best)}）；最差：${worst.queue}（得分 ${score(worst)}${sl(worst)}）。`,
  ];
}

/**
 * The largest improvement and the largest decline against the prior month, by relative size, each with its
 * own lead; the change is signed + = better, as in the scorecard's Change column.
 */
function changeSentences(a: Analysis, ctx: UnitContext): string[] {
  if (!a.priorMonth) return [];
  const lang = ctx.lang;
  const en = lang === "en";
  const candidates = a.scorecard.filter(
    (l) => l.change !== null && l.prior !== null && l.prior !== 0 && l.actual !== null
  );
  const size = (l: ScoreLine) => Math.abs(l.change! / l.prior!);
  const shown = (l: ScoreLine) => formatSignedDifference(l.change!, l.def.key, l.def.unit, ctx);
  const nonZero = candidates.filter((l) => /^[+−]/.test(shown(l)));
  const better = nonZero.filter((l) => l.change! > 0).sort((x, y) => size(y) - size(x))[0];
  const worse = nonZero.filter((l) => l.change! < 0).sort((x, y) => size(y) - size(x))[0];
  const prior = monthShort(a.priorMonth, lang);
  const say = (l: ScoreLine, improved: boolean) => {
    const v = (x: number) => formatKpiValue(x, l.def.key, l.def.unit, ctx);
    const move = `${l.def.label[lang]} ${v(l.prior!)} → ${v(l.actual!)}`;
    return en
      ? `Biggest ${improved ? "improvement" : "decline"} vs ${prior}: ${move} (${shown(l)}, + = better).`
      : `较${prior}${improved ? "改善最多" : "下滑最多"}：${move}（${shown(l)}，正数为改善）。`;
  };
  const out: string[] = [];
  if (better) out.push(say(better, true));
  if (worse) out.push(say(worse, false));
  return out;
}

function staffingSentences(a: Analysis, lang: Lang): string[] {
  const s = a.staffing;
  if (!s) return [];
  const en = lang === "en";
  if (s.daysUnder === 0) {
    return [
      en
        ? "Staffing met the Erlang C requirement in every queue-period checked."
        : "各队列各时段的人力均满足 Erlang C 需求。",
    ];
  }
  // The same figures as the staffing table, rounded the same way (spec §5).
  const hours = formatHours(s.shortfallHours);
  const lost = roundText(s.slLost * 100, 1);
  const periods =
    s.mode === "daily"
      ? countOf(s.periodsUnder, lang, { one: "queue-day", other: "queue-days" }, "个队列天")
      : countOf(
          s.periodsUnder,
          lang,
          { one: "queue-interval", other: "queue-intervals" },
          "个队列时段"
        );
  return [
    en
      ? `Staffing: short of the Erlang C requirement on ${countOf(s.daysUnder, lang, DAYS, "天")} (${hours} agent-hours over ${periods}); the shortfall cost ${lost} pt of service level.`
      : `人力配置：有 ${s.daysUnder} 天低于 Erlang C 需求（${periods}，人力缺口 ${hours} 工时）；人力缺口使服务水平损失 ${lost} 个百分点。`,
  ];
}

/** Every type under the jobs rule (the same rule that colours the table), in one bullet. */
function jobSentences(a: Analysis, lang: Lang): string[] {
  const j = a.jobs;
  if (!j) return [];
  const en = lang === "en";
  const L = labels(lang);
  const target = `${Math.round(JOBS_WITHIN_TARGET * 100)}%`;
  const under = j.types.filter((t) => t.meetsStandard === false);
  const out: string[] = [];
  if (under.length) {
    const parts = under.map((t) => {
      const share = `${roundText(t.withinShare! * 100, 1)}%`;
      const avg = `${roundText(t.averageHours!, 1)} ${L.hoursUnit}`;
      const std = `${roundText(t.standardHours, 1)} ${L.hoursUnit}`;
      return en
        ? `${t.type} ${share} of ${countOf(t.jobs, lang, { one: "job", other: "jobs" }, "件")} within ${std} (average ${avg})`
        : `${t.type}：${t.jobs} 件中 ${share} 在 ${std} 内完成（平均 ${avg}）`;
    });
    out.push(
      en
        ? `Service jobs under the ${target} within-standard target: ${parts.join("; ")}.`
        : `时限内完成率低于 ${target} 的服务工单：${parts.join("；")}。`
    );
  } else if (j.types.some((t) => t.meetsStandard)) {
    out.push(
      en
        ? `Service jobs: every type had at least ${target} of its jobs within standard.`
        : `服务工单：各类型时限内完成率均不低于 ${target}。`
    );
  }
  if (j.open > 0) {
    out.push(
      en
        ? `Open at month end: ${countOf(j.open, lang, { one: "service job", other: "service jobs" }, "件")}.`
        : `月末未完成的服务工单：${j.open} 件。`
    );
  }
  return out;
}

function qualitySentences(a: Analysis, lang: Lang): string[] {
  const q = a.quality;
  if (!q.problems.length) return [];
  const en = lang === "en";
  const rows = q.rowsPartlyUsed + q.rowsRejected;
  return [
    en
      ? `Data quality: ${countOf(q.problems.length, lang, { one: "problem", other: "problems" }, "")} in ${countOf(rows, lang, { one: "row", other: "rows" }, "")}; ${countOf(q.rowsRejected, lang, { one: "row", other: "rows" }, "")} left out, ${q.rowsPartlyUsed} used in part (see Data quality).`
      : `数据质量：${rows} 行数据有 ${q.problems.length} 个问题，整行剔除 ${q.rowsRejected} 行，部分使用 ${q.rowsPartlyUsed} 行（见数据质量）。`,
  ];
}
