/** Loading the command line's input files as RawTables, by extension, with errors that name the file. */
import * as path from "path";
import {
  ReportInputError,
  type ColumnMapping,
  type FieldInfo,
  type RawTable,
  detectColumns,
} from "../report";
import { normalizeHeader } from "../report";
import { tableFromCsv, tableFromXlsx } from "../xlsx/readTable";
import { UsageError } from "./args";
import type { CliIo } from "./io";

export async function loadTable(io: CliIo, file: string, sheet?: string): Promise<RawTable> {
  if (!io.exists(file)) throw new UsageError(`File not found: ${file}`);
  const ext = path.extname(file).toLowerCase();
  const data = await io.readFile(file);
  if (ext === ".csv" || ext === ".txt") return tableFromCsv(data.toString("utf8"));
  if (ext === ".xlsx" || ext === ".xlsm") {
    try {
      return await tableFromXlsx(data, sheet);
    } catch (e) {
      throw new UsageError(
        `${file}: ${(e as Error).message.includes("sheet") ? (e as Error).message : `not a readable .xlsx workbook (${(e as Error).message})`}`
      );
    }
  }
  throw new UsageError(
    `${file}: unsupported file type "${ext || "none"}". Use a .csv or .xlsx file.`
  );
}

/**
 * Detected columns, then the user's --map field=Header overrides. Names the field list or the headers
 * when a mapping cannot be applied.
 */
export function mapColumns<K extends string>(
  table: RawTable,
  fields: FieldInfo<K>[],
  maps: string[],
  what: string
): ColumnMapping<K> {
  const mapping = detectColumns(table.headers, fields);
  for (const m of maps) {
    const eq = m.indexOf("=");
    if (eq <= 0)
      throw new UsageError(
        `--map "${m}": write it as field=Header, e.g. --map offered="Calls in".`
      );
    const key = m.slice(0, eq).trim() as K;
    const header = m.slice(eq + 1).trim();
    if (!fields.some((f) => f.key === key)) {
      throw new UsageError(
        `--map "${m}": unknown field "${key}" for the ${what} table. Fields: ${fields.map((f) => f.key).join(", ")}.`
      );
    }
    const index = table.headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(header));
    if (index < 0) {
      throw new ReportInputError(
        key,
        `--map "${m}": the ${what} table has no column "${header}". Its headers: ${table.headers.map((h) => `"${String(h ?? "")}"`).join(", ")}.`
      );
    }
    mapping[key] = index;
  }
  return mapping;
}
