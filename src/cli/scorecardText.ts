/** The scorecard as a plain-text table for the terminal (what `npm run demo` prints). */
import type { Analysis, KpiUnit } from "../report";
import type { Lang } from "../workbook";
import {
  labels,
  monthShort,
  monthTitle,
  statusLabel,
  formatValue,
  formatDifference,
} from "../report";

const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);
const pad = (s: string, n: number, right = false) => {
  const fill = " ".repeat(Math.max(0, n - width(s)));
  return right ? fill + s : s + fill;
};

/** A signed difference: "+0.2 pt", "−22 s"; empty when there is none. */
const signed = (value: number | null, unit: KpiUnit) =>
  value === null ? "" : `${value >= 0 ? "+" : "−"}${formatDifference(value, unit)}`;

export function scorecardText(a: Analysis, lang: Lang): string {
  const L = labels(lang);
  // Like the sheet (spec §3.2): the prior month by name, and the change against it.
  const prior = a.priorMonth ? monthShort(a.priorMonth, lang) : L.prior;
  const rows: string[][] = [[L.kpi, L.actual, L.target, L.variance, prior, L.change, L.status]];
  for (const l of a.scorecard) {
    const unit = l.def.unit;
    const t = l.target;
    const target =
      t.target === null
        ? "—"
        : t.direction === "band" && t.bandLow !== undefined && t.bandHigh !== undefined
          ? `${formatValue(t.bandLow, unit)}–${formatValue(t.bandHigh, unit)}`
          : formatValue(t.target, unit);
    rows.push([
      l.def.label[lang],
      l.actual === null ? L.notMeasured : formatValue(l.actual, unit),
      target,
      signed(l.judgement ? l.judgement.variance : null, unit),
      l.prior === null ? "" : formatValue(l.prior, unit),
      signed(l.change, unit),
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
  const title = `${L.title} — ${monthTitle(a.month, lang)} — ${a.queues.join(", ")}`;
  const score = a.score === null ? L.notMeasured : `${a.score.toFixed(1)} / 100`;
  return [title, "", ...lines, "", `${L.overall}: ${score}`, ""].join("\n");
}
