/**
 * The narrow set of workbook operations the taskpane needs, typed in the report model's terms.
 *
 * Writing follows Office.js's batch model: write operations are queued and only reach Excel on `sync()`, so
 * a caller bounds how much it queues between syncs (Excel on the web rejects requests over ~5 MB). One
 * implementation talks to Office.js (officePort.ts); tests use a fake that records every call.
 */
import type { CellStyle, CellValue, ChartSpec, PrintSetup, RangeRef, Rgb } from "../workbook";

/** A table as read from a sheet: header cells, data rows, and the sheet row number (1-based) of rows[0]. */
export interface SheetTable {
  headers: unknown[];
  rows: unknown[][];
  firstRowNumber: number;
  /** Where the table sits, so formulas can refer back to its cells. */
  sheetName: string;
  /** 0-based sheet column of headers[0]. */
  firstColumn: number;
}

/** What a cell receives: a constant, or a formula (value is then ignored). */
export interface CellWrite {
  value: CellValue;
  formula?: string;
}

/** A rectangle that gets one style. */
export interface StyledRect {
  ref: RangeRef;
  style: CellStyle;
}

/** The selection holds no values: there is no table to read. Recognised by its name (isEmptySelection). */
export class EmptySelectionError extends Error {
  constructor() {
    super("The selection is empty: select the table with its header row.");
    this.name = "EmptySelectionError";
  }
}

/** By name, not class: a port living in another bundle (a test's fake in the page) throws its own class. */
export function isEmptySelection(error: unknown): boolean {
  return error instanceof Error && error.name === "EmptySelectionError";
}

export interface WorkbookPort {
  /** Names of every worksheet, in tab order (synchronises). */
  sheetNames(): Promise<string[]>;
  /** Names of the workbook's Excel tables (synchronises). */
  tableNames(): Promise<string[]>;
  /** The selected range with its first row as headers (synchronises). */
  readSelection(): Promise<SheetTable>;
  /** A named Excel table (synchronises). */
  readTable(name: string): Promise<SheetTable>;

  // Queued operations: they take effect at the next sync().
  addSheet(name: string): void;
  deleteSheet(name: string): void;
  activateSheet(name: string): void;
  /** Writes a rectangle of cells with its top-left at (row, col). */
  writeCells(sheet: string, row: number, col: number, cells: CellWrite[][]): void;
  formatRects(sheet: string, rects: StyledRect[]): void;
  merge(sheet: string, refs: RangeRef[]): void;
  /** Widths in Excel character units, from column A. */
  setColumnWidths(sheet: string, widthsChars: number[]): void;
  /** Heights in points by 0-based row. */
  setRowHeights(sheet: string, heightsPt: Record<number, number>): void;
  freezePanes(sheet: string, rows: number, cols: number): void;
  setPrint(sheet: string, print: PrintSetup): void;
  setSheetLook(sheet: string, look: { showGridLines: boolean; tabColor?: Rgb }): void;
  addChart(sheet: string, chart: ChartSpec): void;
  /** Makes an Excel table (with a header row) over a rectangle already written. */
  addTable(sheet: string, ref: RangeRef, name: string): void;
  /**
   * Holds back recalculation of the workbook until the next sync (formulas written meanwhile do not recalc).
   * It covers the operations queued after it: call it before a request's writes, not after them.
   */
  suspendCalculationUntilNextSync(): void;
  /**
   * Calculates what is still uncalculated. Once calculation was suspended, Excel leaves the formulas written
   * then uncalculated until asked ("the developer's responsibility to re-calc the workbook").
   */
  recalculate(): void;
  sync(): Promise<void>;
}
