/**
 * Tables from files: CSV text (papaparse) and .xlsx workbooks (read as a stream, readXlsx.ts), as RawTables with their header and
 * untouched data rows. Row numbers are the file's own (the header is row 1 of a CSV; a sheet's rows are its
 * Excel row numbers), so data-quality messages point at the right line.
 */
import Papa from "papaparse";
import { readXlsxGrid, type XlsxLimits } from "./readXlsx";
import type { RawTable } from "../report";

export function tableFromCsv(text: string): RawTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // Excel writes a BOM in "CSV UTF-8"
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false });
  const rows = parsed.data;
  while (rows.length && rows[rows.length - 1].every((c) => c === "")) rows.pop();
  if (rows.length === 0) return { headers: [], rows: [], firstRowNumber: 2 };
  return { headers: rows[0], rows: rows.slice(1), firstRowNumber: 2 };
}

/**
 * The first sheet (or the named one) of an .xlsx: the first row with a value is the header. Read within
 * limits (see readXlsx.ts); throws XlsxFileError saying what is wrong with the file, or naming the sheets
 * when the named one is missing.
 */
export async function tableFromXlsx(
  data: ArrayBuffer | Buffer,
  sheetName?: string,
  limits?: XlsxLimits
): Promise<RawTable> {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
  const grid = await readXlsxGrid(bytes, sheetName, limits);
  if (grid.rows.length === 0) return { headers: [], rows: [], firstRowNumber: 2 };
  return {
    headers: grid.rows[0],
    rows: grid.rows.slice(1),
    firstRowNumber: grid.firstRowNumber + 1,
  };
}
