/** Sections 7 and 8: the findings, and data quality (rows read and how they split, problems by kind and row). */
import type { Analysis } from "../analysis";
import type { Lang, ModelCell, SheetModel } from "../../workbook";
import { findings } from "../findings";
import { labels } from "../labels";
import {
  kindLabel,
  problemCount,
  problemKinds,
  problemLines,
  problemTable,
  moreProblemsText,
  PROBLEMS_SHOWN,
  reconciliation,
  reconciliationText,
} from "../problemList";
import { t } from "../../i18n";
import type { SheetBuilder } from "./builder";
import { SHEET_COLUMNS } from "./builder";
import { cell, COLOURS, FORMATS, header, numberCell, sectionTitle } from "./cells";

export function layoutFindings(b: SheetBuilder, a: Analysis, lang: Lang): void {
  const lines = findings(a, lang);
  b.keep(lines.length + 2);
  b.line("findings-title", sectionTitle(labels(lang).findings));
  const start = b.row;
  const bullets = lines.map((text) => `•  ${text}`);
  bullets.forEach((text, i) => b.fitText(start + i, [{ text, col: 0, cols: SHEET_COLUMNS }]));
  b.add(
    "findings",
    bullets.map((text) => [cell(text, { wrap: true, vAlign: "top" })]),
    lines.map((_, i) => ({ row: start + i, col: 0, rows: 1, cols: SHEET_COLUMNS }))
  );
}

/**
 * Rows read and how they split (a sentence that adds up), the count of every kind of problem, and the first
 * PROBLEMS_SHOWN problems with their row numbers. Linear in the problems: only the rows shown are worded and
 * merged, so a month with a million bad rows lays out as fast as one with a thousand.
 */
export function layoutQuality(
  b: SheetBuilder,
  a: Analysis,
  lang: Lang,
  listSheet?: string,
  notes: string[] = []
): void {
  const L = labels(lang);
  const q = a.quality;
  const total = problemCount(a);
  b.keep(11 + Math.min(10, total + 1));
  b.line("quality-title", sectionTitle(L.quality));
  const count = (label: string, n: number, bold = false): ModelCell[] => [
    cell(label, bold ? { bold: true } : undefined),
    numberCell(n, FORMATS.count, bold ? { bold: true } : undefined),
  ];
  const summary = [
    count(L.rowsRead, q.rowsRead, true),
    count(L.blankRows, q.blankRows),
    count(L.rowsOtherMonths, q.rowsOtherMonths),
    count(L.rowsInMonth, q.rowsInMonth, true),
    count(L.rowsUsed, q.rowsUsed),
    count(L.rowsPartlyUsed, q.rowsPartlyUsed),
    count(L.rowsRejected, q.rowsRejected),
    count(L.offeredCounted, q.offeredCounted, true),
  ];
  b.add("quality-summary", summary, [], 0);
  b.line(
    "quality-reconciliation",
    cell(reconciliationText(reconciliation(a), lang), { italic: true, fontColor: COLOURS.muted }),
    SHEET_COLUMNS,
    1
  );
  notes.forEach((note, i) =>
    b.line(`quality-note-${i + 1}`, cell(note, { fontColor: COLOURS.muted }), SHEET_COLUMNS, 0)
  );
  if (notes.length) b.row++;
  if (total === 0) {
    b.line(
      "quality-none",
      cell(L.noProblems, { italic: true, fontColor: COLOURS.muted }),
      SHEET_COLUMNS,
      1
    );
    return;
  }
  const kinds = problemKinds(a);
  b.keep(kinds.length + 1);
  b.add("quality-kinds", [
    [
      header(t(lang, "report.problemCount"), "center"),
      header(t(lang, "report.problemKinds"), "left"),
    ],
    ...kinds.map((k) => [numberCell(k.count, FORMATS.count), cell(kindLabel(k.code, lang))]),
  ]);
  if (total > PROBLEMS_SHOWN) {
    const note = moreProblemsText(total, lang, listSheet);
    b.line("quality-more", cell(note, { bold: true, wrap: true }), SHEET_COLUMNS, 0);
    b.fitText(b.row - 1, [{ text: note, col: 0, cols: SHEET_COLUMNS }]);
  }
  // Row in A, the problem across B:D (short texts), what it was left out of across E:K (lists of KPIs).
  const PROBLEM = { col: 1, cols: 3 };
  const EXCLUDED = { col: 4, cols: SHEET_COLUMNS - 4 };
  const area = (at: { col: number; cols: number }, first: ModelCell, make: () => ModelCell) => [
    first,
    ...Array.from({ length: at.cols - 1 }, make),
  ];
  const head = [
    header(L.row, "center"),
    ...area(PROBLEM, header(L.problem, "left"), () => header("")),
    ...area(EXCLUDED, header(L.excluded, "left"), () => header("")),
  ];
  const start = b.row;
  const rows: ModelCell[][] = [head];
  const merges = [
    { row: start, ...PROBLEM, rows: 1 },
    { row: start, ...EXCLUDED, rows: 1 },
  ];
  const top = { vAlign: "top" as const };
  for (const line of problemLines(a, lang, PROBLEMS_SHOWN)) {
    const r = start + rows.length;
    rows.push([
      cell(line.rowNumber, { hAlign: "center", ...top }),
      ...area(PROBLEM, cell(line.problem, { wrap: true, ...top }), () => cell(null)),
      ...area(EXCLUDED, cell(line.excluded, { fontColor: COLOURS.muted, wrap: true, ...top }), () =>
        cell(null)
      ),
    ]);
    merges.push({ row: r, ...PROBLEM, rows: 1 }, { row: r, ...EXCLUDED, rows: 1 });
    b.fitText(r, [
      { text: line.problem, ...PROBLEM },
      { text: line.excluded, ...EXCLUDED },
    ]);
  }
  b.add("quality", rows, merges);
}

/** Column widths of the complete problem list: row, kind, problem, what it was left out of. */
const LIST_WIDTHS = [10, 30, 60, 70];

/**
 * The complete problem list as a sheet of its own, when there are more problems than the report shows: plain
 * rows (no merges, one style per column) so that even a very long list writes in linear time.
 */
export function layoutProblemSheet(a: Analysis, lang: Lang, name: string): SheetModel {
  const table = problemTable(a, lang);
  const head = table.headers.map((h, i) => header(h, i === 0 ? "center" : "left"));
  const top = { vAlign: "top" as const };
  const rows: ModelCell[][] = [head];
  for (const [row, kind, problem, excluded] of table.rows) {
    rows.push([
      cell(row, { hAlign: "center", ...top }),
      cell(kind, top),
      cell(problem, top),
      cell(excluded, { fontColor: COLOURS.muted, ...top }),
    ]);
  }
  return {
    name,
    columnWidths: LIST_WIDTHS,
    freeze: { rows: 1, cols: 0 },
    blocks: [{ id: "problem-list", row: 0, col: 0, cells: rows }],
    charts: [],
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: { first: 0, last: 0 },
    },
    showGridLines: true,
  };
}

/** The problem sheet's name for a month: "Problems 2026-10" / "数据问题 2026-10". */
export function problemSheetName(a: Analysis, lang: Lang): string {
  return t(lang, "report.problemSheetName", { month: a.month });
}
