/** Loading the command line's input files as RawTables, by extension, with errors that name the file. */
import * as path from "path";
import {
  ReportInputError,
  type ColumnMapping,
  type FieldInfo,
  type RawTable,
  detectColumns,
} from "../report";
import { headerKey } from "../report";
import { tableFromCsv, tableFromXlsx } from "../xlsx/readTable";
import { XlsxFileError } from "../xlsx/zipEntries";
import { InputError, remapColumn, type MatchableField } from "../input";
import { t, translate, type Lang } from "../i18n";
import { UsageError } from "./args";
import { LIMITS } from "./limits";
import { MSG } from "./messages";
import type { CliIo } from "./io";

const isBlank = (c: unknown) =>
  c === null || c === undefined || (typeof c === "string" && c.trim() === "");

/**
 * Cuts text longer than Excel's cell limit to it (a cell cannot hold more; a queue name of 40,000 characters
 * would make an .xlsx Excel refuses to open). Returns how many cells were cut. One pass over the cells.
 */
export function truncateLongText(table: RawTable): number {
  let cut = 0;
  const fix = (row: unknown[]) => {
    for (let i = 0; i < row.length; i++) {
      const c = row[i];
      if (typeof c === "string" && c.length > LIMITS.cellChars) {
        row[i] = c.slice(0, LIMITS.cellChars);
        cut++;
      }
    }
  };
  fix(table.headers);
  for (const row of table.rows) if (!Object.isFrozen(row)) fix(row);
  return cut;
}

/**
 * An input file as a RawTable, refused early and in one line when it cannot be one: missing, a folder, empty,
 * over the size limit (before it is read), not the type its name says, or holding no table. `notes` collects
 * what reading changed (text cut to Excel's limit), for the report's data-quality section. `headerWords`
 * find the header row below any title rows (default the activity table's fields; [] for the first row).
 */
export async function loadTable(
  io: CliIo,
  file: string,
  sheet?: string,
  notes?: string[],
  lang: Lang = "en",
  headerWords?: MatchableField[]
): Promise<RawTable> {
  const info = io.stat(file);
  if (!info) throw new UsageError(MSG.notFound(file));
  if (info.directory) throw new UsageError(MSG.isFolder(file));
  if (info.size === 0) throw new UsageError(MSG.emptyFile(file));
  if (info.size > LIMITS.inputBytes) throw new UsageError(MSG.tooBig(file, info.size));
  const ext = path.extname(file).toLowerCase();
  const xlsx = ext === ".xlsx" || ext === ".xlsm";
  if (!xlsx && ext !== ".csv" && ext !== ".txt" && ext !== ".tsv")
    throw new UsageError(MSG.unsupportedType(file, ext));
  let data: Buffer;
  try {
    data = await io.readFile(file);
  } catch (e) {
    throw new UsageError(
      MSG.unreadable(file, (e as NodeJS.ErrnoException).code ?? (e as Error).message)
    );
  }
  let table: RawTable;
  if (xlsx) {
    try {
      table = await tableFromXlsx(
        data,
        sheet,
        {
          expandedBytes: LIMITS.expandedBytes,
          rows: LIMITS.rows,
          cells: LIMITS.cells,
        },
        headerWords
      );
    } catch (e) {
      if (e instanceof XlsxFileError) throw new UsageError(MSG.xlsxProblem(file, e.message));
      throw e;
    }
  } else {
    try {
      table = tableFromCsv(
        new Uint8Array(data.buffer, data.byteOffset, data.length),
        path.basename(file),
        headerWords
      );
    } catch (e) {
      if (e instanceof InputError) throw new UsageError(e); // it names the file itself
      throw e;
    }
  }
  if (table.headers.every(isBlank)) throw new UsageError(MSG.noTable(file));
  if (table.rows.length > LIMITS.rows) throw new UsageError(MSG.tooManyRows(file, LIMITS.rows));
  if (table.rows.every((r) => r.every(isBlank))) throw new UsageError(MSG.noDataRows(file));
  const cut = truncateLongText(table);
  if (cut > 0) {
    const warning = translate(lang, MSG.textTruncated(file, cut));
    io.stderr(`${t(lang, "cli.warning", { message: warning })}\n`);
    notes?.push(translate(lang, MSG.textTruncated(path.basename(file), cut)));
  }
  return table;
}

/**
 * Detected columns, then the user's --map field=Header overrides; --map field= (nothing after "=") un-maps
 * the field. Names the field list or the headers when a mapping cannot be applied.
 */
export function mapColumns<K extends string>(
  table: RawTable,
  fields: FieldInfo<K>[],
  maps: string[],
  what: string
): ColumnMapping<K> {
  let mapping = detectColumns(table.headers, fields);
  for (const m of maps) {
    const eq = m.indexOf("=");
    if (eq <= 0) throw new UsageError({ key: "cli.mapSyntax", params: { map: m } });
    const key = m.slice(0, eq).trim() as K;
    const header = m.slice(eq + 1).trim();
    if (fields.some((f) => f.key === key) && header === "") {
      mapping = remapColumn(mapping, key, undefined);
      continue;
    }
    if (!fields.some((f) => f.key === key)) {
      throw new UsageError({
        key: "cli.mapUnknownField",
        params: { map: m, field: key, table: what, fields: fields.map((f) => f.key).join(", ") },
      });
    }
    const exact = table.headers.findIndex((h) => String(h ?? "").trim() === header);
    const index =
      exact >= 0 ? exact : table.headers.findIndex((h) => headerKey(h) === headerKey(header));
    if (index < 0) {
      const headers = table.headers.map((h) => `"${String(h ?? "")}"`).join(", ");
      throw new ReportInputError(key, {
        key: "cli.mapNoColumn",
        params: { map: m, table: what, header, headers },
      });
    }
    // One column, one meaning (a date-time column may be both date and interval): as in the taskpane.
    mapping = remapColumn(mapping, key, index);
  }
  return mapping;
}
