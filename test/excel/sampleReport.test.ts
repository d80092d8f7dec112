/**
 * The sample month's report written by the Office.js writer into the typed fake: every cell, format, merge
 * and chart of the ReportModel lands where the model (and so the .xlsx writer) puts it.
 */
import { writeReportModel } from "../../src/excel/writeReport";
import {
  ACTIVITY_FIELDS,
  buildReport,
  defaultTargets,
  detectColumns,
  DEFAULT_REPORT_OPTIONS,
} from "../../src/report";
import type { RawTable, ReportModel } from "../../src/report";
import { ACTIVITY_HEADERS, sampleActivityRows } from "../../src/cli/sample/generate";
import { FakeWorkbook } from "./fakeWorkbook";
import { expectSameCells } from "./sameCells";

function sampleReport(lang: "en" | "zh-CN"): ReportModel {
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
      const { sheetNames } = await writeReportModel(workbook, model, { maxCellsPerSync: 500 });
      expect(sheetNames).toHaveLength(model.sheets.length);
      model.sheets.forEach((sheet, i) => expectSameCells(workbook, sheetNames[i], sheet));
      expect(workbook.activeSheet).toBe(sheetNames[0]);
      expect(workbook.syncs.every((s) => s.cells <= 500)).toBe(true);
    }
  );

  test("a second build of the same month gets its own sheet; the first is untouched", async () => {
    const model = sampleReport("en");
    const workbook = new FakeWorkbook(["Data"]);
    const first = await writeReportModel(workbook, model);
    const before = new Map(workbook.sheet(first.sheetNames[0]).cells);
    const second = await writeReportModel(workbook, model);
    expect(second.sheetNames[0]).toBe(`${first.sheetNames[0]} (2)`);
    expect(workbook.sheet(first.sheetNames[0]).cells).toEqual(before);
  });
});
