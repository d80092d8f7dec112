/**
 * A table as read from a sheet range, a CSV or an .xlsx, and where its header is. Real exports put a title,
 * the report's period or the filter settings above the header ("Split/Skill Interval Report", "Date: …"),
 * and blank lines between blocks. The header is the row among the first 20 non-blank ones whose cells name
 * the most known fields; the rows above it are titles, kept for the description, never read as data.
 */
import { ACTIVITY_FIELDS } from "./fields";
import { fieldsForHeader, type MatchableField } from "./headers";
import type { DecimalMark } from "./numbers";

export interface RawTable {
  headers: unknown[];
  rows: unknown[][];
  /** The sheet/file row number of rows[0], for data-quality messages ("row 17: answered > offered"). */
  firstRowNumber: number;
  /** Text rows found above the header and skipped. */
  titleRows?: string[];
  /** How the file wrote decimals, when it was text ("," in semicolon files). Absent: ".". */
  decimal?: DecimalMark;
}

export const HEADER_SEARCH_ROWS = 20;

export const isBlankCell = (cell: unknown) =>
  cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

function headerScore(cells: unknown[], fields: MatchableField[]): number {
  let score = 0;
  for (const cell of cells)
    if (typeof cell === "string" && fieldsForHeader(cell, fields).length > 0) score++;
  return score;
}

/**
 * The index of the header row in `grid`: the first row, among the first 20 non-blank ones, with the most
 * cells that name a known field, when that is at least two; otherwise the first non-blank row (a table of
 * other things — targets, service jobs — keeps its own first row, whatever a data cell happens to say).
 */
export function findHeaderRow(
  grid: unknown[][],
  fields: MatchableField[] = ACTIVITY_FIELDS
): number {
  let best = -1;
  let bestScore = 0;
  let firstNonBlank = -1;
  let seen = 0;
  for (let i = 0; i < grid.length && seen < HEADER_SEARCH_ROWS; i++) {
    const row = grid[i];
    if (!row || row.every(isBlankCell)) continue;
    seen++;
    if (firstNonBlank < 0) firstNonBlank = i;
    const score = headerScore(row, fields);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best >= 0 && bestScore >= 2 ? best : Math.max(firstNonBlank, 0);
}

/**
 * A grid (every row of a file or sheet; `firstRowNumber` is the number of grid[0]) as a RawTable: the header
 * found, title rows set aside, the data rows after it kept as they are (blank ones too: they are counted).
 */
export function tableFromGrid(
  grid: unknown[][],
  firstRowNumber = 1,
  fields: MatchableField[] = ACTIVITY_FIELDS
): RawTable {
  if (grid.length === 0) return { headers: [], rows: [], firstRowNumber: firstRowNumber + 1 };
  const h = findHeaderRow(grid, fields);
  const titleRows = grid
    .slice(0, h)
    .filter((r) => r && !r.every(isBlankCell))
    .map((r) =>
      r
        .filter((c) => !isBlankCell(c))
        .map(String)
        .join(" ")
    );
  return {
    headers: grid[h] ?? [],
    rows: grid.slice(h + 1),
    firstRowNumber: firstRowNumber + h + 1,
    titleRows,
  };
}

/** A table whose header may not be its first row (an .xlsx with a title above the header), re-found. */
export function relocateHeader(
  table: RawTable,
  fields: MatchableField[] = ACTIVITY_FIELDS
): RawTable {
  const grid = [table.headers, ...table.rows];
  const found = tableFromGrid(grid, table.firstRowNumber - 1, fields);
  if (found.firstRowNumber === table.firstRowNumber) return table;
  return { ...found, decimal: table.decimal };
}
