/** Stacks the report's blocks down the sheet, one section after another, and keeps their charts. */
import type { Block, ChartSpec, ModelCell, RangeRef } from "../model";
import { padRow } from "./cells";

export const SHEET_COLUMNS = 11;

export class SheetBuilder {
  readonly blocks: Block[] = [];
  readonly charts: ChartSpec[] = [];
  readonly rowHeights: Record<number, number> = {};
  /** The next free row (0-based). */
  row = 0;

  /** Adds rows of cells at column 0 of the next free row; returns the block's first row. */
  add(id: string, rows: ModelCell[][], merges: RangeRef[] = [], gapAfter = 1): number {
    const start = this.row;
    const width = Math.max(SHEET_COLUMNS, ...rows.map((r) => r.length));
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

  /** Makes a row at least `points` tall (wrapped headers, long texts). */
  tall(row: number, points: number): void {
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, points);
  }

  /** Reserves rows for charts laid side by side. */
  reserve(rows: number): number {
    const start = this.row;
    this.row += rows;
    return start;
  }
}
