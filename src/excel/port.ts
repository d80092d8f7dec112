/**
 * The narrow set of workbook operations the taskpane needs, typed in the report model's terms.
 *
 * Writing follows Office.js's batch model: write operations are queued and only reach Excel on `sync()`, so
 * a caller bounds how much it queues between syncs (Excel on the web rejects requests over ~5 MB). One
 * implementation talks to Office.js (officePort.ts); tests use a fake that records every call.
 */
import type { CellStyle, CellValue, ChartSpec, PrintSetup, RangeRef, Rgb } from "../workbook";

/**
 * Where a table of data is read from.
 * - `selection`: what is selected now. A single cell stands for the Excel table it belongs to, else for its
 *   surrounding region (the block bounded by blank rows and columns), as Excel's Ctrl+A does; a larger
 *   selection is read as it is (its used part: whole columns do not read a million empty rows).
 * - `table`: a named Excel table, with its header row.
 * - `region`: the block around a cell (the header's top-left cell of a block read before), so rows added
 *   below it since are read too.
 * - `range`: exactly this rectangle's used part (a selection of several cells, read again).
 */
export type SourceRef =
  | { kind: "selection" }
  | { kind: "table"; name: string }
  | { kind: "region"; sheet: string; row: number; col: number }
  | { kind: "range"; sheet: string; ref: RangeRef };

/** A table as read from a sheet: header cells, data rows, and the sheet row number (1-based) of rows[0]. */
export interface SheetTable {
  headers: unknown[];
  rows: unknown[][];
  firstRowNumber: number;
  /** Where the table sits, so formulas can refer back to its cells. */
  sheetName: string;
  /** 0-based sheet column of headers[0]. */
  firstColumn: number;
  /** How to read the same data again (a selection resolves to its table, region or range). */
  source?: SourceRef;
  /** A single selected cell was widened to this: its Excel table or its surrounding region. */
  widenedTo?: "table" | "region";
}

/** What one readWorkbook call asks for; everything comes back from the same few requests. */
export interface ReadRequest {
  /** Tables of data to read whole, in order. */
  sources?: SourceRef[];
  /** Small Excel tables read whole when they exist (the Targets table); a missing one is simply absent. */
  optionalTables?: string[];
  /** Checked between requests: a cancelled read stops before its next slice. */
  signal?: AbortSignal;
  /** Rows read so far of all the sources, after each slice. */
  onRows?: (read: number, total: number) => void;
}

export interface WorkbookSnapshot {
  /** Every worksheet, in tab order. */
  sheetNames: string[];
  tableNames: string[];
  /** The sources asked for, in order. */
  sources: SheetTable[];
  /** The optional tables that exist, by the name asked for. */
  optionalTables: Record<string, SheetTable>;
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

/** A read was cancelled between two requests. Recognised by its name (isReadCancelled). */
export class ReadCancelledError extends Error {
  constructor() {
    super("Cancelled: the data was not read.");
    this.name = "ReadCancelledError";
  }
}

export function isReadCancelled(error: unknown): boolean {
  return error instanceof Error && error.name === "ReadCancelledError";
}

/**
 * Cells read per request. Excel on the web caps a response at 5 MB like a request, and a value costs
 * 10–30 bytes in the reply (a time is 0.020833333333333332): a year of half-hours with a dozen columns is
 * over 5 MB in one read, 50,000 cells stay near 1 MB.
 */
export const MAX_CELLS_PER_READ = 50_000;

export interface WorkbookPort {
  /** Names of every worksheet, in tab order (synchronises). */
  sheetNames(): Promise<string[]>;
  /** Names of the workbook's Excel tables (synchronises). */
  tableNames(): Promise<string[]>;
  /** The selected range with its first row as headers; a single cell is widened (see SourceRef). */
  readSelection(): Promise<SheetTable>;
  /** A named Excel table (synchronises). */
  readTable(name: string): Promise<SheetTable>;
  /**
   * Sheet and table names, the optional tables and every source, in as few requests as the 5 MB reply
   * limit allows: one for names and sizes, then one per MAX_CELLS_PER_READ cells of values (synchronises).
   */
  readWorkbook(request: ReadRequest): Promise<WorkbookSnapshot>;

  // Queued operations: they take effect at the next sync().
  addSheet(name: string): void;
  deleteSheet(name: string): void;
  activateSheet(name: string): void;
  /** Selects a rectangle on a sheet (and shows that sheet). */
  selectRange(sheet: string, ref: RangeRef): void;
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
