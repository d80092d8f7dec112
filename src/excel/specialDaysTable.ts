/**
 * A special-days table in the workbook, pre-filled from the built-in mainland China calendar: created on a
 * new sheet (never over an existing one) as an Excel table the planner can edit, add rows to, and choose as
 * the forecast's special days.
 */
import { chinaSpecialDays, type SpecialDay } from "../forecast";
import { type Lang, uniqueSheetName } from "../workbook";
import type { WorkbookPort } from "./port";

const EXCEL_1970 = 25569;
const KIND_WORD: Record<Lang, Record<SpecialDay["kind"], string>> = {
  en: { closed: "closed", holiday: "holiday", workday: "workday" },
  "zh-CN": { closed: "停业", holiday: "节假日", workday: "调休" },
};

/** Creates the table for the days firstDay..lastDay; returns its sheet and table names. */
export async function createChinaSpecialDaysTable(
  port: WorkbookPort,
  lang: Lang,
  firstDay: number,
  lastDay: number
): Promise<{ sheetName: string; tableName: string; rows: number }> {
  const days = chinaSpecialDays(firstDay, lastDay, lang);
  const sheetName = uniqueSheetName(
    lang === "zh-CN" ? "特殊日" : "Special days",
    await port.sheetNames()
  );
  const tables = (await port.tableNames()).map((n) => n.toLowerCase());
  let tableName = "SpecialDays";
  for (let i = 2; tables.includes(tableName.toLowerCase()); i++) tableName = `SpecialDays${i}`;
  const headers =
    lang === "zh-CN" ? ["日期", "类型", "备注", "系数"] : ["Date", "Kind", "Note", "Factor"];
  const rows = days.map((d) => [d.day + EXCEL_1970, KIND_WORD[lang][d.kind], d.note ?? "", null]);
  port.addSheet(sheetName);
  port.writeCells(
    sheetName,
    0,
    0,
    [headers, ...rows].map((row) => row.map((value) => ({ value })))
  );
  if (rows.length)
    port.formatRects(sheetName, [
      { ref: { row: 1, col: 0, rows: rows.length, cols: 1 }, style: { numFmt: "yyyy-mm-dd" } },
    ]);
  port.addTable(
    sheetName,
    { row: 0, col: 0, rows: rows.length + 1, cols: headers.length },
    tableName
  );
  port.setColumnWidths(sheetName, [12, 10, 24, 8]);
  port.activateSheet(sheetName);
  await port.sync();
  return { sheetName, tableName, rows: rows.length };
}
