/** Stacks the report's blocks down the sheet, one section after another, and keeps their charts. */
import type { Block, ChartSpec, ModelCell, RangeRef } from "../../workbook";
import { padRow } from "./cells";

/**
 * Column widths of the report sheet's first layout pass, in Excel's character units, from column A; the
 * sheet is then laid out again with widths measured from its content (columnWidths.ts).
 */
export const COLUMN_WIDTHS = [26, 36, 12, 12, 12, 12, 12, 11, 12, 12, 12];

export const SHEET_COLUMNS = COLUMN_WIDTHS.length;

/**
 * Characters of 10 pt text per unit of column width: a unit is the width of a digit at 11 pt, and Latin text
 * at 10 pt runs ~1.4 characters to it (Calibri in Excel, its substitute in LibreOffice). A Chinese character
 * is as wide as ~2.5 Latin ones.
 */
export const CHARS_PER_UNIT = 1.3;
const CJK_WEIGHT = 2.5;
/** Points per line of 10 pt text, and the padding of a row. */
const LINE_POINTS = 13;
const ROW_PADDING = 2;

/** The lines `text` wraps to in `widthUnits` of columns: merged cells never grow with their text. */
export function wrappedLines(text: string, widthUnits: number): number {
  return Math.max(1, Math.ceil(textWidth(text) / (widthUnits * CHARS_PER_UNIT)));
}

/** The width of `text` in Latin characters of 10 pt: a Chinese character counts CJK_WEIGHT. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? CJK_WEIGHT : 1;
  return width;
}

/** Excel's pixels for a column of `units` width (a digit is 7 px at 11 pt, plus 5 px of padding). */
export const columnPx = (units: number) => Math.round(units * 7 + 5);

/**
 * Rows of 15 pt that fit on a landscape A4 page when the sheet is fitted to the page width: ~785 pt of
 * printable width scales the columns by min(1, 785 / their width in pt); ~530 pt of printable height holds
 * 530 / (12.75 × scale) rows of LibreOffice's default height, less the repeated title row and a margin for
 * taller header rows. With the first pass's widths (~1,240 px) this gives 44, checked in LibreOffice.
 */
export function pageRowsFor(widths: number[]): number {
  const points = widths.reduce((sum, w) => sum + columnPx(w), 0) * 0.75;
  const scale = Math.min(1, 785 / points);
  return Math.floor(530 / (12.75 * scale)) - 5;
}

export class SheetBuilder {
  /** Rows a printed page holds with these widths. */
  readonly pageRows: number;

  constructor(readonly widths: number[] = COLUMN_WIDTHS) {
    this.pageRows = pageRowsFor(widths);
  }

  readonly blocks: Block[] = [];
  readonly charts: ChartSpec[] = [];
  readonly rowHeights: Record<number, number> = {};
  /** Rows that start a printed page. */
  readonly pageBreaks: number[] = [];
  private pageStart = 0;
  /** The next free row (0-based). */
  row = 0;

  /** Adds rows of cells at column 0 of the next free row; returns the block's first row. */
  add(id: string, rows: ModelCell[][], merges: RangeRef[] = [], gapAfter = 1): number {
    const start = this.row;
    // A loop, not Math.max(...rows): spreading a long list of rows overflows the call stack.
    let width = SHEET_COLUMNS;
    for (const r of rows) if (r.length > width) width = r.length;
    this.blocks.push({
      id,
      row: start,
      col: 0,
      cells: rows.map((r) => padRow(r, width)),
      merges: merges.length ? merges : undefined,
    });
    this.row += rows.length + gapAfter;
    return start;
  }

  /** A merged single-row text line across `cols` columns at the next free row. */
  line(id: string, text: ModelCell, cols = SHEET_COLUMNS, gapAfter = 0): number {
    const r = this.row;
    return this.add(id, [[text]], cols > 1 ? [{ row: r, col: 0, rows: 1, cols }] : [], gapAfter);
  }

  /**
   * Keeps the next `rows` rows on one printed page: starts a new page here when they would cross the end of
   * this one. A section longer than a page starts on a fresh page and runs on.
   */
  keep(rows: number): void {
    const pageRows = this.pageRows;
    if (this.row > this.pageStart && this.row - this.pageStart + rows > pageRows) {
      this.pageBreaks.push(this.row);
      this.pageStart = this.row;
    }
    while (
      this.row + rows - this.pageStart > pageRows &&
      rows <= pageRows &&
      this.row - this.pageStart > pageRows
    ) {
      this.pageStart += pageRows;
    }
  }

  /** Makes a row at least `points` tall (wrapped headers, long texts). */
  tall(row: number, points: number): void {
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, points);
  }

  /**
   * Makes `row` tall enough for each text wrapped in its merged area (first column, number of columns), so a
   * long text is neither clipped nor given empty lines.
   */
  fitText(row: number, areas: { text: string; col: number; cols: number }[]): void {
    const lines = Math.max(
      ...areas.map((a) =>
        wrappedLines(
          a.text,
          this.widths.slice(a.col, a.col + a.cols).reduce((x, y) => x + y, 0)
        )
      )
    );
    if (lines > 1) this.tall(row, LINE_POINTS * lines + ROW_PADDING);
  }

  /** Reserves rows for charts laid side by side. */
  reserve(rows: number): number {
    const start = this.row;
    this.row += rows;
    return start;
  }
}
