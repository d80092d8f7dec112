/**
 * A typed fake of the WorkbookPort that records everything, with Office.js's batching: operations are
 * queued and take effect at sync(), and sync() can be told to fail. Self-contained (type imports only) so
 * the end-to-end test can transpile it and inject it into the taskpane page as its fake Excel.
 */
import type { CellValue, ChartSpec, PrintSetup, RangeRef, Rgb } from "../../src/workbook";
import type { CellWrite, SheetTable, StyledRect, WorkbookPort } from "../../src/excel/port";

export interface FakeSheet {
  name: string;
  cells: Map<string, CellWrite>;
  formats: StyledRect[];
  merges: RangeRef[];
  columnWidths?: number[];
  rowHeights?: Record<number, number>;
  freeze?: { rows: number; cols: number };
  print?: PrintSetup;
  look?: { showGridLines: boolean; tabColor?: Rgb };
  charts: ChartSpec[];
}

export interface FakeSync {
  /** Cells written in this request. */
  cells: number;
  /**
   * Whether calculation was suspended for every cell of this request: Excel's suspension covers the
   * operations queued after it, so a suspension queued after the writes does not count.
   */
  calculationSuspended: boolean;
}

/** Excel's chart types the writer may use (Excel.ChartType values); any other name is InvalidArgument. */
const EXCEL_CHART_KINDS = new Set(["line", "column", "columnStacked", "bar"]);

export class FakeWorkbook implements WorkbookPort {
  readonly sheets: FakeSheet[] = [];
  readonly tables = new Map<string, { sheet: string; ref: RangeRef }>();
  readonly syncs: FakeSync[] = [];
  activeSheet = "";
  selection: { sheet: string; ref: RangeRef } | undefined;
  /** Makes the n-th sync (1-based) throw this error. */
  failAtSync: { n: number; message: string } | undefined;
  /**
   * Milliseconds each sync takes to come back, after its operations took effect (as with Excel, whose
   * workbook already shows a batch while the reply is on its way): a slow Excel, so a test can press
   * Cancel while a write is in flight.
   */
  syncDelayMs = 0;
  /**
   * Formulas written while calculation was suspended and not calculated since: Excel leaves them so until
   * a recalculation is asked for.
   */
  uncalculatedFormulas = 0;
  /** The workbook's defined names: a table may not take one (names compare case-insensitively). */
  readonly definedNames = new Set<string>();

  private queue: Array<() => void> = [];
  private queuedCells = 0;
  private queuedFormulas = 0;
  /** Cells and formulas queued in this request before its suspension; undefined when it has none. */
  private beforeSuspension: { cells: number; formulas: number } | undefined;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.sheets.push(emptySheet(name));
    this.activeSheet = sheetNames[0] ?? "";
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new Error(`ItemNotFound: no sheet named ${name}`);
    return found;
  }

  /** The value (or formula) at a 0-based cell, as the writer sent it; undefined when never written. */
  cell(sheet: string, row: number, col: number): CellWrite | undefined {
    return this.sheet(sheet).cells.get(`${row},${col}`);
  }

  /** Writes a table straight into a sheet (test setup, not queued) and registers it as an Excel table. */
  putTable(
    sheet: string,
    row: number,
    col: number,
    headers: CellValue[],
    rows: CellValue[][],
    name?: string
  ): RangeRef {
    if (!this.sheets.some((s) => s.name === sheet)) this.sheets.push(emptySheet(sheet));
    const target = this.sheet(sheet);
    [headers, ...rows].forEach((values, r) =>
      values.forEach((value, c) => target.cells.set(`${row + r},${col + c}`, { value }))
    );
    const ref = { row, col, rows: rows.length + 1, cols: headers.length };
    if (name) this.tables.set(name, { sheet, ref });
    this.selection = { sheet, ref };
    return ref;
  }

  async sheetNames(): Promise<string[]> {
    await this.sync();
    return this.sheets.map((s) => s.name);
  }

  async tableNames(): Promise<string[]> {
    await this.sync();
    return [...this.tables.keys()];
  }

  async readSelection(): Promise<SheetTable> {
    await this.sync();
    if (!this.selection)
      throw Object.assign(new Error("The selection is empty"), { name: "EmptySelectionError" });
    return this.read(this.selection.sheet, this.selection.ref);
  }

  async readTable(name: string): Promise<SheetTable> {
    await this.sync();
    const table = [...this.tables.entries()].find(
      ([n]) => n.toLowerCase() === name.toLowerCase()
    )?.[1];
    if (!table) throw new Error(`ItemNotFound: no table named ${name}`);
    return this.read(table.sheet, table.ref);
  }

  private read(sheet: string, ref: RangeRef): SheetTable {
    const grid: unknown[][] = [];
    for (let r = 0; r < ref.rows; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < ref.cols; c++)
        row.push(this.cell(sheet, ref.row + r, ref.col + c)?.value ?? "");
      grid.push(row);
    }
    const [headers = [], ...rows] = grid;
    return {
      headers,
      rows,
      firstRowNumber: ref.row + 2,
      sheetName: this.sheet(sheet).name,
      firstColumn: ref.col,
    };
  }

  addSheet(name: string): void {
    this.queue.push(() => {
      if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
        throw new Error(`ItemAlreadyExists: a sheet named ${name} exists`);
      this.sheets.push(emptySheet(name));
    });
  }

  deleteSheet(name: string): void {
    this.queue.push(() => {
      if (this.sheets.length === 1)
        throw new Error("InvalidOperation: a workbook must keep at least one visible sheet");
      const index = this.sheets.indexOf(this.sheet(name));
      this.sheets.splice(index, 1);
      for (const [tableName, table] of this.tables)
        if (table.sheet === name) this.tables.delete(tableName);
    });
  }

  activateSheet(name: string): void {
    this.queue.push(() => {
      this.activeSheet = this.sheet(name).name;
    });
  }

  writeCells(sheet: string, row: number, col: number, cells: CellWrite[][]): void {
    this.queuedCells += cells.reduce((sum, r) => sum + r.length, 0);
    this.queuedFormulas += cells.reduce((sum, r) => sum + r.filter((c) => c.formula).length, 0);
    this.queue.push(() => {
      const target = this.sheet(sheet);
      // The range is cells.length × cells[0].length; Excel rejects an array of any other shape.
      const width = cells[0]?.length ?? 0;
      if (cells.some((r) => r.length !== width))
        throw new Error(
          "InvalidArgument: The number of rows or columns in the input array doesn't match the size or dimensions of the range."
        );
      cells.forEach((r, i) =>
        r.forEach((cell, j) => target.cells.set(`${row + i},${col + j}`, { ...cell }))
      );
    });
  }

  formatRects(sheet: string, rects: StyledRect[]): void {
    this.queue.push(() => this.sheet(sheet).formats.push(...rects));
  }

  merge(sheet: string, refs: RangeRef[]): void {
    this.queue.push(() => this.sheet(sheet).merges.push(...refs));
  }

  setColumnWidths(sheet: string, widthsChars: number[]): void {
    this.queue.push(() => (this.sheet(sheet).columnWidths = [...widthsChars]));
  }

  setRowHeights(sheet: string, heightsPt: Record<number, number>): void {
    this.queue.push(() => (this.sheet(sheet).rowHeights = { ...heightsPt }));
  }

  freezePanes(sheet: string, rows: number, cols: number): void {
    this.queue.push(() => (this.sheet(sheet).freeze = { rows, cols }));
  }

  setPrint(sheet: string, print: PrintSetup): void {
    this.queue.push(() => (this.sheet(sheet).print = print));
  }

  setSheetLook(sheet: string, look: { showGridLines: boolean; tabColor?: Rgb }): void {
    this.queue.push(() => (this.sheet(sheet).look = look));
  }

  addChart(sheet: string, chart: ChartSpec): void {
    this.queue.push(() => {
      const kinds = [chart.kind, ...chart.series.map((s) => s.kind ?? chart.kind)];
      const unknown = kinds.find((kind) => !EXCEL_CHART_KINDS.has(kind));
      if (unknown !== undefined)
        throw new Error(`InvalidArgument: ${unknown} is not an Excel chart type`);
      if (chart.series.length === 0) throw new Error("InvalidArgument: a chart needs a series");
      const length = (ref: RangeRef) => (ref.cols === 1 ? ref.rows : ref.cols);
      for (const ref of [chart.categories, ...chart.series.map((s) => s.values)])
        if ((ref.rows !== 1 && ref.cols !== 1) || length(ref) !== length(chart.categories))
          throw new Error(
            "InvalidArgument: series and categories must be one row or column each, as long"
          );
      this.sheet(sheet).charts.push(chart);
    });
  }

  addTable(sheet: string, ref: RangeRef, name: string): void {
    this.queue.push(() => {
      this.sheet(sheet);
      const taken = [...this.tables.keys(), ...this.definedNames];
      if (taken.some((n) => n.toLowerCase() === name.toLowerCase()))
        throw new Error(`InvalidArgument: the name ${name} is already taken`);
      this.tables.set(name, { sheet, ref });
    });
  }

  suspendCalculationUntilNextSync(): void {
    this.beforeSuspension ??= { cells: this.queuedCells, formulas: this.queuedFormulas };
  }

  recalculate(): void {
    this.queue.push(() => (this.uncalculatedFormulas = 0));
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    const record: FakeSync = {
      cells: this.queuedCells,
      calculationSuspended: this.beforeSuspension?.cells === 0,
    };
    // Formulas written before the suspension are calculated as they land; those after it wait.
    if (this.beforeSuspension) {
      const waiting = this.queuedFormulas - this.beforeSuspension.formulas;
      queue.push(() => (this.uncalculatedFormulas += waiting));
    }
    this.queue = [];
    this.queuedCells = 0;
    this.queuedFormulas = 0;
    this.beforeSuspension = undefined;
    this.syncs.push(record);
    if (this.failAtSync && this.failAtSync.n === this.syncs.length)
      throw new Error(this.failAtSync.message);
    // Like Excel, a batch that fails part-way keeps what it had done before the failing operation.
    for (const operation of queue) operation();
    if (this.syncDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.syncDelayMs));
  }

  /** The WorkbookAccess shape the taskpane takes: every task runs against this one workbook. */
  run<T>(task: (port: WorkbookPort) => Promise<T>): Promise<T> {
    return task(this);
  }
}

function emptySheet(name: string): FakeSheet {
  return { name, cells: new Map(), formats: [], merges: [], charts: [] };
}
