/** Stacks the report's blocks down the sheet, one section after another, and keeps their charts. */
import type { Block, ChartSpec, ModelCell, RangeRef } from "../../workbook";
import { padRow } from "./cells";

/** Column widths of the report sheet, in Excel's character units, from column A. */
export const COLUMN_WIDTHS = [26, 36, 12, 12, 12, 12, 12, 11, 12, 12, 12];

export const SHEET_COLUMNS = COLUMN_WIDTHS.length;

/**
 * Characters of 10 pt text per unit of column width: a unit is the width of a digit at 11 pt, and Latin text
 * at 10 pt runs ~1.4 characters to it (Calibri in Excel, its substitute in LibreOffice). A Chinese character
 * is as wide as ~2.5 Latin ones.
 */
const CHARS_PER_UNIT = 1.4;
const CJK_WEIGHT = 2.5;
/** Points per line of 10 pt text, and the padding of a row. */
const LINE_POINTS = 13;
const ROW_PADDING = 2;

/** The lines `text` wraps to in `widthUnits` of columns: merged cells never grow with their text. */
export function wrappedLines(text: string, widthUnits: number): number {
  let width = 0;
  for (const ch of text)
    width += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? CJK_WEIGHT : 1;
  return Math.max(1, Math.ceil(width / (widthUnits * CHARS_PER_UNIT)));
}

/**
 * Rows of 15 pt that fit on a landscape A4 page when the sheet is fitted to the page width: ~785 pt of
 * printable width over ~1,220 px (~915 pt) of columns scales by ~0.86, so ~530 pt of printable height holds
 * ~47 rows at 86%; less the repeated title row and a margin for taller header rows. Checked in LibreOffice.
 */
export const PAGE_ROWS = 44;

export class SheetBuilder {
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
    if (this.row > this.pageStart && this.row - this.pageStart + rows > PAGE_ROWS) {
      this.pageBreaks.push(this.row);
      this.pageStart = this.row;
    }
    while (
      this.row + rows - this.pageStart > PAGE_ROWS &&
      rows <= PAGE_ROWS &&
      this.row - this.pageStart > PAGE_ROWS
    ) {
      this.pageStart += PAGE_ROWS;
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
          COLUMN_WIDTHS.slice(a.col, a.col + a.cols).reduce((x, y) => x + y, 0)
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
