/**
 * The WorkbookPort over Office.js: the only module that calls Excel.run. Operations are queued on one
 * request context; sync() sends them.
 */
import type { CellStyle, CellValue, ChartSpec, PrintSetup, RangeRef, Rgb } from "../workbook";
import { PAGE_LOOK } from "../workbook";
import {
  EmptySelectionError,
  type CellWrite,
  type SheetTable,
  type StyledRect,
  type WorkbookPort,
} from "./port";

/** How the UI reaches the workbook: one Excel.run per task, with a port bound to its context. */
export interface WorkbookAccess {
  run<T>(task: (port: WorkbookPort) => Promise<T>): Promise<T>;
}

export const officeWorkbookAccess: WorkbookAccess = {
  run: (task) => Excel.run((context) => task(new OfficeWorkbookPort(context))),
};

/**
 * What Office.js receives for a constant. A string written through `formulas` is parsed as if typed, so
 * text Excel would read as something else is kept as text with a leading apostrophe (Excel's own text
 * marker, not shown): a formula ("=cmd…", "+1", "@x"), a number, date or time ("2026-10", "Oct 2026", "1e5",
 * "$5", "8:30" — anything with a digit), a boolean ("TRUE"), an error ("#N/A"), and text that itself starts
 * with an apostrophe (Excel would swallow it as the marker: "'Forecast' 预测…" would lose its quote). null is
 * an empty cell ("", since null means "leave unchanged" to Office.js).
 */
export function officeConstant(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  const parsedByExcel =
    /^[=+\-@'#]/.test(value) || /\d/.test(value) || /^\s*(true|false)\s*$/i.test(value);
  return parsedByExcel ? `'${value}` : value;
}

/**
 * Cells read per request. Excel on the web caps a response at 5 MB like a request, and a value costs
 * 10–30 bytes in the reply (a time is 0.020833333333333332): a year of half-hours with a dozen columns is
 * over 5 MB in one read, 50,000 cells stay near 1 MB.
 */
export const MAX_CELLS_PER_READ = 50_000;

/** Excel column width in points from character units: (chars × 7 px + 5 px padding) at 96 dpi. */
export function columnWidthPoints(chars: number): number {
  return ((chars * 7 + 5) * 72) / 96;
}

// String literals, not Excel.* enums: this module must load before (and without) office.js in tests.
const CHART_TYPES = {
  line: "Line",
  column: "ColumnClustered",
  columnStacked: "ColumnStacked",
  bar: "BarClustered",
} as const satisfies Record<ChartSpec["kind"], `${Excel.ChartType}`>;

interface Area {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

export class OfficeWorkbookPort implements WorkbookPort {
  constructor(private readonly context: Excel.RequestContext) {}

  private sheet(name: string): Excel.Worksheet {
    return this.context.workbook.worksheets.getItem(name);
  }

  private range(sheet: string, ref: RangeRef): Excel.Range {
    return this.sheet(sheet).getRangeByIndexes(ref.row, ref.col, ref.rows, ref.cols);
  }

  async sheetNames(): Promise<string[]> {
    const sheets = this.context.workbook.worksheets.load("items/name");
    await this.context.sync();
    return sheets.items.map((sheet) => sheet.name);
  }

  async tableNames(): Promise<string[]> {
    const tables = this.context.workbook.tables.load("items/name");
    await this.context.sync();
    return tables.items.map((table) => table.name);
  }

  /** The values of a rectangle, read in slices of whole rows so no reply nears the 5 MB limit. */
  private async readValues(sheet: Excel.Worksheet, area: Area): Promise<unknown[][]> {
    const rowsPerRead = Math.max(1, Math.floor(MAX_CELLS_PER_READ / Math.max(1, area.columnCount)));
    const values: unknown[][] = [];
    for (let start = 0; start < area.rowCount; start += rowsPerRead) {
      const part = sheet
        .getRangeByIndexes(
          area.rowIndex + start,
          area.columnIndex,
          Math.min(rowsPerRead, area.rowCount - start),
          area.columnCount
        )
        .load("values");
      await this.context.sync();
      for (const row of part.values) values.push(row);
    }
    return values;
  }

  async readSelection(): Promise<SheetTable> {
    const selected = this.context.workbook.getSelectedRange();
    // Only the used part: selecting whole columns (A:F) must not read a million empty rows.
    const used = selected
      .getUsedRangeOrNullObject(true)
      .load("rowIndex,columnIndex,rowCount,columnCount");
    const sheet = selected.worksheet.load("name");
    await this.context.sync();
    if (used.isNullObject) throw new EmptySelectionError();
    const [headers = [], ...rows] = await this.readValues(sheet, used);
    return {
      headers,
      rows,
      firstRowNumber: used.rowIndex + 2,
      sheetName: sheet.name,
      firstColumn: used.columnIndex,
    };
  }

  async readTable(name: string): Promise<SheetTable> {
    const table = this.context.workbook.tables.getItem(name);
    const header = table.getHeaderRowRange().load("values,rowIndex,columnIndex");
    const body = table.getDataBodyRange().load("rowIndex,columnIndex,rowCount,columnCount");
    const sheet = table.worksheet.load("name");
    await this.context.sync();
    return {
      headers: header.values[0] ?? [],
      rows: await this.readValues(sheet, body),
      firstRowNumber: header.rowIndex + 2,
      sheetName: sheet.name,
      firstColumn: header.columnIndex,
    };
  }

  addSheet(name: string): void {
    this.context.workbook.worksheets.add(name);
  }

  deleteSheet(name: string): void {
    this.sheet(name).delete();
  }

  activateSheet(name: string): void {
    this.sheet(name).activate();
  }

  writeCells(sheet: string, row: number, col: number, cells: CellWrite[][]): void {
    if (cells.length === 0 || cells[0].length === 0) return;
    const range = this.sheet(sheet).getRangeByIndexes(row, col, cells.length, cells[0].length);
    // One `formulas` array carries both: a formula where there is one, the escaped constant elsewhere.
    range.formulas = cells.map((r) => r.map((cell) => cell.formula ?? officeConstant(cell.value)));
  }

  formatRects(sheet: string, rects: StyledRect[]): void {
    for (const { ref, style } of rects) applyStyle(this.range(sheet, ref), ref, style);
  }

  merge(sheet: string, refs: RangeRef[]): void {
    for (const ref of refs) this.range(sheet, ref).merge(false);
  }

  setColumnWidths(sheet: string, widthsChars: number[]): void {
    widthsChars.forEach((chars, col) => {
      this.range(sheet, { row: 0, col, rows: 1, cols: 1 }).format.columnWidth =
        columnWidthPoints(chars);
    });
  }

  setRowHeights(sheet: string, heightsPt: Record<number, number>): void {
    for (const [row, points] of Object.entries(heightsPt))
      this.range(sheet, { row: Number(row), col: 0, rows: 1, cols: 1 }).format.rowHeight = points;
  }

  freezePanes(sheet: string, rows: number, cols: number): void {
    const panes = this.sheet(sheet).freezePanes;
    if (rows > 0 && cols > 0) panes.freezeAt(this.range(sheet, { row: 0, col: 0, rows, cols }));
    else if (rows > 0) panes.freezeRows(rows);
    else if (cols > 0) panes.freezeColumns(cols);
  }

  setPrint(sheet: string, print: PrintSetup): void {
    const layout = this.sheet(sheet).pageLayout;
    layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.paperSize = "A4";
    if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    const points = (inches: number) => inches * 72;
    const m = PAGE_LOOK.marginsIn;
    layout.leftMargin = points(m.left);
    layout.rightMargin = points(m.right);
    layout.topMargin = points(m.top);
    layout.bottomMargin = points(m.bottom);
    layout.headerMargin = points(m.header);
    layout.footerMargin = points(m.footer);
    layout.headersFooters.defaultForAllPages.leftFooter = PAGE_LOOK.footer.left;
    layout.headersFooters.defaultForAllPages.rightFooter = PAGE_LOOK.footer.right;
    if (print.titleRows)
      layout.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
    // A manual break goes above the given cell's row: each break row starts a page.
    for (const row of print.rowBreaks ?? [])
      this.sheet(sheet).horizontalPageBreaks.add(
        this.range(sheet, { row, col: 0, rows: 1, cols: 1 })
      );
  }

  setSheetLook(sheet: string, look: { showGridLines: boolean; tabColor?: Rgb }): void {
    const ws = this.sheet(sheet);
    ws.showGridlines = look.showGridLines;
    if (look.tabColor) ws.tabColor = `#${look.tabColor}`;
  }

  addChart(sheet: string, spec: ChartSpec): void {
    const ws = this.sheet(sheet);
    const [first, ...rest] = spec.series;
    if (!first) return;
    const chart = ws.charts.add(CHART_TYPES[spec.kind], this.range(sheet, first.values), "Columns");
    chart.title.text = spec.title;
    chart.setPosition(
      this.range(sheet, { row: spec.anchor.row, col: spec.anchor.col, rows: 1, cols: 1 })
    );
    chart.width = (spec.anchor.widthPx * 72) / 96;
    chart.height = (spec.anchor.heightPx * 72) / 96;
    if (spec.valueAxisFormat) chart.axes.valueAxis.numberFormat = spec.valueAxisFormat;
    const categories = this.range(sheet, spec.categories);
    const configure = (series: Excel.ChartSeries, seriesSpec: ChartSpec["series"][number]) => {
      series.name = seriesSpec.name;
      series.setXAxisValues(categories);
      if (seriesSpec.kind)
        series.chartType = seriesSpec.kind === "line" ? "Line" : "ColumnClustered";
      if (seriesSpec.color) {
        // A series without its own kind takes the chart's: only lines are coloured by their line.
        if ((seriesSpec.kind ?? spec.kind) === "line")
          series.format.line.color = `#${seriesSpec.color}`;
        else series.format.fill.setSolidColor(`#${seriesSpec.color}`);
      }
    };
    configure(chart.series.getItemAt(0), first);
    for (const extra of rest) {
      const series = chart.series.add(extra.name);
      series.setValues(this.range(sheet, extra.values));
      configure(series, extra);
    }
  }

  addTable(sheet: string, ref: RangeRef, name: string): void {
    const table = this.sheet(sheet).tables.add(this.range(sheet, ref), true);
    table.name = name;
  }

  suspendCalculationUntilNextSync(): void {
    this.context.application.suspendApiCalculationUntilNextSync();
  }

  recalculate(): void {
    // Cells written while calculation was suspended are dirty but not calculated: "Recalculate" is F9.
    this.context.application.calculate("Recalculate");
  }

  async sync(): Promise<void> {
    await this.context.sync();
  }
}

function applyStyle(range: Excel.Range, ref: RangeRef, style: CellStyle): void {
  const format = range.format;
  if (style.numFmt)
    range.numberFormat = Array.from({ length: ref.rows }, () => Array(ref.cols).fill(style.numFmt));
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  // Every written cell gets the model's font, as the .xlsx writer does: a new sheet's own default font
  // differs between Excel versions (Calibri 11, Aptos 11).
  format.font.name = PAGE_LOOK.font.name;
  format.font.size = style.fontSize ?? PAGE_LOOK.font.size;
  if (style.fontColor) format.font.color = `#${style.fontColor}`;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.hAlign) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap) format.wrapText = true;
  // A rectangle stacks rows of the same style: EdgeBottom/EdgeTop alone would only line its outer edge,
  // where every cell of it asked for its own line (the .xlsx writer borders each cell).
  if (style.borderBottom) format.borders.getItem("EdgeBottom").style = "Continuous";
  if (style.borderTop) format.borders.getItem("EdgeTop").style = "Continuous";
  if ((style.borderBottom || style.borderTop) && ref.rows > 1)
    format.borders.getItem("InsideHorizontal").style = "Continuous";
}
