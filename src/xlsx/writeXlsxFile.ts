/**
 * The file door: renders a WorkbookModel into an .xlsx with ExcelJS — values, number formats, fonts, fills,
 * borders, merges, column widths, frozen header, print setup — then adds the model's charts as native chart
 * parts (ExcelJS writes none; see charts.ts).
 */
import ExcelJS from "exceljs";
import type { CellStyle, ModelCell, WorkbookModel, SheetModel } from "../workbook";
import { PAGE_LOOK, uniqueSheetName } from "../workbook";
import JSZip from "jszip";
import { addNativeCharts } from "./charts";
import { elementsNamed, parseXml, serializeXml } from "./xmlPart";

/** Characters one cell can hold in Excel. */
const EXCEL_CELL_CHARS = 32767;

/** Excel's column count (A…XFD). */
const LAST_COLUMN = 16384;

const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;
const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };

/** ExcelJS style objects for a model style (one per distinct style, shared by the cells that use it). */
function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.numFmt) out.numFmt = style.numFmt;
  const font: Partial<ExcelJS.Font> = {
    name: PAGE_LOOK.font.name,
    size: style.fontSize ?? PAGE_LOOK.font.size,
  };
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  out.font = font;
  if (style.fill)
    out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.hAlign || style.vAlign || style.wrap) {
    out.alignment = {
      horizontal: style.hAlign,
      vertical: style.vAlign ?? "middle",
      wrapText: style.wrap,
    };
  }
  if (style.borderBottom || style.borderTop) {
    out.border = {
      ...(style.borderBottom ? { bottom: thin } : {}),
      ...(style.borderTop ? { top: thin } : {}),
    };
  }
  return out;
}

// One naming rule for both writers; still exported from here for the callers that import it from the file door.
export { uniqueSheetName };

function writeCell(
  cell: ExcelJS.Cell,
  model: ModelCell,
  styles: Map<string, Partial<ExcelJS.Style>>
): void {
  if (model.formula) {
    cell.value = {
      formula: model.formula.replace(/^=/, ""),
      result: model.value as ExcelJS.CellFormulaValue["result"],
    };
  } else if (typeof model.value === "string" && model.value.length > EXCEL_CELL_CHARS) {
    // Excel refuses a file with a longer cell; readers cut user text earlier and say so.
    cell.value = model.value.slice(0, EXCEL_CELL_CHARS);
  } else if (model.value !== null) {
    cell.value = model.value;
  }
  const key = JSON.stringify(model.style ?? {});
  let style = styles.get(key);
  if (!style) {
    style = excelStyle(model.style ?? {});
    styles.set(key, style);
  }
  cell.style = style;
}

/**
 * Merges a range, checking overlap against a set of the cells already merged (linear in merged cells).
 * ExcelJS's mergeCells checks each new merge against every earlier one, which is quadratic: hundreds of
 * data-quality rows with two merges each cost seconds. Its check is skipped by handing it an empty merge
 * index for the call, then keeping the new entry: `_merges` is ExcelJS's own index (master address → range).
 */
function mergeOnce(
  ws: ExcelJS.Worksheet,
  m: { row: number; col: number; rows: number; cols: number },
  merged: Set<number>
): void {
  for (let r = m.row; r < m.row + m.rows; r++)
    for (let c = m.col; c < m.col + m.cols; c++) {
      const key = r * LAST_COLUMN + c;
      if (merged.has(key))
        throw new Error(`The sheet model merges row ${r + 1}, column ${c + 1} twice.`);
      merged.add(key);
    }
  const sheet = ws as unknown as { _merges: Record<string, unknown> };
  const all = sheet._merges;
  sheet._merges = {};
  try {
    ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
    Object.assign(all, sheet._merges);
  } finally {
    sheet._merges = all;
  }
}

function writeSheet(
  workbook: ExcelJS.Workbook,
  sheet: SheetModel,
  name: string
): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, {
    properties: {
      tabColor: sheet.tabColor ? { argb: argb(sheet.tabColor) } : undefined,
      defaultRowHeight: 15,
    },
    views: [
      {
        state: sheet.freeze ? "frozen" : "normal",
        xSplit: sheet.freeze?.cols ?? 0,
        ySplit: sheet.freeze?.rows ?? 0,
        showGridLines: sheet.showGridLines,
      },
    ],
    pageSetup: {
      paperSize: 9, // A4
      orientation: sheet.print.orientation,
      fitToPage: sheet.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { ...PAGE_LOOK.marginsIn },
    },
  });
  if (sheet.print.titleRows)
    ws.pageSetup.printTitlesRow = `${sheet.print.titleRows.first + 1}:${sheet.print.titleRows.last + 1}`;
  ws.headerFooter.oddFooter = `&L${PAGE_LOOK.footer.left}&R${PAGE_LOOK.footer.right}`;
  sheet.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const merged = new Set<number>();
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, r) => {
      const row = ws.getRow(block.row + r + 1);
      cells.forEach((model, c) => writeCell(row.getCell(block.col + c + 1), model, styles));
    });
    for (const m of block.merges ?? []) mergeOnce(ws, m, merged);
  }
  for (const [row, points] of Object.entries(sheet.rowHeights ?? {}))
    ws.getRow(Number(row) + 1).height = points;
  // ExcelJS puts a break after the given row: the row before the one that starts the new page. The break
  // spans every column, to the last one (XFD, 0-based 16383) as Excel writes it: ExcelJS's default max is
  // 16838, past the last column.
  for (const row of new Set(sheet.print.rowBreaks ?? []))
    if (row > 0) ws.getRow(row).addPageBreak(0, LAST_COLUMN);
  return ws;
}

/** The workbook's bytes: every sheet of the model, its charts as native chart parts. */
export async function writeWorkbookXlsx(model: WorkbookModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Service Planner";
  const taken = new Set<string>();
  const names: string[] = [];
  for (const sheet of model.sheets) {
    const name = uniqueSheetName(sheet.name, taken);
    taken.add(name);
    names.push(name);
    writeSheet(workbook, sheet, name);
  }
  const bytes = await quotePrintTitles(Buffer.from(await workbook.xlsx.writeBuffer()), names);
  return addNativeCharts(
    bytes,
    model.sheets.map((sheet, i) => ({ sheet, name: names[i] }))
  );
}

/**
 * ExcelJS writes a sheet's print titles as '<name>'!$1:$1 without doubling an apostrophe in the name
 * ('Bob's SQ'!$1:$1), a formula Excel cannot parse: it repairs the file and drops the name. Each sheet's
 * own defined names (localSheetId) get the name quoted as Excel writes it ('Bob''s SQ'!$1:$1).
 */
async function quotePrintTitles(bytes: Buffer, names: string[]): Promise<Buffer> {
  if (!names.some((name) => name.includes("'"))) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const workbook = parseXml(await zip.file("xl/workbook.xml")!.async("string"), "xl/workbook.xml");
  for (const definedName of elementsNamed(workbook, "definedName")) {
    const name = names[Number(definedName.getAttribute("localSheetId") ?? NaN)];
    if (!name?.includes("'")) continue;
    definedName.textContent = (definedName.textContent ?? "")
      .split(`'${name}'!`)
      .join(`'${name.replace(/'/g, "''")}'!`);
  }
  zip.file("xl/workbook.xml", serializeXml(workbook));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
