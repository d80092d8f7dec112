/** Sections 7 and 8: the findings, and the data-quality reconciliation with every problem row. */
import type { Analysis } from "../analysis";
import type { Lang, ModelCell } from "../../workbook";
import { findings } from "../findings";
import { labels } from "../labels";
import { problemText, excludedText } from "../problems";
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

export function layoutQuality(b: SheetBuilder, a: Analysis, lang: Lang): void {
  const L = labels(lang);
  const q = a.quality;
  b.keep(11 + Math.min(10, q.problems.length + 1));
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
  b.add("quality-summary", summary);
  if (q.problems.length === 0 && !(a.jobs && a.jobs.problems.length)) {
    b.line(
      "quality-none",
      cell(L.noProblems, { italic: true, fontColor: COLOURS.muted }),
      SHEET_COLUMNS,
      1
    );
    return;
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
  const push = (rowNumber: number | string, problem: string, excluded: string) => {
    const r = start + rows.length;
    rows.push([
      cell(rowNumber, { hAlign: "center", ...top }),
      ...area(PROBLEM, cell(problem, { wrap: true, ...top }), () => cell(null)),
      ...area(EXCLUDED, cell(excluded, { fontColor: COLOURS.muted, wrap: true, ...top }), () =>
        cell(null)
      ),
    ]);
    merges.push({ row: r, ...PROBLEM, rows: 1 }, { row: r, ...EXCLUDED, rows: 1 });
    b.fitText(r, [
      { text: problem, ...PROBLEM },
      { text: excluded, ...EXCLUDED },
    ]);
  };
  for (const p of q.problems)
    push(p.rowNumber, problemText(p, lang), excludedText(p, a.settings, lang));
  for (const p of a.jobs?.problems ?? []) push(p.rowNumber, problemText(p, lang), L.wholeRow);
  b.add("quality", rows, merges);
}
