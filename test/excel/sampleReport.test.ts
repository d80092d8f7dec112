/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- these are ExcelJS cells read from a file, not Office.js proxies */
/**
 * The sample month's report written by the Office.js writer into the typed fake: every cell, format, merge
 * and chart of the WorkbookModel lands where the model (and so the .xlsx writer) puts it.
 */
import ExcelJS from "exceljs";
import { writeWorkbookModel } from "../../src/excel/writeToWorkbook";
import { writeWorkbookXlsx } from "../../src/xlsx/writeXlsxFile";
import {
  ACTIVITY_FIELDS,
  buildReport,
  defaultTargets,
  detectColumns,
  DEFAULT_REPORT_OPTIONS,
} from "../../src/report";
import type { RawTable } from "../../src/report";
import type { WorkbookModel } from "../../src/workbook";
import { ACTIVITY_HEADERS, sampleActivityRows } from "../../src/cli/sample/generate";
import { FakeWorkbook } from "./fakeWorkbook";
import { expectSameCells } from "./sameCells";

function sampleReport(lang: "en" | "zh-CN"): WorkbookModel {
  const table: RawTable = {
    headers: [...ACTIVITY_HEADERS],
    rows: sampleActivityRows(),
    firstRowNumber: 2,
  };
  return buildReport(table, detectColumns(table.headers, ACTIVITY_FIELDS), {
    ...DEFAULT_REPORT_OPTIONS,
    month: "2026-10",
    lang,
    targets: defaultTargets(),
    builtAt: new Date(Date.UTC(2026, 10, 2, 9, 0)),
  });
}

describe("the sample month's report through the Office.js writer", () => {
  test.each(["en", "zh-CN"] as const)(
    "%s: same cells, formats, merges and charts as the model",
    async (lang) => {
      const model = sampleReport(lang);
      const workbook = new FakeWorkbook(["Data"]);
      const { sheetNames } = await writeWorkbookModel(workbook, model, { maxCellsPerSync: 500 });
      expect(sheetNames).toHaveLength(model.sheets.length);
      model.sheets.forEach((sheet, i) => expectSameCells(workbook, sheetNames[i], sheet));
      expect(workbook.activeSheet).toBe(sheetNames[0]);
      expect(workbook.syncs.every((s) => s.cells <= 500)).toBe(true);
    }
  );

  test("a second build of the same month gets its own sheet; the first is untouched", async () => {
    const model = sampleReport("en");
    const workbook = new FakeWorkbook(["Data"]);
    const first = await writeWorkbookModel(workbook, model);
    const before = new Map(workbook.sheet(first.sheetNames[0]).cells);
    const second = await writeWorkbookModel(workbook, model);
    expect(second.sheetNames[0]).toBe(`${first.sheetNames[0]} (2)`);
    expect(workbook.sheet(first.sheetNames[0]).cells).toEqual(before);
  });
});

describe("the Office.js writer and the .xlsx writer give the same sheet", () => {
  test("values, formulas, number formats, fills, bold and merges agree cell by cell", async () => {
    const model = sampleReport("en");
    const workbook = new FakeWorkbook([]);
    const { sheetNames } = await writeWorkbookModel(workbook, model);
    const file = new ExcelJS.Workbook();
    await file.xlsx.load((await writeWorkbookXlsx(model)) as unknown as ArrayBuffer);
    expect(file.worksheets.map((ws) => ws.name)).toEqual(sheetNames);

    for (const name of sheetNames) {
      const fake = workbook.sheet(name);
      const ws = file.getWorksheet(name)!;
      const styleAt = (row: number, col: number) =>
        fake.formats.find(
          ({ ref }) =>
            ref.row <= row && row < ref.row + ref.rows && ref.col <= col && col < ref.col + ref.cols
        )?.style ?? {};
      const differences: string[] = [];
      for (const [at, written] of fake.cells) {
        const [row, col] = at.split(",").map(Number);
        // ExcelJS reports every cell of a merge with its top-left cell's value: compare top-left cells only.
        const insideMerge = fake.merges.some(
          (m) =>
            m.row <= row &&
            row < m.row + m.rows &&
            m.col <= col &&
            col < m.col + m.cols &&
            (m.row !== row || m.col !== col)
        );
        if (insideMerge) continue;
        const fileCell: ExcelJS.Cell = ws.getRow(row + 1).getCell(col + 1);
        const style = styleAt(row, col);
        const fromFile = {
          value: written.formula ? written.value : fromExcelJs(fileCell.value),
          formula: fileCell.formula ? `=${fileCell.formula}` : undefined,
          numFmt: fileCell.numFmt || undefined,
          fill: (
            fileCell.fill as { fgColor?: { argb?: string } } | undefined
          )?.fgColor?.argb?.slice(2),
          bold: fileCell.font?.bold || undefined,
        };
        const fromOffice = {
          value: written.value,
          formula: written.formula,
          numFmt: style.numFmt,
          fill: style.fill,
          bold: style.bold || undefined,
        };
        if (JSON.stringify(fromFile) !== JSON.stringify(fromOffice))
          differences.push(
            `${name}!${at}: xlsx ${JSON.stringify(fromFile)} vs office ${JSON.stringify(fromOffice)}`
          );
      }
      expect(differences.slice(0, 5)).toEqual([]);
      const merged = Object.keys(
        (ws as unknown as { _merges: Record<string, unknown> })._merges
      ).length;
      expect(merged).toBe(fake.merges.length);
    }
  });
});

/** ExcelJS reads a date-formatted number back as a Date: turn it back into the Excel serial that was written. */
function fromExcelJs(value: ExcelJS.CellValue): unknown {
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  return value ?? null;
}
