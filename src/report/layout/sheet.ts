/** The report sheet (spec §3): title and definitions, scorecard, then the sections below it. */
import type { WorkbookModel, SheetModel } from "../../workbook";
import type { Analysis } from "../analysis";
import type { ReportOptions } from "../options";
import { kpiDefinition } from "../kpis";
import { labels, monthTitle, monthShort } from "../labels";
import { COLUMN_WIDTHS, SheetBuilder, SHEET_COLUMNS } from "./builder";
import {
  cell,
  changeCell,
  COLOURS,
  FORMATS,
  header,
  kpiCell,
  numberCell,
  sectionTitle,
  statusCell,
} from "./cells";
import { formatValue } from "../text";
import { layoutTrend } from "./trend";
import { layoutQueues, layoutStaffing, layoutJobs } from "./breakdowns";
import { layoutFindings, layoutProblemSheet, layoutQuality, problemSheetName } from "./quality";
import { problemCount, PROBLEMS_SHOWN } from "../problemList";

/** Points: the 16 pt title with room above and below. */
export const TITLE_ROW_HEIGHT = 26;

export function layoutReport(a: Analysis, options: ReportOptions): WorkbookModel {
  const lang = options.lang;
  const b = new SheetBuilder();
  layoutTitle(b, a, options);
  const scorecardHeaderRow = layoutScorecard(b, a, options);
  layoutTrend(b, a, lang);
  layoutQueues(b, a, lang);
  layoutStaffing(b, a, lang);
  layoutJobs(b, a, lang);
  layoutFindings(b, a, lang);
  // More problems than the sheet shows: the complete list on a sheet of its own, or (command line) in a file.
  const listSheet =
    problemCount(a) > PROBLEMS_SHOWN && options.problemList !== "file"
      ? problemSheetName(a, lang)
      : undefined;
  layoutQuality(b, a, lang, listSheet, options.notes);
  const sheet: SheetModel = {
    name: `SQ ${a.month}`,
    columnWidths: COLUMN_WIDTHS,
    freeze: { rows: 1, cols: 0 },
    blocks: b.blocks,
    charts: b.charts,
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: { first: 0, last: 0 },
      rowBreaks: b.pageBreaks,
    },
    tabColor: COLOURS.headerFill,
    showGridLines: false,
    rowHeights: b.rowHeights,
  };
  void scorecardHeaderRow;
  const sheets = [sheet];
  if (listSheet !== undefined) sheets.push(layoutProblemSheet(a, lang, listSheet));
  return { lang, sheets };
}

function layoutTitle(b: SheetBuilder, a: Analysis, options: ReportOptions): void {
  const L = labels(options.lang);
  const title = `${L.title} — ${monthTitle(a.month, options.lang)} — ${a.queues.join(", ")}`;
  const titleRow = b.line(
    "title",
    cell(title, { bold: true, fontSize: 16, fontColor: COLOURS.titleFont, vAlign: "middle" })
  );
  // 16 pt text needs a taller row; in the model so that every writer gives the same height.
  b.tall(titleRow, TITLE_ROW_HEIGHT);
  const built = options.builtAt.toISOString().slice(0, 16).replace("T", " ");
  const hasShort = a.parsed.columns.has("shortAbandons");
  const box = (label: string, text: string) => [
    cell(label, { bold: true, fill: COLOURS.boxFill }),
    cell(text, { fill: COLOURS.boxFill }),
    ...Array.from({ length: SHEET_COLUMNS - 2 }, () => cell(null, { fill: COLOURS.boxFill })),
  ];
  const rows = [
    box(L.period, `${a.month} (${monthTitle(a.month, options.lang)})`),
    box(L.queues, a.queues.join(", ")),
    box(L.built, `${built} UTC`),
    box(
      `${L.definitions}: ${L.slDefinition}`,
      kpiDefinition("serviceLevel", a.settings, options.lang, hasShort)
    ),
    box(
      `${L.definitions}: ${L.complaintDefinition}`,
      kpiDefinition("complaintRate", a.settings, options.lang)
    ),
    box(L.definitions, L.targetsFrom),
  ];
  const start = b.row;
  const merges = rows.map((_, i) => ({ row: start + i, col: 1, rows: 1, cols: SHEET_COLUMNS - 1 }));
  b.add("definitions", rows, merges);
}

function layoutScorecard(b: SheetBuilder, a: Analysis, options: ReportOptions): number {
  const lang = options.lang;
  const L = labels(lang);
  b.line("scorecard-title", sectionTitle(L.scorecard));
  const priorLabel = a.priorMonth ? monthShort(a.priorMonth, lang) : L.prior;
  const head = [
    L.kpi,
    L.definition,
    L.actual,
    L.target,
    L.variance,
    priorLabel,
    L.change,
    L.status,
    L.weight,
    L.attainment,
  ].map((t, i) => header(t, i < 2 ? "left" : "center"));
  const hasShort = a.parsed.columns.has("shortAbandons");
  const rows = a.scorecard.map((line, i) => {
    const band = i % 2 === 1 ? { fill: COLOURS.bandFill } : undefined;
    const unit = line.def.unit;
    const t = line.target;
    const targetCell =
      t.target === null
        ? cell(L.noTarget, { hAlign: "right", ...band })
        : t.direction === "band" && t.bandLow !== undefined && t.bandHigh !== undefined
          ? cell(`${formatValue(t.bandLow, unit)}–${formatValue(t.bandHigh, unit)}`, {
              hAlign: "right",
              ...band,
            })
          : kpiCell(t.target, unit, lang, band);
    return [
      cell(line.def.label[lang], { bold: true, ...band }),
      cell(kpiDefinition(line.def.key, a.settings, lang, hasShort), {
        fontColor: COLOURS.muted,
        ...band,
      }),
      kpiCell(line.actual, unit, lang, { bold: true, ...band }),
      targetCell,
      changeCell(line.judgement ? line.judgement.variance : null, unit, band),
      a.priorMonth ? kpiCell(line.prior, unit, lang, band) : cell(null, band),
      changeCell(line.change, unit, band),
      line.judgement ? statusCell(line.judgement.status, lang) : cell(null, band),
      numberCell(t.weight, "0", band),
      line.judgement ? numberCell(line.judgement.attainment, "0.0", band) : cell(null, band),
    ];
  });
  const total = [
    cell(L.overall, { bold: true, borderTop: true }),
    ...Array.from({ length: 8 }, () => cell(null, { borderTop: true })),
    a.score === null
      ? cell(L.notMeasured, { italic: true, borderTop: true, hAlign: "right" })
      : numberCell(a.score, FORMATS.score, { bold: true, borderTop: true, fontSize: 12 }),
  ];
  if (a.priorScore !== null && a.priorMonth) {
    total[5] = numberCell(a.priorScore, FORMATS.score, { borderTop: true });
  }
  const start = b.add("scorecard", [head, ...rows, total]);
  b.tall(start, 28);
  return start;
}
