/**
 * "Build report" against the typed fake: the data is read again at build time (an edit after Read shows in
 * the report), a changed header row is refused, and the sample month costs at most four requests, Targets
 * table included.
 */
import { buildReportInWorkbook, type ReportBuild } from "../../src/excel/reportInWorkbook";
import {
  ACTIVITY_FIELDS,
  buildReport,
  detectColumns,
  DEFAULT_REPORT_OPTIONS,
  type ColumnMapping,
} from "../../src/report";
import { ACTIVITY_HEADERS, sampleActivityRows } from "../../src/cli/sample/generate";
import { FakeWorkbook } from "./fakeWorkbook";

const analyse = async (...args: Parameters<typeof buildReport>) => buildReport(...args);

function sampleWorkbook(): FakeWorkbook {
  const workbook = new FakeWorkbook(["Data"]);
  workbook.putTable("Data", 0, 0, [...ACTIVITY_HEADERS], sampleActivityRows(), "Activity");
  return workbook;
}

function request(mapping: ColumnMapping): ReportBuild {
  return {
    activity: {
      source: { kind: "table", name: "Activity" },
      headers: [...ACTIVITY_HEADERS],
      mapping,
    },
    options: {
      ...DEFAULT_REPORT_OPTIONS,
      month: "2026-10",
      lang: "en",
      builtAt: new Date(Date.UTC(2026, 10, 2, 9, 0)),
    },
  };
}

const mapping = detectColumns([...ACTIVITY_HEADERS], ACTIVITY_FIELDS);

test("the sample month's report with its Targets table: at most 4 requests, each under the 5 MB limit", async () => {
  const workbook = sampleWorkbook();
  const built = await buildReportInWorkbook(workbook, request(mapping), { analyse });
  expect(built.sheetName).toBe("SQ 2026-10");
  expect(built.targetsSheet).toBe("Targets");
  expect(workbook.tables.has("Targets")).toBe(true);
  expect(workbook.syncs.length).toBeLessThanOrEqual(4);
  // 10,000 cells a request at well under 250 bytes each (DEFAULT_MAX_CELLS_PER_SYNC): under 2.5 MB.
  expect(Math.max(...workbook.syncs.map((s) => s.cells))).toBeLessThanOrEqual(10_000);
  expect(workbook.activeSheet).toBe("SQ 2026-10");
});

test("a second build reads the Targets table instead of writing it, still in at most 4 requests", async () => {
  const workbook = sampleWorkbook();
  await buildReportInWorkbook(workbook, request(mapping), { analyse });
  const before = workbook.syncs.length;
  const built = await buildReportInWorkbook(workbook, request(mapping), { analyse });
  expect(built.targetsSheet).toBeUndefined();
  expect(built.sheetName).toBe("SQ 2026-10 (2)");
  expect(workbook.syncs.length - before).toBeLessThanOrEqual(4);
});

test("the build reads the sheet again: offered calls added after Read show in the report", async () => {
  const workbook = sampleWorkbook();
  const offeredCounted = (sheet: string) => {
    const cells = [...workbook.sheet(sheet).cells.entries()];
    const label = cells.find(([, c]) => c.value === "Offered calls counted");
    if (!label) throw new Error("no 'Offered calls counted' row");
    const [row, col] = label[0].split(",").map(Number);
    return workbook.cell(sheet, row, col + 1)?.value as number;
  };
  await buildReportInWorkbook(workbook, request(mapping), { analyse });
  const first = offeredCounted("SQ 2026-10");
  // By hand: 1,000 more calls offered on a clean October row, all abandoned, so offered = answered +
  // abandoned still holds (sheet row = data index + 1, under the header; C is Offered, E Abandoned).
  const rows = sampleActivityRows();
  const index = rows.findIndex((row) => row[0] === "2026-10-01");
  workbook.typeInto("Data", index + 1, 2, (rows[index][2] as number) + 1000);
  workbook.typeInto("Data", index + 1, 4, (rows[index][4] as number) + 1000);
  await buildReportInWorkbook(workbook, request(mapping), { analyse });
  expect(offeredCounted("SQ 2026-10 (2)")).toBe(first + 1000);
});

test("columns that moved since Read are refused, nothing written", async () => {
  const workbook = sampleWorkbook();
  workbook.typeInto("Data", 0, 2, "Answered");
  workbook.typeInto("Data", 0, 3, "Offered");
  const sheets = workbook.sheets.map((s) => s.name);
  await expect(
    buildReportInWorkbook(workbook, request(mapping), { analyse })
  ).rejects.toMatchObject({
    name: "DataChangedError",
  });
  expect(workbook.sheets.map((s) => s.name)).toEqual(sheets);
});
