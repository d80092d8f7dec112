/**
 * A delimited text file's bytes as a table: encoding detected (text.ts), delimiter and decimal mark detected
 * (delimited.ts), header found below any title rows (table.ts). Row numbers are the file's own records.
 */
import { decodeText, type TextEncodingName } from "./text";
import { parseDelimited, type Delimiter } from "./delimited";
import { tableFromGrid, type RawTable } from "./table";
import type { MatchableField } from "./headers";
import { ACTIVITY_FIELDS } from "./fields";

export interface TextTable extends RawTable {
  encoding: TextEncodingName;
  delimiter: Delimiter;
}

/** Bytes (or already-decoded text) of a CSV/TSV/TXT file as a table. */
export function tableFromText(
  input: Uint8Array | string,
  fileName?: string,
  fields: MatchableField[] = ACTIVITY_FIELDS
): TextTable {
  const decoded =
    typeof input === "string"
      ? {
          text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input,
          encoding: "utf-8" as const,
        }
      : decodeText(input, fileName);
  const grid = parseDelimited(decoded.text);
  const table = tableFromGrid(grid.rows, 1, fields);
  return { ...table, decimal: grid.decimal, encoding: decoded.encoding, delimiter: grid.delimiter };
}
