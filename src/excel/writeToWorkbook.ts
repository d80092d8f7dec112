/**
 * Writes a WorkbookModel into the open workbook through a WorkbookPort: the same cells, formats, colours and
 * charts as the .xlsx writer, each sheet new (never overwriting), written in bounded chunks with calculation
 * suspended, cancellable, and cleaned up on failure so no half-written sheet stays behind.
 */
import type { Block, RangeRef, WorkbookModel, SheetModel } from "../workbook";
import type { CellWrite, WorkbookPort } from "./port";
import { uniqueSheetName } from "../workbook";
import { styleRects } from "./styleRects";

/**
 * Cells queued per sync. Excel on the web rejects a request over ~5 MB; a cell with its formula, value and
 * format costs well under 250 bytes in the request, so 10,000 cells keep a request near 2.5 MB.
 */
export const DEFAULT_MAX_CELLS_PER_SYNC = 10_000;

export interface WriteOptions {
  /** fraction 0..1 and what is being written (the sheet name). */
  onProgress?: (fraction: number, sheetName: string) => void;
  signal?: AbortSignal;
  maxCellsPerSync?: number;
  /** The workbook's sheet names when the caller has just read them: saves the request that asks. */
  existingSheetNames?: string[];
  /** Excel tables to make over cells of the model's sheets (by index), with the last cells' request. */
  tables?: Array<{ sheet: number; ref: RangeRef; name: string }>;
}

export interface WriteResult {
  /** The names the sheets were written under, in the model's order (unique: "SQ 2026-10 (2)"). */
  sheetNames: string[];
}

/** Writing stopped (failed or cancelled); the sheets it had started were removed. */
export class WriteWorkbookError extends Error {
  constructor(
    message: string,
    readonly cancelled: boolean,
    readonly cause?: unknown
  ) {
    super(message);
    this.name = "WriteWorkbookError";
  }
}

/** One slice of a block: consecutive rows, written and formatted in one go. */
interface Slice {
  sheet: string;
  block: Block;
  rowStart: number;
  rows: number;
  lastOfBlock: boolean;
}

function sliceBlocks(sheet: string, model: SheetModel, maxCells: number): Slice[] {
  const slices: Slice[] = [];
  for (const block of model.blocks) {
    const cols = Math.max(1, block.cells[0]?.length ?? 1);
    const rowsPerSlice = Math.max(1, Math.floor(maxCells / cols));
    for (let start = 0; start < block.cells.length; start += rowsPerSlice) {
      const rows = Math.min(rowsPerSlice, block.cells.length - start);
      slices.push({
        sheet,
        block,
        rowStart: start,
        rows,
        lastOfBlock: start + rows >= block.cells.length,
      });
    }
  }
  return slices;
}

function queueSlice(port: WorkbookPort, slice: Slice): void {
  const { block, rowStart, rows, sheet } = slice;
  const cells = block.cells.slice(rowStart, rowStart + rows);
  if (cells.length === 0 || cells[0].length === 0) return;
  const writes: CellWrite[][] = cells.map((row) =>
    row.map((cell) =>
      cell.formula ? { value: cell.value, formula: cell.formula } : { value: cell.value }
    )
  );
  port.writeCells(sheet, block.row + rowStart, block.col, writes);
  const rects = styleRects({ ...block, row: block.row + rowStart, cells });
  if (rects.length > 0) port.formatRects(sheet, rects);
  if (slice.lastOfBlock && block.merges && block.merges.length > 0) port.merge(sheet, block.merges);
}

function queueSheetSetup(port: WorkbookPort, sheet: string, model: SheetModel): void {
  if (model.columnWidths.length > 0) port.setColumnWidths(sheet, model.columnWidths);
  if (model.rowHeights && Object.keys(model.rowHeights).length > 0)
    port.setRowHeights(sheet, model.rowHeights);
  if (model.freeze && (model.freeze.rows > 0 || model.freeze.cols > 0))
    port.freezePanes(sheet, model.freeze.rows, model.freeze.cols);
  port.setPrint(sheet, model.print);
  port.setSheetLook(sheet, { showGridLines: model.showGridLines, tabColor: model.tabColor });
}

function cellCount(slice: Slice): number {
  return slice.rows * (slice.block.cells[0]?.length ?? 0);
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Writes every sheet of the model; activates the first. Throws WriteWorkbookError after cleaning up. */
export async function writeWorkbookModel(
  port: WorkbookPort,
  model: WorkbookModel,
  options: WriteOptions = {}
): Promise<WriteResult> {
  const maxCells = Math.max(1, options.maxCellsPerSync ?? DEFAULT_MAX_CELLS_PER_SYNC);
  const created: string[] = [];
  const checkCancel = () => {
    if (options.signal?.aborted)
      throw new WriteWorkbookError("Cancelled: the report was not written.", true);
  };
  try {
    checkCancel();
    const existing = options.existingSheetNames ?? (await port.sheetNames());
    const names: string[] = [];
    for (const sheet of model.sheets) {
      const name = uniqueSheetName(sheet.name, [...existing, ...names]);
      names.push(name);
    }
    const slices = model.sheets.flatMap((sheet, i) => sliceBlocks(names[i], sheet, maxCells));
    const totalCells = Math.max(
      1,
      slices.reduce((sum, s) => sum + cellCount(s), 0)
    );

    // Suspension covers what is queued after it, so each request starts with it. The new sheets and their
    // setup travel with the first cells: every request is a round trip in Excel on the web.
    port.suspendCalculationUntilNextSync();
    model.sheets.forEach((sheet, i) => {
      port.addSheet(names[i]);
      created.push(names[i]);
      queueSheetSetup(port, names[i], sheet);
    });

    let written = 0;
    let queued = 0;
    for (const slice of slices) {
      const size = cellCount(slice);
      if (queued > 0 && queued + size > maxCells) {
        checkCancel();
        await port.sync();
        written += queued;
        queued = 0;
        options.onProgress?.(written / totalCells, slice.sheet);
        port.suspendCalculationUntilNextSync();
      }
      queueSlice(port, slice);
      queued += size;
    }
    checkCancel();
    for (const table of options.tables ?? [])
      port.addTable(names[table.sheet], table.ref, table.name);
    model.sheets.forEach((sheet, i) =>
      sheet.charts.forEach((chart) => port.addChart(names[i], chart))
    );
    await port.sync();
    options.onProgress?.(1, names[names.length - 1] ?? "");
    checkCancel();
    // Not suspended: the formulas written above are calculated now, not at the user's next F9.
    port.recalculate();
    if (names.length > 0) port.activateSheet(names[0]);
    await port.sync();
    return { sheetNames: names };
  } catch (error) {
    await removeSheets(port, created);
    if (error instanceof WriteWorkbookError) throw error;
    throw new WriteWorkbookError(
      `Excel could not write the report: ${describe(error)}`,
      false,
      error
    );
  }
}

/** Best effort: a failure while cleaning up must not hide the error that caused it. */
async function removeSheets(port: WorkbookPort, names: string[]): Promise<void> {
  if (names.length === 0) return;
  try {
    const present = new Set(await port.sheetNames());
    for (const name of names) if (present.has(name)) port.deleteSheet(name);
    await port.sync();
  } catch {
    // The original error is what the user needs to see.
  }
}
