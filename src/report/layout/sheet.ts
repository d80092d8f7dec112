/** The report sheet (spec §3): title and definitions, scorecard, then the sections below it. */
import type { WorkbookModel, SheetModel } from "../../workbook";
import type { Analysis } from "../analysis";
import type { ReportOptions } from "../options";
import { kpiDefinition } from "../kpis";
import { t } from "../../i18n";
import { labels, monthTitle, monthShort } from "../labels";
import { COLUMN_WIDTHS, SheetBuilder, SHEET_COLUMNS } from "./builder";
import { measureColumnWidths } from "./columnWidths";
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
import { coverageText } from "../text";
import { formatKpiValue } from "../units";
import { unitContext } from "../analysis";
import type { Lang } from "../../workbook";
import { layoutTrend } from "./trend";
import { layoutQueues, layoutStaffing, layoutStaffingDays, layoutJobs } from "./breakdowns";
import { layoutAgents } from "./agents";
import { layoutFindings, layoutProblemSheet, layoutQuality, problemSheetName } from "./quality";
import { problemCount, PROBLEMS_SHOWN } from "../problemList";
import { readSummary } from "../../input";

/** Points: the 16 pt title with room above and below. */
export const TITLE_ROW_HEIGHT = 26;

export function layoutReport(a: Analysis, options: ReportOptions): WorkbookModel {
  const lang = options.lang;
  // More problems than the sheet shows: the complete list on a sheet of its own, or (command line) in a file.
  const listSheet =
    problemCount(a) > PROBLEMS_SHOWN && options.problemList !== "file"
      ? problemSheetName(a, lang)
      : undefined;
  // Two passes: the first lays the content out to measure it, the second with columns that fit it (row
  // heights of wrapped text and page breaks depend on the widths).
  const draft = layoutSheet(a, options, COLUMN_WIDTHS, listSheet);
  const widths = measureColumnWidths(draft.blocks, SHEET_COLUMNS);
  const sheets = [layoutSheet(a, options, widths, listSheet)];
  if (listSheet !== undefined) sheets.push(layoutProblemSheet(a, lang, listSheet));
  return { lang, sheets };
}

function layoutSheet(
  a: Analysis,
  options: ReportOptions,
  widths: number[],
  listSheet: string | undefined
): SheetModel {
  const lang = options.lang;
  const b = new SheetBuilder(widths);
  layoutTitle(b, a, options);
  // Pages a manager turns: the scorecard with the queues; the agents (contact records with an agent
  // column); the charts; the daily table; the staffing
  // summary, service jobs and findings; the staffing check day by day; data quality.
  layoutScorecard(b, a, options);
  layoutQueues(b, a, lang);
  layoutAgents(b, a, lang);
  layoutTrend(b, a, lang);
  layoutStaffing(b, a, lang);
  layoutJobs(b, a, lang);
  layoutFindings(b, a, lang);
  layoutStaffingDays(b, a, lang);
  layoutQuality(b, a, lang, listSheet, options.notes);
  return {
    name: t(lang, "common.reportSheetName", { month: a.month }),
    columnWidths: widths,
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
}

/** Up to three queue names, otherwise "12 queues" (spec §5); the full list is in the queue breakdown. */
export function queuesTitle(queues: string[], lang: Lang): string {
  if (queues.length <= 3) return queues.join(t(lang, "report.itemSeparator"));
  return t(lang, "report.queueCount", { count: queues.length });
}

function layoutTitle(b: SheetBuilder, a: Analysis, options: ReportOptions): void {
  const lang = options.lang;
  const L = labels(lang);
  const title = t(lang, "report.reportTitle", {
    month: monthTitle(a.month, lang),
    queues: queuesTitle(a.queues, lang),
  });
  const titleRow = b.line(
    "title",
    cell(title, { bold: true, fontSize: 16, fontColor: COLOURS.titleFont, vAlign: "middle" })
  );
  // 16 pt text needs a taller row; in the model so that every writer gives the same height.
  b.tall(titleRow, TITLE_ROW_HEIGHT);
  const built = options.builtAt.toISOString().slice(0, 16).replace("T", " ");
  const hasShort = a.parsed.columns.has("shortAbandons");
  const box = (label: string, text: string) => [
    // Top-aligned with its text: a label beside a wrapped paragraph belongs to its first line.
    cell(label, { bold: true, fill: COLOURS.boxFill, vAlign: "top" }),
    cell(text, { fill: COLOURS.boxFill, wrap: true, vAlign: "top" }),
    ...Array.from({ length: SHEET_COLUMNS - 2 }, () => cell(null, { fill: COLOURS.boxFill })),
  ];
  const allQueues = a.queues.join(t(lang, "report.itemSeparator"));
  const queueList =
    a.queues.length <= 3
      ? allQueues
      : t(lang, "common.labelled", { label: queuesTitle(a.queues, lang), text: allQueues });
  const texts: [string, string][] = [
    [L.period, t(lang, "common.withNote", { text: a.month, note: monthTitle(a.month, lang) })],
    [L.queues, queueList],
    [L.built, t(lang, "report.builtAt", { time: built })],
    [
      t(lang, "common.labelled", { label: L.definitions, text: L.slDefinition }),
      kpiDefinition("serviceLevel", a.settings, lang, hasShort),
    ],
    [
      t(lang, "common.labelled", { label: L.definitions, text: L.complaintDefinition }),
      kpiDefinition("complaintRate", a.settings, lang),
    ],
    [L.targetsLabel, a.targetsSource === "table" ? L.targetsFromTable : L.targetsFromDefaults],
    [L.signsLabel, L.signsRule],
    ...readRows(a, lang),
  ];
  const start = b.row;
  texts.forEach(([, text], i) => b.fitText(start + i, [{ text, col: 1, cols: SHEET_COLUMNS - 1 }]));
  const merges = texts.map((_, i) => ({
    row: start + i,
    col: 1,
    rows: 1,
    cols: SHEET_COLUMNS - 1,
  }));
  b.add(
    "definitions",
    texts.map(([label, text]) => box(label, text)),
    merges
  );
}

/**
 * What the reader understood (input.md §1): the shape, each column used and its field, every conversion and
 * the columns not used, one labelled row each (rows with nothing to say are left out), the same words the
 * command line prints and the taskpane shows under Columns.
 */
function readRows(a: Analysis, lang: Lang): [string, string][] {
  const read = readSummary(a.parsed.read.description, lang);
  const join = (items: string[]) => items.join(t(lang, "common.listSeparator"));
  const rows: [string, string][] = [
    [t(lang, "report.readAsLabel"), read.shape],
    [t(lang, "report.readColumnsLabel"), join(read.columns)],
    [t(lang, "report.readConversionsLabel"), join(read.conversions)],
    [t(lang, "report.readIgnoredLabel"), join(read.ignored)],
  ];
  return rows.filter(([, text]) => text !== "");
}

function layoutScorecard(b: SheetBuilder, a: Analysis, options: ReportOptions): number {
  const lang = options.lang;
  const L = labels(lang);
  const ctx = unitContext(a, lang);
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
  ].map((text, i) => header(text, i < 2 ? "left" : "center"));
  const hasShort = a.parsed.columns.has("shortAbandons");
  const rows = a.scorecard.map((line, i) => {
    const band = i % 2 === 1 ? { fill: COLOURS.bandFill } : undefined;
    const def = line.def;
    const target = line.target;
    const targetCell =
      target.target === null
        ? cell(L.noTarget, { hAlign: "right", ...band })
        : target.direction === "band" &&
            target.bandLow !== undefined &&
            target.bandHigh !== undefined
          ? cell(
              t(lang, "report.range", {
                low: formatKpiValue(target.bandLow, def.key, def.unit, ctx),
                high: formatKpiValue(target.bandHigh, def.key, def.unit, ctx),
              }),
              { hAlign: "right", ...band }
            )
          : kpiCell(target.target, def, ctx, band);
    return [
      cell(def.label[lang], { bold: true, ...band }),
      cell(kpiDefinition(def.key, a.settings, lang, hasShort), {
        fontColor: COLOURS.muted,
        wrap: true,
        ...band,
      }),
      kpiCell(line.actual, def, ctx, { bold: true, ...band }),
      targetCell,
      changeCell(line.judgement ? line.judgement.variance : null, def, ctx, band),
      a.priorMonth ? kpiCell(line.prior, def, ctx, band) : cell(null, band),
      changeCell(line.change, def, ctx, band),
      line.judgement ? statusCell(line.judgement.status, lang) : cell(null, band),
      numberCell(target.weight, "0", band),
      line.judgement ? numberCell(line.judgement.attainment, "0.0", band) : cell(null, band),
    ];
  });
  // A definition may wrap to two lines: every cell of its row sits in the middle, level with it.
  const middle = rows.map((r) =>
    r.map((c) => ({ ...c, style: { ...c.style, vAlign: "middle" as const } }))
  );
  const coverage = coverageText(a.coverage, lang);
  const total = [
    cell(L.overall, { bold: true, borderTop: true, wrap: true, vAlign: "top" }),
    cell(coverage, { borderTop: true, italic: a.score === null, wrap: true, vAlign: "top" }),
    ...Array.from({ length: 7 }, () => cell(null, { borderTop: true })),
    a.score === null
      ? cell(L.notScored, { italic: true, borderTop: true, hAlign: "right" })
      : numberCell(a.score, FORMATS.score, { bold: true, borderTop: true, fontSize: 12 }),
  ];
  if (a.priorScore !== null && a.priorMonth) {
    total[5] = numberCell(a.priorScore, FORMATS.score, { borderTop: true });
  }
  const start = b.row;
  const totalRow = start + 1 + rows.length;
  a.scorecard.forEach((line, i) =>
    b.fitText(start + 1 + i, [
      { text: kpiDefinition(line.def.key, a.settings, lang, hasShort), col: 1, cols: 1 },
    ])
  );
  b.fitText(totalRow, [
    { text: coverage, col: 1, cols: 8 },
    { text: L.overall, col: 0, cols: 1 },
  ]);
  b.add("scorecard", [head, ...middle, total], [{ row: totalRow, col: 1, rows: 1, cols: 8 }]);
  b.tall(start, 28);
  return start;
}
