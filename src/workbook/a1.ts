/** A1 references for formulas the report core writes (plan sheets refer back to the forecast's cells). */

/** 0-based column index to Excel letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0)
    throw new RangeError(`column index must be a whole number ≥ 0, got ${col}`);
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A cell address from 0-based row/col: (0, 0) → A1; absolute adds the $ signs. */
export function cellAddress(row: number, col: number, absolute = false): string {
  const $ = absolute ? "$" : "";
  return `${$}${columnLetters(col)}${$}${row + 1}`;
}

/** A sheet name as a formula prefix: 'Forecast 2026'! (always quoted; quotes inside are doubled). */
export function sheetPrefix(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!`;
}
