/**
 * The WorkbookPort over Office.js: the only module that calls Excel.run. Operations are queued on one
 * request context; sync() sends them.
 */
import type { CellStyle, CellValue, ChartSpec, PrintSetup, RangeRef, Rgb } from "../workbook";
import { PAGE_LOOK } from "../workbook";
import { readWorkbookThroughOffice } from "./officeRead";
import {
  type CellWrite,
  type ReadRequest,
  type SheetTable,
  type StyledRect,
  type WorkbookPort,
  type WorkbookSnapshot,
} from "./port";

export { MAX_CELLS_PER_READ } from "./port";

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

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

export class OfficeWorkbookPort implements WorkbookPort {
  /**
   * Proxies by sheet, and ranges by sheet and rectangle: a report asks for the same sheet hundreds of times
   * and each new proxy is one more action in the request Excel has to parse.
   */
  private readonly sheets = new Map<string, Excel.Worksheet>();
  private readonly ranges = new Map<string, Excel.Range>();

  constructor(private readonly context: Excel.RequestContext) {}

  private sheet(name: string): Excel.Worksheet {
    let sheet = this.sheets.get(name);
    if (!sheet) {
      sheet = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(name, sheet);
    }
    return sheet;
  }

  private range(sheet: string, ref: RangeRef): Excel.Range {
    const key = `${sheet}\u0000${ref.row},${ref.col},${ref.rows},${ref.cols}`;
    let range = this.ranges.get(key);
    if (!range) {
      range = this.sheet(sheet).getRangeByIndexes(ref.row, ref.col, ref.rows, ref.cols);
      this.ranges.set(key, range);
    }
    return range;
  }

  async sheetNames(): Promise<string[]> {
    return (await this.readWorkbook({})).sheetNames;
  }

  async tableNames(): Promise<string[]> {
    return (await this.readWorkbook({})).tableNames;
  }

  readWorkbook(request: ReadRequest): Promise<WorkbookSnapshot> {
    return readWorkbookThroughOffice(this.context, request, (name) => this.sheet(name));
  }

  async readSelection(): Promise<SheetTable> {
    return (await this.readWorkbook({ sources: [{ kind: "selection" }] })).sources[0];
  }

  async readTable(name: string): Promise<SheetTable> {
    return (await this.readWorkbook({ sources: [{ kind: "table", name }] })).sources[0];
  }

  addSheet(name: string): void {
    this.sheets.set(name, this.context.workbook.worksheets.add(name));
  }

  deleteSheet(name: string): void {
    this.sheet(name).delete();
    // A deleted sheet's proxies are dead; a new sheet of the same name needs new ones.
    this.sheets.delete(name);
    for (const key of [...this.ranges.keys()])
      if (key.startsWith(`${name}\u0000`)) this.ranges.delete(key);
  }

  activateSheet(name: string): void {
    this.sheet(name).activate();
  }

  selectRange(sheet: string, ref: RangeRef): void {
    this.sheet(sheet).activate();
    this.range(sheet, ref).select();
  }

  writeCells(sheet: string, row: number, col: number, cells: CellWrite[][]): void {
    if (cells.length === 0 || cells[0].length === 0) return;
    const range = this.range(sheet, { row, col, rows: cells.length, cols: cells[0].length });
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
