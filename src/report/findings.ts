/**
 * Section 7: plain-language findings generated from the figures — misses and by how much, the days and
 * weekdays below target, best and worst queue, the largest changes against the prior month, the staffing
 * shortfall, service jobs over standard and data problems — in English or Simplified Chinese.
 */
import type { Analysis, ScoreLine } from "./analysis";
import type { Lang } from "../workbook";
import { weekdayOf, dayToIso } from "./dates";
import { labels, monthShort, statusLabel } from "./labels";
import { formatCount, formatDay, formatDifference, formatValue } from "./text";

export function findings(a: Analysis, lang: Lang): string[] {
  const en = lang === "en";
  const L = labels(lang);
  const out: string[] = [];
  const scored = a.scorecard.filter((l) => l.judgement);
  const missed = scored.filter((l) => l.judgement!.status !== "GREEN");
  missed.sort((x, y) =>
    x.judgement!.status === y.judgement!.status ? 0 : x.judgement!.status === "RED" ? -1 : 1
  );
  for (const l of missed) {
    const name = l.def.label[lang];
    const actual = formatValue(l.actual!, l.def.unit);
    const target = targetText(l);
    const by = formatDifference(l.judgement!.variance, l.def.unit);
    const status = statusLabel(l.judgement!.status, lang);
    out.push(
      en
        ? `${name} ${actual} missed the ${target} target by ${by} (${status}).`
        : `${name} ${actual},未达到 ${target} 的目标,差 ${by}(${status})。`
    );
  }
  const met = scored.filter((l) => l.judgement!.status === "GREEN").map((l) => l.def.label[lang]);
  if (met.length) out.push(en ? `Targets met: ${met.join(", ")}.` : `达标指标:${met.join("、")}。`);
  if (a.score !== null) {
    const score = a.score.toFixed(1);
    const prior = a.priorScore !== null && a.priorMonth ? a.priorScore.toFixed(1) : null;
    out.push(
      en
        ? `Overall score ${score} / 100${prior ? ` (${monthShort(a.priorMonth!, lang)}: ${prior})` : ""}.`
        : `综合得分 ${score} / 100${prior ? `(${monthShort(a.priorMonth!, lang)}:${prior})` : ""}。`
    );
  }
  out.push(...daySentences(a, lang));
  out.push(...queueSentences(a, lang));
  out.push(...changeSentences(a, lang));
  const s = a.staffing;
  if (s && s.daysUnder > 0) {
    const lost = formatDifference(s.predictedSlIfStaffed - s.predictedSl, "ratio");
    out.push(
      en
        ? `Staffing fell short of the Erlang C requirement on ${s.daysUnder} days (${formatCount(s.shortfallHours)} agent-hours); staffing those periods to requirement would have added about ${lost} of service level.`
        : `有 ${s.daysUnder} 天人力低于 Erlang C 所需(缺口 ${formatCount(s.shortfallHours)} 工时);若按需配置,服务水平约可提高 ${lost}。`
    );
  } else if (s) {
    out.push(
      en ? "Staffing met the Erlang C requirement on every day." : "每日人力均满足 Erlang C 所需。"
    );
  }
  for (const t of a.jobs?.types ?? []) {
    if (t.withinShare >= 0.95 && t.averageHours <= t.standardHours) continue;
    const avg = `${t.averageHours.toFixed(1)} ${L.hoursUnit}`;
    const std = `${t.standardHours} ${L.hoursUnit}`;
    const share = formatValue(t.withinShare, "ratio");
    out.push(
      en
        ? `${t.type}: average ${avg} against a ${std} standard; ${share} of ${t.jobs} jobs within standard.`
        : `${t.type}:平均 ${avg},标准 ${std};${t.jobs} 单中 ${share} 在时限内完成。`
    );
  }
  const q = a.quality;
  if (q.problems.length) {
    out.push(
      en
        ? `${q.problems.length} data problems in ${q.rowsPartlyUsed + q.rowsRejected} rows: ${q.rowsRejected} rows left out, ${q.rowsPartlyUsed} used in part (see Data quality).`
        : `${q.rowsPartlyUsed + q.rowsRejected} 行数据有 ${q.problems.length} 个问题:整行剔除 ${q.rowsRejected} 行,部分使用 ${q.rowsPartlyUsed} 行(见数据质量)。`
    );
  }
  return out;
}

function targetText(l: ScoreLine): string {
  const t = l.target;
  if (t.direction === "band" && t.bandLow !== undefined && t.bandHigh !== undefined) {
    return `${formatValue(t.bandLow, l.def.unit)}–${formatValue(t.bandHigh, l.def.unit)}`;
  }
  return formatValue(t.target!, l.def.unit);
}

function daySentences(a: Analysis, lang: Lang): string[] {
  const en = lang === "en";
  const L = labels(lang);
  const out: string[] = [];
  const present = a.days.filter((d) => d.present);
  const missing = a.days.filter((d) => !d.present);
  if (missing.length) {
    const list =
      missing
        .slice(0, 6)
        .map((d) => dayToIso(d.day))
        .join(", ") + (missing.length > 6 ? (en ? ` and ${missing.length - 6} more` : ` 等`) : "");
    out.push(
      en ? `No data for ${missing.length} days: ${list}.` : `${missing.length} 天无数据:${list}。`
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
        : `,以${L.weekdaysLong[top]}居多(${counts[top]} 天)`
      : "";
    out.push(
      en
        ? `${below.length} of ${present.length} days below the service-level target${tail}.`
        : `${present.length} 天中有 ${below.length} 天服务水平未达标${tail}。`
    );
  }
  const withSl = present.filter((d) => d.kpis.serviceLevel !== null);
  if (withSl.length > 1) {
    const worst = withSl.reduce((w, d) => (d.kpis.serviceLevel! < w.kpis.serviceLevel! ? d : w));
    const sl = formatValue(worst.kpis.serviceLevel!, "ratio");
    out.push(
      en
        ? `Worst day: ${formatDay(worst.day, lang)}, service level ${sl} on ${formatCount(worst.offered)} offered calls.`
        : `最差的一天:${formatDay(worst.day, lang)},服务水平 ${sl},呼入 ${formatCount(worst.offered)}。`
    );
  }
  return out;
}

function queueSentences(a: Analysis, lang: Lang): string[] {
  const en = lang === "en";
  const scored = a.byQueue.filter((q) => q.score !== null);
  if (scored.length < 2) return [];
  const sorted = [...scored].sort((x, y) => y.score! - x.score!);
  const best = sorted[0];
  const worst = sorted[sorted.length - 1];
  const sl = (q: typeof best) =>
    q.kpis.serviceLevel === null
      ? ""
      : en
        ? `, service level ${formatValue(q.kpis.serviceLevel, "ratio")}`
        : `,服务水平 ${formatValue(q.kpis.serviceLevel, "ratio")}`;
  return [
    en
      ? `Best queue: ${best.queue} (score ${best.score!.toFixed(1)}${sl(best)}); worst: ${worst.queue} (score ${worst.score!.toFixed(1)}${sl(worst)}).`
      : `表现最好的队列:${best.queue}(得分 ${best.score!.toFixed(1)}${sl(best)});最差:${worst.queue}(得分 ${worst.score!.toFixed(1)}${sl(worst)})。`,
  ];
}

/** The two largest changes against the prior month, by relative size, said as better or worse. */
function changeSentences(a: Analysis, lang: Lang): string[] {
  if (!a.priorMonth) return [];
  const en = lang === "en";
  const candidates = a.scorecard.filter(
    (l) => l.change !== null && l.prior !== null && l.prior !== 0 && l.change !== 0
  );
  candidates.sort((x, y) => Math.abs(y.change! / y.prior!) - Math.abs(x.change! / x.prior!));
  const prior = monthShort(a.priorMonth, lang);
  return candidates.slice(0, 2).map((l) => {
    const dir = l.target.direction;
    const better = dir === "band" ? null : (dir === "higher") === l.change! > 0;
    const verdict =
      better === null
        ? ""
        : en
          ? better
            ? " (better)"
            : " (worse)"
          : better
            ? "(改善)"
            : "(恶化)";
    const from = formatValue(l.prior!, l.def.unit);
    const to = formatValue(l.actual!, l.def.unit);
    const sign = l.change! > 0 ? "+" : "−";
    const by = `${sign}${formatDifference(l.change!, l.def.unit)}`;
    return en
      ? `Largest change vs ${prior}: ${l.def.label.en} ${from} → ${to} (${by})${verdict}.`
      : `较${prior}变化最大:${l.def.label["zh-CN"]} ${from} → ${to}(${by})${verdict}。`;
  });
}
