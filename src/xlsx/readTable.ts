/**
 * Tables from files: CSV text (papaparse) and .xlsx workbooks (read as a stream, readXlsx.ts), as RawTables with their header and
 * untouched data rows. Row numbers are the file's own (the header is row 1 of a CSV; a sheet's rows are its
 * Excel row numbers), so data-quality messages point at the right line.
 */
import { readXlsxGrid, type XlsxLimits } from "./readXlsx";
import type { RawTable } from "../report";
import { tableFromText } from "../input";

/**
 * A delimited text file (bytes, or text already decoded) as a table: the reader (src/input) detects the
 * encoding (UTF-8 ± BOM, UTF-16, GB18030), the delimiter and decimal mark, and the header below any title
 * rows. Throws the reader's InputError for bytes that are text in no encoding.
 */
export function tableFromCsv(data: string | Uint8Array, fileName?: string): RawTable {
  return tableFromText(data, fileName);
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
