/** The scorecard as a plain-text table for the terminal (what `npm run demo` prints). */
import type { Analysis } from "../report";
import type { Lang } from "../workbook";
import {
  coverageText,
  formatKpiValue,
  formatSignedDifference,
  labels,
  monthShort,
  monthTitle,
  queuesTitle,
  roundText,
  statusLabel,
  unitContext,
} from "../report";

import { t, translator } from "../i18n";
import { displayWidth as width, pad } from "./textColumns";

export function scorecardText(a: Analysis, lang: Lang): string {
  const L = labels(lang);
  const say = translator(lang);
  const ctx = unitContext(a, lang);
  // Like the sheet (spec §3.2, §5): the prior month by name, and Variance and Change both + = better.
  const prior = a.priorMonth ? monthShort(a.priorMonth, lang) : L.prior;
  const rows: string[][] = [[L.kpi, L.actual, L.target, L.variance, prior, L.change, L.status]];
  for (const l of a.scorecard) {
    const { key, unit } = l.def;
    const value = (x: number) => formatKpiValue(x, key, unit, ctx);
    const signed = (x: number | null) =>
      x === null ? "" : formatSignedDifference(x, key, unit, ctx);
    const t = l.target;
    const target =
      t.target === null
        ? L.noTarget
        : t.direction === "band" && t.bandLow !== undefined && t.bandHigh !== undefined
          ? say("report.range", { low: value(t.bandLow), high: value(t.bandHigh) })
          : value(t.target);
    rows.push([
      l.def.label[lang],
      l.actual === null ? L.notMeasured : value(l.actual),
      target,
      signed(l.judgement ? l.judgement.variance : null),
      l.prior === null ? "" : value(l.prior),
      signed(l.change),
      l.judgement ? statusLabel(l.judgement.status, lang) : "",
    ]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c]))));
  const lines = rows.map((r) =>
    r
      .map((cell, c) => pad(cell, widths[c], c > 0 && c < 6))
      .join("  ")
      .trimEnd()
  );
  const title = t(lang, "report.reportTitle", {
    month: monthTitle(a.month, lang),
    queues: queuesTitle(a.queues, lang),
  });
  const coverage = coverageText(a.coverage, lang);
  const score =
    a.score === null
      ? t(lang, "common.labelled", { label: L.overall, text: coverage })
      : t(lang, "report.overallScoreLine", {
          label: L.overall,
          score: roundText(a.score, 1),
          coverage,
        });
  return [title, "", ...lines, "", score, ""].join("\n");
}
