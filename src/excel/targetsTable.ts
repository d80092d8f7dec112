/**
 * The workbook's visible `Targets` table: created with the default targets on first use (on a new sheet,
 * never over an existing one), opened for editing, and read back for the report.
 */
import { defaultTargets, targetsFromTable, targetsToTable, type Target } from "../report";
import { type Lang, type RangeRef, type SheetModel, uniqueSheetName } from "../workbook";
import type { WorkbookPort } from "./port";
import { t } from "../i18n";

export const TARGETS_TABLE_NAME = "Targets";

/**
 * The Targets sheet as a model, with where its table goes: a build that finds no Targets table writes it in
 * the same requests as the report (and removes it with the report if Excel refuses either).
 */
export function targetsSheetModel(lang: Lang): {
  sheet: SheetModel;
  table: { ref: RangeRef; name: string };
} {
  const { headers, rows } = targetsToTable(defaultTargets(), lang);
  return {
    sheet: {
      name: targetsSheetName(lang),
      columnWidths: targetsColumnWidths(headers),
      blocks: [
        {
          id: "targets",
          row: 0,
          col: 0,
          cells: [headers, ...rows].map((row) => row.map((value) => ({ value }))),
        },
      ],
      charts: [],
      print: { orientation: "portrait", paper: "A4", fitToWidth: true },
      showGridLines: true,
    },
    table: {
      ref: { row: 0, col: 0, rows: rows.length + 1, cols: headers.length },
      name: TARGETS_TABLE_NAME,
    },
  };
}

// The glossary's sheet name (目标值); the table inside keeps the name Targets, which formulas may use.
const targetsSheetName = (lang: Lang) => t(lang, "report.targetsSheetName");
const targetsColumnWidths = (headers: string[]) =>
  headers.map((h, i) => (i === 0 ? 26 : Math.max(10, h.length + 2)));

async function findTable(port: WorkbookPort): Promise<string | undefined> {
  const names = await port.tableNames();
  return names.find((name) => name.toLowerCase() === TARGETS_TABLE_NAME.toLowerCase());
}

/** Creates the table with the default targets when it is missing; returns the sheet it is on. */
export async function ensureTargetsTable(
  port: WorkbookPort,
  lang: Lang
): Promise<{ sheetName: string; created: boolean }> {
  const existing = await findTable(port);
  if (existing) return { sheetName: (await port.readTable(existing)).sheetName, created: false };
  const sheetName = uniqueSheetName(targetsSheetName(lang), await port.sheetNames());
  const { headers, rows } = targetsToTable(defaultTargets(), lang);
  port.suspendCalculationUntilNextSync();
  port.addSheet(sheetName);
  port.writeCells(
    sheetName,
    0,
    0,
    [headers, ...rows].map((row) => row.map((value) => ({ value })))
  );
  port.addTable(
    sheetName,
    { row: 0, col: 0, rows: rows.length + 1, cols: headers.length },
    TARGETS_TABLE_NAME
  );
  port.setColumnWidths(sheetName, targetsColumnWidths(headers));
  try {
    await port.sync();
  } catch (error) {
    // Excel keeps what a failed request did before the failing operation (the sheet, its cells): a table
    // name Excel refuses (a defined name "Targets" exists) must not leave a stray sheet behind.
    try {
      if ((await port.sheetNames()).includes(sheetName)) port.deleteSheet(sheetName);
      await port.sync();
    } catch {
      // The original error is what the user needs to see.
    }
    throw error;
  }
  return { sheetName, created: true };
}

/** Shows the Targets sheet (creating the table first when it is missing). */
export async function openTargetsTable(port: WorkbookPort, lang: Lang): Promise<string> {
  const { sheetName } = await ensureTargetsTable(port, lang);
  port.activateSheet(sheetName);
  await port.sync();
  return sheetName;
}

/** The targets to judge the report by: the table's when it exists (with its problems), else the defaults. */
export async function readTargets(
  port: WorkbookPort
): Promise<{ targets: Target[]; problems: string[]; fromTable: boolean; currency: string | null }> {
  const name = await findTable(port);
  if (!name) return { targets: defaultTargets(), problems: [], fromTable: false, currency: null };
  const table = await port.readTable(name);
  return { ...targetsFromTable(table.headers, table.rows), fromTable: true };
}
