/**
 * Percentages as platforms write them: "94.01%", 0.9401 and 94.01 (under a header that says %) are the
 * same service level. Whether a column's plain numbers are fractions or percents is decided for the whole
 * column: any plain value over 1 means the column counts in percent.
 */
import { readNumber, type DecimalMark, type NotANumber } from "./numbers";

export function percentColumnInHundreds(cells: Iterable<unknown>, decimal: DecimalMark): boolean {
  for (const cell of cells) {
    if (typeof cell === "string" && cell.trim().endsWith("%")) continue;
    const n = readNumber(cell, decimal);
    if (typeof n === "number" && n > 1) return true;
  }
  return false;
}

/** A percentage as a fraction (0.9401), or why not. */
export function readPercent(
  cell: unknown,
  decimal: DecimalMark,
  inHundreds: boolean
): number | NotANumber {
  if (typeof cell === "string" && cell.trim().endsWith("%")) {
    const n = readNumber(cell.trim().slice(0, -1), decimal);
    return typeof n === "number" ? n / 100 : n;
  }
  const n = readNumber(cell, decimal);
  if (typeof n !== "number") return n;
  return inHundreds ? n / 100 : n;
}
