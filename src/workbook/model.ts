/**
 * The report as data. The report core builds a WorkbookModel; two writers render it: src/excel (through the
 * Office JavaScript API, into the open workbook) and src/xlsx (ExcelJS, into a file). Both must produce the same cells, formats,
 * colours and charts, so everything a writer needs is here and nothing here knows about either writer.
 *
 * Coordinates are 0-based (row 0, col 0 is A1) and absolute on the sheet.
 */

// The languages live in src/i18n; re-exported here so the model and its users keep one import.
import type { Lang } from "../i18n";
export type { Lang };

/** A colour as six hex digits, RGB, no '#': "C6EFCE". */
export type Rgb = string;

/** What a cell holds. null is an empty cell. Dates are written as Excel serial numbers with a date numFmt. */
export type CellValue = string | number | boolean | null;

export interface CellStyle {
  /** An Excel number format: "0.0%", "#,##0", "0.0 \"s\"", "yyyy-mm-dd". Absent: General. */
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: Rgb;
  fill?: Rgb;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** A thin border under the cell (header rows, totals). */
  borderBottom?: boolean;
  /** A thin border above the cell (total rows). */
  borderTop?: boolean;
}

export interface ModelCell {
  value: CellValue;
  /** A formula without its cell value, e.g. "=WFM.AGENTS(B2,C2,0.8,20)". When set, value is what it shows. */
  formula?: string;
  style?: CellStyle;
}

/** A rectangle on a sheet, absolute and 0-based. */
export interface RangeRef {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A rectangle of cells written at (row, col). Every row of `cells` has the same length. */
export interface Block {
  /** What the block is, for tests and for writers that report progress: "title", "scorecard", "trend". */
  id: string;
  row: number;
  col: number;
  cells: ModelCell[][];
  /** Merged areas, absolute on the sheet, each inside this block. */
  merges?: RangeRef[];
}

export interface ChartSeries {
  name: string;
  values: RangeRef;
  /** In a combination chart, this series' own type (e.g. the target as a line over columns). */
  kind?: "line" | "column";
  color?: Rgb;
}

export interface ChartSpec {
  id: string;
  kind: "line" | "column" | "columnStacked" | "bar";
  title: string;
  /** The category labels (dates, queues): one column (or row) of the sheet. */
  categories: RangeRef;
  series: ChartSeries[];
  /** Where the chart's top-left corner sits, and its size in pixels. */
  anchor: { row: number; col: number; widthPx: number; heightPx: number };
  /** Number format of the value axis, e.g. "0%". */
  valueAxisFormat?: string;
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  paper: "A4";
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, e.g. the title rows. */
  titleRows?: { first: number; last: number };
  /** Manual page breaks: each is the 0-based row that starts a new printed page (sections kept whole). */
  rowBreaks?: number[];
}

/**
 * How every sheet prints and reads, the same in both writers (the Office.js door and the .xlsx door): one
 * font, one set of margins, one footer. Kept here, beside the model, so neither writer can drift.
 */
export const PAGE_LOOK = {
  font: { name: "Calibri", size: 10 },
  /** Inches, Excel's page-setup unit (the Office.js door converts to points). */
  marginsIn: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  /** Excel's header/footer codes: the sheet's name on the left, "page / pages" on the right, in 8 pt. */
  footer: { left: "&8&A", right: "&8&P / &N" },
} as const;

export interface SheetModel {
  /** The wanted name (≤ 31 characters, none of : \ / ? * [ ]); a writer adds " (2)" etc. when it is taken. */
  name: string;
  /** Column widths in Excel's character units, from column A. */
  columnWidths: number[];
  /** Rows and columns frozen at the top and left. */
  freeze?: { rows: number; cols: number };
  blocks: Block[];
  charts: ChartSpec[];
  print: PrintSetup;
  tabColor?: Rgb;
  /** Grid lines off gives a report look; on for plan sheets that users edit. */
  showGridLines: boolean;
  /**
   * Rows taller than the default (0-based row → height in points): wrapped headers and long texts. Optional;
   * a writer that ignores it still shows every cell, only clipped.
   */
  rowHeights?: Record<number, number>;
}

export interface WorkbookModel {
  lang: Lang;
  /** The report's sheets, the first one the main report (activated after writing). */
  sheets: SheetModel[];
}

/** The status colours, shared by every writer and legend: fill and font, as Excel's "Good/Neutral/Bad". */
export const STATUS_COLOURS = {
  GREEN: { fill: "C6EFCE", font: "006100" },
  AMBER: { fill: "FFEB9C", font: "9C5700" },
  RED: { fill: "FFC7CE", font: "9C0006" },
} as const;

export type Status = keyof typeof STATUS_COLOURS;
