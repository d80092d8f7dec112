/**
 * A typed fake of the WorkbookPort that records everything, with Office.js's batching: operations are
 * queued and take effect at sync(), and sync() can be told to fail. Self-contained (type imports only) so
 * the end-to-end test can transpile it and inject it into the taskpane page as its fake Excel.
 */
import type { CellValue, ChartSpec, PrintSetup, RangeRef, Rgb } from "../../src/workbook";
import type {
  CellWrite,
  ReadRequest,
  SheetTable,
  SourceRef,
  StyledRect,
  WorkbookPort,
  WorkbookSnapshot,
} from "../../src/excel/port";

/** As MAX_CELLS_PER_READ in src/excel/port.ts (a type-only import cannot bring the value into the page). */
const MAX_CELLS_PER_READ = 50_000;

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
  /** Operations queued in this request (each one an action Excel parses). */
  actions: number;
}

/** Excel's chart types the writer may use (Excel.ChartType values); any other name is InvalidArgument. */
const EXCEL_CHART_KINDS = new Set(["line", "column", "columnStacked", "bar"]);

export class FakeWorkbook implements WorkbookPort {
  readonly sheets: FakeSheet[] = [];
  readonly tables = new Map<string, { sheet: string; ref: RangeRef }>();
  readonly syncs: FakeSync[] = [];
  activeSheet = "";
  selection: { sheet: string; ref: RangeRef } | undefined;
  /** readWorkbook calls, with what they asked for: a test can see that a build read its data again. */
  readonly reads: ReadRequest[] = [];
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
    return (await this.readWorkbook({ sources: [{ kind: "selection" }] })).sources[0];
  }

  async readTable(name: string): Promise<SheetTable> {
    return (await this.readWorkbook({ sources: [{ kind: "table", name }] })).sources[0];
  }

  /** As the Office.js port: one request for names and sizes, then one per 50,000 cells of values. */
  async readWorkbook(request: ReadRequest): Promise<WorkbookSnapshot> {
    this.reads.push({ sources: request.sources, optionalTables: request.optionalTables });
    const cancelled = () => {
      if (request.signal?.aborted)
        throw Object.assign(new Error("Cancelled"), { name: "ReadCancelledError" });
    };
    await this.sync();
    cancelled();
    const located = (request.sources ?? []).map((source) => this.locate(source));
    // A single cell inside a table: Office.js needs one more request for the table's size.
    if (located.some((l) => l.widenedTo === "table")) {
      await this.sync();
      cancelled();
    }
    const optional = (request.optionalTables ?? []).filter((name) => this.findTable(name));
    let cells = located.reduce((sum, l) => sum + l.ref.rows * l.ref.cols, 0);
    let requests = Math.ceil(cells / MAX_CELLS_PER_READ);
    if (requests === 0 && optional.length > 0) requests = 1;
    const totalRows = located.reduce((sum, l) => sum + Math.max(0, l.ref.rows - 1), 0);
    for (let i = 0; i < requests; i++) {
      await this.sync();
      cancelled();
      cells = Math.min(totalRows, Math.round(((i + 1) / requests) * totalRows));
      request.onRows?.(cells, totalRows);
    }
    return {
      sheetNames: this.sheets.map((s) => s.name),
      tableNames: [...this.tables.keys()],
      sources: located.map((l) => ({
        ...this.read(l.sheet, l.ref),
        source: l.source,
        ...(l.widenedTo ? { widenedTo: l.widenedTo } : {}),
      })),
      optionalTables: Object.fromEntries(
        optional.map((name) => {
          const table = this.findTable(name)!;
          return [name, this.read(table.sheet, table.ref)];
        })
      ),
    };
  }

  private findTable(name: string): { sheet: string; ref: RangeRef } | undefined {
    return [...this.tables.entries()].find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
  }

  /** Where a source's cells are, as the Office.js port finds them (see SourceRef). */
  private locate(source: SourceRef): {
    sheet: string;
    ref: RangeRef;
    source: SourceRef;
    widenedTo?: "table" | "region";
  } {
    const empty = () =>
      Object.assign(new Error("The selection is empty"), { name: "EmptySelectionError" });
    if (source.kind === "table") {
      const table = this.findTable(source.name);
      if (!table) throw new Error(`ItemNotFound: no table named ${source.name}`);
      return { ...table, source };
    }
    if (source.kind === "region") {
      const ref = this.region(source.sheet, source.row, source.col);
      if (!ref) throw empty();
      return { sheet: source.sheet, ref, source };
    }
    if (source.kind === "range") {
      const ref = this.usedPart(source.sheet, source.ref);
      if (!ref) throw empty();
      return { sheet: source.sheet, ref, source };
    }
    if (!this.selection) throw empty();
    const { sheet, ref } = this.selection;
    if (ref.rows === 1 && ref.cols === 1) {
      const inTable = [...this.tables.entries()].find(
        ([, t]) => t.sheet === sheet && contains(t.ref, ref.row, ref.col)
      );
      if (inTable)
        return {
          ...inTable[1],
          source: { kind: "table", name: inTable[0] },
          widenedTo: "table",
        };
      const region = this.region(sheet, ref.row, ref.col);
      if (!region) throw empty();
      return {
        sheet,
        ref: region,
        source: { kind: "region", sheet, row: region.row, col: region.col },
        widenedTo: "region",
      };
    }
    const used = this.usedPart(sheet, ref);
    if (!used) throw empty();
    return { sheet, ref: used, source: { kind: "range", sheet, ref } };
  }

  /** The smallest rectangle holding every non-empty cell of `ref`; undefined when it has none. */
  private usedPart(sheet: string, ref: RangeRef): RangeRef | undefined {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const [key, cell] of this.sheet(sheet).cells) {
      if (isBlank(cell)) continue;
      const [r, c] = key.split(",").map(Number);
      if (!contains(ref, r, c)) continue;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0
      ? undefined
      : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /**
   * Excel's surrounding region of a cell: the non-empty cells reached from it through neighbours (diagonals
   * too), as a rectangle. Each cell is visited once, so the work is bounded by the sheet's filled cells.
   */
  private region(sheet: string, row: number, col: number): RangeRef | undefined {
    const cells = this.sheet(sheet).cells;
    const filled = (r: number, c: number) => {
      const cell = cells.get(`${r},${c}`);
      return cell !== undefined && !isBlank(cell);
    };
    const start: Array<[number, number]> = [];
    for (let dr = -1; dr <= 1; dr++)
      for (let dc = -1; dc <= 1; dc++)
        if (filled(row + dr, col + dc)) start.push([row + dr, col + dc]);
    if (start.length === 0) return undefined;
    const seen = new Set(start.map(([r, c]) => `${r},${c}`));
    let top = row,
      left = col,
      bottom = row,
      right = col;
    while (start.length > 0) {
      const [r, c] = start.pop()!;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
      for (let dr = -1; dr <= 1; dr++)
        for (let dc = -1; dc <= 1; dc++) {
          const key = `${r + dr},${c + dc}`;
          if (!seen.has(key) && filled(r + dr, c + dc)) {
            seen.add(key);
            start.push([r + dr, c + dc]);
          }
        }
    }
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
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

  /** Sets one cell straight away (a user typing into the sheet), not queued. */
  typeInto(sheet: string, row: number, col: number, value: CellValue): void {
    this.sheet(sheet).cells.set(`${row},${col}`, { value });
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

  selectRange(sheet: string, ref: RangeRef): void {
    this.queue.push(() => {
      this.activeSheet = this.sheet(sheet).name;
      this.selection = { sheet: this.activeSheet, ref };
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
      actions: queue.length,
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

function contains(ref: RangeRef, row: number, col: number): boolean {
  return row >= ref.row && row < ref.row + ref.rows && col >= ref.col && col < ref.col + ref.cols;
}

function isBlank(cell: CellWrite): boolean {
  return (cell.value === null || cell.value === "") && !cell.formula;
}

function emptySheet(name: string): FakeSheet {
  return { name, cells: new Map(), formats: [], merges: [], charts: [] };
}
