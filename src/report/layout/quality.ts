/** Sections 7 and 8: the findings, and the data-quality reconciliation with every problem row. */
import type { Analysis } from "../analysis";
import type { Lang, ModelCell } from "../model";
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
  lines.forEach((text, i) => {
    // A merged row does not grow with its text: about 190 characters fit across A:K at 10 pt.
    if (text.length > 190) b.tall(start + i, 13 * Math.ceil(text.length / 190) + 2);
  });
  b.add(
    "findings",
    lines.map((text) => [cell(`•  ${text}`, { wrap: true, vAlign: "top" })]),
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
  // Row in A, the problem across B:F (about 84 characters), what it was left out of across G:K (wrapped).
  const blank = (n: number, make: () => ModelCell) => Array.from({ length: n }, make);
  const head = [
    header(L.row, "center"),
    header(L.problem, "left"),
    ...blank(4, () => header("")),
    header(L.excluded, "left"),
    ...blank(4, () => header("")),
  ];
  const start = b.row;
  const rows: ModelCell[][] = [head];
  const merges = [
    { row: start, col: 1, rows: 1, cols: 5 },
    { row: start, col: 6, rows: 1, cols: 5 },
  ];
  const top = { vAlign: "top" as const };
  const push = (rowNumber: number | string, problem: string, excluded: string) => {
    const r = start + rows.length;
    rows.push([
      cell(rowNumber, { hAlign: "center", ...top }),
      cell(problem, { wrap: true, ...top }),
      ...blank(4, () => cell(null)),
      cell(excluded, { fontColor: COLOURS.muted, wrap: true, ...top }),
      ...blank(4, () => cell(null)),
    ]);
    merges.push({ row: r, col: 1, rows: 1, cols: 5 }, { row: r, col: 6, rows: 1, cols: 5 });
    // Merged cells do not grow with their text: about 60 characters a line fit in G:K, 80 in B:F, at 10 pt.
    const lines = Math.max(Math.ceil(excluded.length / 60), Math.ceil(problem.length / 80));
    if (lines > 1) b.tall(r, 13 * lines + 2);
  };
  for (const p of q.problems)
    push(p.rowNumber, problemText(p, lang), excludedText(p, a.settings, lang));
  for (const p of a.jobs?.problems ?? []) push(p.rowNumber, problemText(p, lang), L.wholeRow);
  b.add("quality", rows, merges);
}
