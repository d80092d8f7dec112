/** The workbook's Targets table through the port: created with the defaults, read back, never left half-made. */
import { ensureTargetsTable, readTargets, TARGETS_TABLE_NAME } from "../../src/excel/targetsTable";
import { defaultTargets } from "../../src/report";
import { FakeWorkbook } from "./fakeWorkbook";

describe("the Targets table", () => {
  test("is created on a new sheet as a rectangle Excel accepts, and reads back as the defaults", async () => {
    const workbook = new FakeWorkbook(["Data"]);
    expect(await ensureTargetsTable(workbook, "en")).toEqual({
      sheetName: "Targets",
      created: true,
    });
    expect(workbook.tables.get(TARGETS_TABLE_NAME)?.sheet).toBe("Targets");
    const read = await readTargets(workbook);
    expect(read.fromTable).toBe(true);
    expect(read.problems).toEqual([]);
    expect(read.targets).toEqual(defaultTargets());
    expect(await ensureTargetsTable(workbook, "en")).toEqual({
      sheetName: "Targets",
      created: false,
    });
  });

  test("a table Excel refuses leaves no stray sheet behind, and the error is Excel's", async () => {
    const workbook = new FakeWorkbook(["Data"]);
    // A defined name "targets" exists: Excel adds the sheet and its cells, then refuses the table.
    workbook.definedNames.add("targets");
    await expect(ensureTargetsTable(workbook, "zh-CN")).rejects.toThrow(/already taken/);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Data"]);
  });
});
