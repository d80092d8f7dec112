/** Section 3: the daily trend table and its native charts (SL vs target; volumes; satisfaction or complaints). */
import type { Analysis } from "../analysis";
import type { ChartSpec, Lang, ModelCell, RangeRef } from "../model";
import { STATUS_COLOURS } from "../model";
import { dayToExcelSerial, weekdayOf } from "../dates";
import { labels } from "../labels";
import type { SheetBuilder } from "./builder";
import { cell, COLOURS, FORMATS, header, kpiCell, numberCell, sectionTitle } from "./cells";

const CHART_ROWS = 15;

export function layoutTrend(b: SheetBuilder, a: Analysis, lang: Lang): void {
  const L = labels(lang);
  const hasSat = a.scorecard.some((l) => l.def.key === "satisfactionRate" && l.actual !== null);
  const hasComplaints = a.scorecard.some((l) => l.def.key === "complaintRate" && l.actual !== null);
  const chartRows = CHART_ROWS * (hasSat || hasComplaints ? 2 : 1) + 1;
  b.keep(1 + chartRows);
  b.line("trend-title", sectionTitle(L.trend));
  const chartTop = b.reserve(chartRows);
  const slTarget = a.scorecard.find((l) => l.def.key === "serviceLevel")?.target.target ?? null;
  const head = [
    L.date,
    L.weekday,
    L.offered,
    L.answered,
    L.abandoned,
    L.serviceLevel,
    L.slTarget,
    L.asa,
    L.abandonRate,
    L.satisfaction,
    L.complaints,
  ].map((t, i) => header(t, i < 2 ? "left" : "center"));
  const rows: ModelCell[][] = a.days.map((d, i) => {
    const band = i % 2 === 1 ? { fill: COLOURS.bandFill } : undefined;
    const weekday = L.weekdays[weekdayOf(d.day)];
    const date = cell(dayToExcelSerial(d.day), { numFmt: FORMATS.date, hAlign: "left", ...band });
    if (!d.present) {
      return [
        date,
        cell(`${weekday} · ${L.noData}`, { italic: true, fontColor: COLOURS.muted, ...band }),
        ...Array.from({ length: 4 }, () => cell(null, band)),
        slTarget === null ? cell(null, band) : numberCell(slTarget, FORMATS.ratio, band),
        ...Array.from({ length: 4 }, () => cell(null, band)),
      ];
    }
    const sl = d.kpis.serviceLevel;
    const slStyle = d.status
      ? { fill: STATUS_COLOURS[d.status].fill, fontColor: STATUS_COLOURS[d.status].font }
      : band;
    return [
      date,
      cell(weekday, band),
      numberCell(d.offered, FORMATS.count, band),
      numberCell(d.answered, FORMATS.count, band),
      numberCell(d.abandoned, FORMATS.count, band),
      sl === null ? cell(null, band) : numberCell(sl, FORMATS.ratio, slStyle),
      slTarget === null ? cell(null, band) : numberCell(slTarget, FORMATS.ratio, band),
      optional(d.kpis.asa, FORMATS.seconds, band),
      optional(d.kpis.abandonRate, FORMATS.ratio, band),
      optional(d.kpis.satisfactionRate, FORMATS.ratio, band),
      optional(d.kpis.complaintRate, FORMATS.number, band),
    ];
  });
  const value = (key: string) => a.scorecard.find((l) => l.def.key === key)?.actual ?? null;
  const top = { borderTop: true, bold: true };
  const total = [
    cell(L.total, top),
    cell(null, top),
    numberCell(sumOf(a, "offered"), FORMATS.count, top),
    numberCell(sumOf(a, "answered"), FORMATS.count, top),
    numberCell(sumOf(a, "abandoned"), FORMATS.count, top),
    kpiCell(value("serviceLevel"), "ratio", lang, top),
    slTarget === null ? cell(null, top) : numberCell(slTarget, FORMATS.ratio, top),
    kpiCell(value("asa"), "seconds", lang, top),
    kpiCell(value("abandonRate"), "ratio", lang, top),
    kpiCell(value("satisfactionRate"), "ratio", lang, top),
    kpiCell(value("complaintRate"), "number", lang, top),
  ];
  b.keep(rows.length + 3);
  const tableTop = b.add("trend", [head, ...rows, total]);
  b.tall(tableTop, 28);
  const first = tableTop + 1;
  const n = a.days.length;
  const col = (c: number): RangeRef => ({ row: first, col: c, rows: n, cols: 1 });
  const headerAt = (c: number) => (head[c].value as string) ?? "";
  const charts: ChartSpec[] = [
    {
      id: "chart-sl",
      kind: "line",
      title: L.chartSl,
      categories: col(0),
      series: [
        { name: headerAt(5), values: col(5), color: COLOURS.sl },
        ...(slTarget === null
          ? []
          : [{ name: headerAt(6), values: col(6), color: COLOURS.target }]),
      ],
      anchor: { row: chartTop, col: 0, widthPx: 440, heightPx: CHART_ROWS * 20 - 10 },
      valueAxisFormat: "0%",
    },
    {
      id: "chart-volume",
      kind: "column",
      title: L.chartVolume,
      categories: col(0),
      series: [
        { name: headerAt(3), values: col(3), color: COLOURS.answered },
        { name: headerAt(4), values: col(4), color: COLOURS.abandoned },
        { name: headerAt(2), values: col(2), kind: "line", color: COLOURS.offered },
      ],
      anchor: { row: chartTop, col: 2, widthPx: 620, heightPx: CHART_ROWS * 20 - 10 },
      valueAxisFormat: "#,##0",
    },
  ];
  if (hasSat) {
    charts.push({
      id: "chart-satisfaction",
      kind: "line",
      title: L.chartSatisfaction,
      categories: col(0),
      series: [{ name: headerAt(9), values: col(9), color: COLOURS.answered }],
      anchor: { row: chartTop + CHART_ROWS, col: 0, widthPx: 440, heightPx: CHART_ROWS * 20 - 10 },
      valueAxisFormat: "0%",
    });
  }
  if (hasComplaints) {
    charts.push({
      id: "chart-complaints",
      kind: "column",
      title: L.chartComplaints,
      categories: col(0),
      series: [{ name: headerAt(10), values: col(10), color: COLOURS.target }],
      anchor: { row: chartTop + CHART_ROWS, col: 2, widthPx: 620, heightPx: CHART_ROWS * 20 - 10 },
      valueAxisFormat: "0.0",
    });
  }
  b.charts.push(...charts);
}

function optional(value: number | null, numFmt: string, band?: { fill: string }): ModelCell {
  return value === null ? cell(null, band) : numberCell(value, numFmt, band);
}

function sumOf(a: Analysis, field: "offered" | "answered" | "abandoned"): number {
  return a.days.reduce((s, d) => s + d[field], 0);
}
