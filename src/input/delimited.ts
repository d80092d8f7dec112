/**
 * Delimited text (CSV, semicolon CSV, TSV, pipe) into a grid of cells, with the delimiter detected: the
 * candidate that splits the most of the first rows into the same number of fields (more than one) wins, so
 * title rows above the header do not throw the guess. papaparse does the splitting (quotes, embedded
 * newlines, CRLF). The decimal mark follows from the delimiter and the numbers (numbers.ts).
 */
import Papa from "papaparse";
import { decideDecimalMark, type DecimalMark } from "./numbers";

export type Delimiter = "," | ";" | "\t" | "|";
export const DELIMITERS: Delimiter[] = [",", ";", "\t", "|"];

export interface DelimitedGrid {
  /** Every record of the file, as text cells; trailing blank records removed. */
  rows: string[][];
  delimiter: Delimiter;
  decimal: DecimalMark;
}

const SAMPLE_ROWS = 40;

function consistency(text: string, delimiter: Delimiter): number {
  const sample = Papa.parse<string[]>(text, {
    delimiter,
    preview: SAMPLE_ROWS,
    skipEmptyLines: true,
  });
  const counts = new Map<number, number>();
  for (const row of sample.data) {
    if (row.length < 2) continue;
    counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  }
  let best = 0;
  for (const n of counts.values()) best = Math.max(best, n);
  return best;
}

export function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = ",";
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const score = consistency(text, d);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** Splits delimited text into rows of cells. `delimiter` overrides detection. */
export function parseDelimited(text: string, delimiter?: Delimiter): DelimitedGrid {
  const chosen = delimiter ?? detectDelimiter(text);
  const rows = Papa.parse<string[]>(text, { delimiter: chosen, skipEmptyLines: false }).data;
  while (rows.length && rows[rows.length - 1].every((c) => c.trim() === "")) rows.pop();
  const numeric: string[] = [];
  for (let i = 0; i < rows.length && numeric.length < 2000; i++)
    for (const c of rows[i]) if (/\d/.test(c)) numeric.push(c);
  return { rows, delimiter: chosen, decimal: decideDecimalMark(chosen, numeric) };
}
