/**
 * "Try it with sample data": the bundled sample month (the command line's `sample`, September and October
 * 2026, three queues, a few planted bad rows) written to a new sheet as an Excel table, then selected, so a
 * first-time user sees the whole flow on data that works. The sheet and table take free names: nothing of
 * the user's is overwritten. Dates go in as Excel dates (serials with a date format), as a pasted CSV would.
 */
import { ACTIVITY_HEADERS, sampleActivityRows } from "../cli/sample/generate";
import type { WorkbookPort } from "../excel/port";
import { writeWorkbookModel } from "../excel/writeToWorkbook";
import { t } from "../i18n";
import type { CellValue, Lang, ModelCell, SheetModel } from "../workbook";

const TABLE_NAME = "SampleActivity";
/** Days from Excel's day 0 (1899-12-30) to 1970-01-01. */
const EXCEL_EPOCH_1970 = 25569;

function excelDate(value: CellValue): ModelCell {
  const match = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return { value };
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const date = new Date(ms);
  // "2026-10-32" (a planted bad row) is not a date: it stays text, as in the CSV.
  if (date.getUTCDate() !== Number(match[3])) return { value };
  return { value: ms / 86_400_000 + EXCEL_EPOCH_1970, style: { numFmt: "yyyy-mm-dd" } };
}

function freeName(wanted: string, taken: string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : `${wanted}${n}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** Writes the sample to a new sheet, selects it, and returns where it went. */
export async function writeSampleActivity(
  port: WorkbookPort,
  lang: Lang,
  signal?: AbortSignal
): Promise<{ sheetName: string; tableName: string }> {
  const rows = sampleActivityRows();
  const snapshot = await port.readWorkbook({ signal });
  const cells: ModelCell[][] = [
    ACTIVITY_HEADERS.map((header) => ({ value: header, style: { bold: true } })),
    ...rows.map((row) => row.map((value, col) => (col === 0 ? excelDate(value) : { value }))),
  ];
  const sheet: SheetModel = {
    name: t(lang, "taskpane.sampleSheetName"),
    columnWidths: ACTIVITY_HEADERS.map((header, col) =>
      col === 0 ? 12 : Math.max(9, header.length + 2)
    ),
    freeze: { rows: 1, cols: 0 },
    blocks: [{ id: "sample", row: 0, col: 0, cells }],
    charts: [],
    print: { orientation: "landscape", paper: "A4", fitToWidth: true },
    showGridLines: true,
  };
  const ref = { row: 0, col: 0, rows: cells.length, cols: ACTIVITY_HEADERS.length };
  const tableName = freeName(TABLE_NAME, snapshot.tableNames);
  const written = await writeWorkbookModel(
    port,
    { lang, sheets: [sheet] },
    {
      signal,
      existingSheetNames: snapshot.sheetNames,
      tables: [{ sheet: 0, ref, name: tableName }],
    }
  );
  const sheetName = written.sheetNames[0];
  port.selectRange(sheetName, ref);
  await port.sync();
  return { sheetName, tableName };
}
