/**
 * Tables from files: CSV text (papaparse) and .xlsx workbooks (ExcelJS), as RawTables with their header and
 * untouched data rows. Row numbers are the file's own (the header is row 1 of a CSV; a sheet's rows are its
 * Excel row numbers), so data-quality messages point at the right line.
 */
import Papa from "papaparse";
import ExcelJS from "exceljs";
import type { RawTable } from "../report";

export function tableFromCsv(text: string): RawTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // Excel writes a BOM in "CSV UTF-8"
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false });
  const rows = parsed.data;
  while (rows.length && rows[rows.length - 1].every((c) => c === "")) rows.pop();
  if (rows.length === 0) return { headers: [], rows: [], firstRowNumber: 2 };
  return { headers: rows[0], rows: rows.slice(1), firstRowNumber: 2 };
}

/** A cell's value as a sheet shows it: formulas give their result, rich text its plain text. */
function plain(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("result" in value)
      return plain((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("richText" in value)
      return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
    if ("text" in value) return (value as ExcelJS.CellHyperlinkValue).text;
    if ("error" in value) return (value as ExcelJS.CellErrorValue).error;
  }
  return value;
}

/**
 * The first sheet (or the named one) of an .xlsx: the first non-empty row is the header. Throws an Error
 * naming the sheets when the named one is missing.
 */
export async function tableFromXlsx(
  data: ArrayBuffer | Buffer,
  sheetName?: string
): Promise<RawTable> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) {
    const names = workbook.worksheets.map((w) => `"${w.name}"`).join(", ");
    throw new Error(
      `No sheet named "${sheetName}" in the workbook; its sheets are ${names || "none"}.`
    );
  }
  const width = sheet.columnCount;
  let headerRow = 0;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= width; c++) cells.push(plain(row.getCell(c).value));
    if (headerRow === 0) {
      if (cells.some((c) => c !== null && c !== "")) {
        headerRow = rowNumber;
        rows.push(cells);
      }
      return;
    }
    while (rows.length < rowNumber - headerRow) rows.push(new Array(width).fill(null)); // skipped empty rows
    rows.push(cells);
  });
  if (headerRow === 0) return { headers: [], rows: [], firstRowNumber: 2 };
  return { headers: rows[0], rows: rows.slice(1), firstRowNumber: headerRow + 1 };
}
