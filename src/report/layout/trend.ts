/** Section 3: the daily trend table and its native charts (SL vs target; volumes; satisfaction or complaints). */
import type { Analysis } from "../analysis";
import type { CellStyle, ChartSpec, Lang, ModelCell, RangeRef } from "../../workbook";
import { unitContext } from "../analysis";
import { complaintBaseText, valueFormat } from "../units";
import { STATUS_COLOURS } from "../../workbook";
import { dayToExcelSerial } from "../dates";
import { labels, weekdayName } from "../labels";
import { t } from "../../i18n";
import { columnPx, type SheetBuilder } from "./builder";
import { cell, COLOURS, FORMATS, header, kpiCell, numberCell, sectionTitle } from "./cells";

const CHART_ROWS = 15;

export function layoutTrend(b: SheetBuilder, a: Analysis, lang: Lang): void {
  const L = labels(lang);
  const ctx = unitContext(a, lang);
  const base = complaintBaseText(a.settings.complaintBase, lang);
  const complaintsHeader = t(lang, "report.complaintsPerBase", { base });
  const asaHeader = L.asaSeconds;
  const asaFormat = valueFormat("asa", "seconds", ctx);
  const complaintFormat = "#,##0.0";
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
    asaHeader,
    L.abandonRate,
    L.satisfaction,
    complaintsHeader,
  ].map((t, i) => header(t, i < 2 ? "left" : "center"));
  const rows: ModelCell[][] = a.days.map((d, i) => {
    const band = i % 2 === 1 ? { fill: COLOURS.bandFill } : undefined;
    const weekday = weekdayName(d.day, lang);
    const date = cell(dayToExcelSerial(d.day), { numFmt: FORMATS.date, hAlign: "left", ...band });
    if (!d.present) {
      return [
        date,
        cell(t(lang, "report.dayNoData", { weekday }), {
          italic: true,
          fontColor: COLOURS.muted,
          ...band,
        }),
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
      optional(d.kpis.asa, asaFormat, band),
      optional(d.kpis.abandonRate, FORMATS.ratio, band),
      optional(d.kpis.satisfactionRate, FORMATS.ratio, band),
      optional(d.kpis.complaintRate, complaintFormat, band),
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
    kpiCell(value("serviceLevel"), { key: "serviceLevel", unit: "ratio" }, ctx, top),
    slTarget === null ? cell(null, top) : numberCell(slTarget, FORMATS.ratio, top),
    optional(value("asa"), asaFormat, top),
    kpiCell(value("abandonRate"), { key: "abandonRate", unit: "ratio" }, ctx, top),
    kpiCell(value("satisfactionRate"), { key: "satisfactionRate", unit: "ratio" }, ctx, top),
    optional(value("complaintRate"), complaintFormat, top),
  ];
  b.keep(rows.length + 3);
  const tableTop = b.add("trend", [head, ...rows, total]);
  b.tall(tableTop, 28);
  const first = tableTop + 1;
  const n = a.days.length;
  const col = (c: number): RangeRef => ({ row: first, col: c, rows: n, cols: 1 });
  const headerAt = (c: number) => (head[c].value as string) ?? "";
  // Two charts side by side per band of CHART_ROWS rows: a narrow one from A, a wide one from the column
  // nearest 40% of the sheet's width, each as wide as its columns (less a gap), whatever the widths are.
  const split = chartSplit(b.widths);
  const chart = (
    id: string,
    kind: ChartSpec["kind"],
    title: string,
    series: ChartSpec["series"],
    band: number,
    wide: boolean,
    valueAxisFormat: string
  ): ChartSpec => ({
    id,
    kind,
    title,
    categories: col(0),
    series,
    anchor: {
      row: chartTop + band * CHART_ROWS,
      col: wide ? split.col : 0,
      widthPx: wide ? split.widePx : split.narrowPx,
      heightPx: CHART_ROWS * 20 - 10,
    },
    valueAxisFormat,
  });
  const line = (c: number, color: string) => ({ name: headerAt(c), values: col(c), color });
  const charts: ChartSpec[] = [
    chart(
      "chart-sl",
      "line",
      L.chartSl,
      [line(5, COLOURS.sl), ...(slTarget === null ? [] : [line(6, COLOURS.target)])],
      0,
      false,
      "0%"
    ),
    chart(
      "chart-volume",
      "column",
      L.chartVolume,
      [
        line(3, COLOURS.answered),
        line(4, COLOURS.abandoned),
        { ...line(2, COLOURS.offered), kind: "line" },
      ],
      0,
      true,
      "#,##0"
    ),
  ];
  if (hasSat)
    charts.push(
      chart(
        "chart-satisfaction",
        "line",
        L.chartSatisfaction,
        [line(9, COLOURS.answered)],
        1,
        false,
        "0%"
      )
    );
  if (hasComplaints)
    charts.push(
      chart(
        "chart-complaints",
        "column",
        complaintsHeader,
        [line(10, COLOURS.target)],
        1,
        true,
        // The base on the axis too (spec §5), not only in the title.
        `0.0" ${t(lang, "report.unitComplaints", { base }).replace(/"/g, '""')}"`
      )
    );
  b.charts.push(...charts);
}

function optional(value: number | null, numFmt: string, band?: CellStyle): ModelCell {
  return value === null ? cell(null, band) : numberCell(value, numFmt, band);
}

function sumOf(a: Analysis, field: "offered" | "answered" | "abandoned"): number {
  return a.days.reduce((s, d) => s + d[field], 0);
}

/** The column where the wide chart starts, and both charts' widths in pixels. */
function chartSplit(widths: number[]): { col: number; narrowPx: number; widePx: number } {
  const px = widths.map(columnPx);
  const total = px.reduce((x, y) => x + y, 0);
  let col = 1;
  let best = Infinity;
  for (let c = 1, left = px[0]; c < px.length; left += px[c], c++) {
    const miss = Math.abs(left - 0.4 * total);
    if (miss < best) {
      best = miss;
      col = c;
    }
  }
  const left = px.slice(0, col).reduce((x, y) => x + y, 0);
  return { col, narrowPx: left - 12, widePx: total - left - 4 };
}
