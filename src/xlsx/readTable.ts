/**
 * Tables from files: CSV text (the reader of src/input) and .xlsx workbooks (read as a stream, readXlsx.ts), as RawTables with their header and
 * untouched data rows. Row numbers are the file's own (the header is row 1 of a CSV; a sheet's rows are its
 * Excel row numbers), so data-quality messages point at the right line.
 */
import { tableFromGrid, tableFromText, type MatchableField } from "../input";
import { readXlsxGrid, type XlsxLimits } from "./readXlsx";
import type { RawTable } from "../report";

/**
 * CSV/TSV/TXT text or bytes through the reader (src/input): encoding (UTF-8 ± BOM, UTF-16, GB18030/GBK),
 * delimiter and decimal mark detected, the header found below any title rows. Throws the reader's InputError
 * for a file it cannot decode. `fields`: the words that find the header (default the activity table's; none
 * for a table whose header is simply its first row, such as Targets).
 */
export function tableFromCsv(
  input: string | Uint8Array,
  fileName?: string,
  fields?: MatchableField[]
): RawTable {
  const table = tableFromText(input, fileName, fields);
  const rows = table.rows;
  while (rows.length && rows[rows.length - 1].every((c) => c === "" || c === null)) rows.pop();
  return table;
}

/**
 * The first sheet (or the named one) of an .xlsx: the header is the first row naming known fields (a title block above it is skipped). Read within
 * limits (see readXlsx.ts); throws XlsxFileError saying what is wrong with the file, or naming the sheets
 * when the named one is missing.
 */
export async function tableFromXlsx(
  data: ArrayBuffer | Buffer,
  sheetName?: string,
  limits?: XlsxLimits,
  fields?: MatchableField[]
): Promise<RawTable> {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
  const grid = await readXlsxGrid(bytes, sheetName, limits);
  if (grid.rows.length === 0) return { headers: [], rows: [], firstRowNumber: 2 };
  // The header is found among the first rows (a vendor's title block may sit above it).
  return tableFromGrid(grid.rows, grid.firstRowNumber, fields);
}
