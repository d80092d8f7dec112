import { writeWorkbookModel, WriteWorkbookError } from "../../src/excel/writeToWorkbook";
import { FakeWorkbook } from "./fakeWorkbook";
import { handMadeModel } from "./handMadeModel";
import { expectSameCells } from "./sameCells";

describe("writeWorkbookModel into a (fake) open workbook", () => {
  test("writes every cell, format, merge, chart and sheet setting of the model, then activates the sheet", async () => {
    const workbook = new FakeWorkbook(["Data"]);
    const model = handMadeModel();
    const result = await writeWorkbookModel(workbook, model);
    expect(result.sheetNames).toEqual(["SQ 2026-10"]);
    expectSameCells(workbook, "SQ 2026-10", model.sheets[0]);
    expect(workbook.activeSheet).toBe("SQ 2026-10");
    // Formats go by rectangle: the 5-row percentage column is one rectangle, not five.
    const percent = workbook.sheet("SQ 2026-10").formats.filter((f) => f.style.numFmt === "0.0%");
    expect(percent).toEqual([
      { ref: { row: 4, col: 3, rows: 5, cols: 1 }, style: { numFmt: "0.0%" } },
    ]);
  });

  test("bounds the cells per request and suspends calculation for every writing request", async () => {
    const workbook = new FakeWorkbook();
    const model = handMadeModel("Big", 300); // 301 rows × 4 columns + title
    const progress: number[] = [];
    await writeWorkbookModel(workbook, model, {
      maxCellsPerSync: 100,
      onProgress: (f) => progress.push(f),
    });
    const writing = workbook.syncs.filter((s) => s.cells > 0);
    expect(writing.length).toBeGreaterThanOrEqual(Math.ceil((301 * 4 + 4) / 100));
    for (const sync of writing) {
      expect(sync.cells).toBeLessThanOrEqual(100);
      expect(sync.calculationSuspended).toBe(true);
    }
    expectSameCells(workbook, "Big", model.sheets[0]);
    expect(progress[progress.length - 1]).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  test("never overwrites: a taken name (in any case) gets the next free (n), within 31 characters", async () => {
    const workbook = new FakeWorkbook(["SQ 2026-10", "sq 2026-10 (2)"]);
    workbook.putTable("SQ 2026-10", 0, 0, ["mine"], [["keep me"]]);
    const result = await writeWorkbookModel(workbook, handMadeModel());
    expect(result.sheetNames).toEqual(["SQ 2026-10 (3)"]);
    expect(workbook.cell("SQ 2026-10", 1, 0)?.value).toBe("keep me");
    expect(workbook.sheet("SQ 2026-10").cells.size).toBe(2);

    const long = "A very long report name that goes on";
    const first = await writeWorkbookModel(workbook, handMadeModel(long));
    const second = await writeWorkbookModel(workbook, handMadeModel(long));
    expect(first.sheetNames[0]).toBe(long.slice(0, 31));
    expect(second.sheetNames[0]).toBe(`${long.slice(0, 27)} (2)`);
    expect(second.sheetNames[0].length).toBeLessThanOrEqual(31);
  });

  test("a failure part-way leaves no half-written sheet and says what went wrong", async () => {
    const workbook = new FakeWorkbook(["Data"]);
    workbook.failAtSync = { n: 4, message: "RequestPayloadSizeLimitExceeded" };
    const attempt = writeWorkbookModel(workbook, handMadeModel("SQ 2026-10", 100), {
      maxCellsPerSync: 40,
    });
    await expect(attempt).rejects.toThrow(WriteWorkbookError);
    await expect(attempt).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Data"]);
  });

  test("cancel stops between requests and removes the sheet", async () => {
    const workbook = new FakeWorkbook(["Data"]);
    const controller = new AbortController();
    const attempt = writeWorkbookModel(workbook, handMadeModel("SQ 2026-10", 100), {
      maxCellsPerSync: 40,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(attempt).rejects.toMatchObject({ cancelled: true });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Data"]);
  });

  test("what Excel would reject fails the build and leaves nothing: a ragged block, an unknown chart type", async () => {
    const ragged = handMadeModel();
    ragged.sheets[0].blocks[1].cells[2] = ragged.sheets[0].blocks[1].cells[2].slice(1);
    const pie = handMadeModel();
    pie.sheets[0].charts[0] = { ...pie.sheets[0].charts[0], kind: "pie" as "line" };
    for (const [model, message] of [
      [ragged, /doesn't match the size or dimensions/],
      [pie, /pie is not an Excel chart type/],
    ] as const) {
      const workbook = new FakeWorkbook(["Data"]);
      const attempt = writeWorkbookModel(workbook, model);
      await expect(attempt).rejects.toThrow(message);
      expect(workbook.sheets.map((s) => s.name)).toEqual(["Data"]);
    }
  });

  test("Excel keeps one visible sheet: the fake refuses to delete the last", async () => {
    const workbook = new FakeWorkbook(["Data"]);
    workbook.deleteSheet("Data");
    await expect(workbook.sync()).rejects.toThrow(/at least one visible sheet/);
  });

  test("a model of several sheets gets several unique sheets, the first activated", async () => {
    const workbook = new FakeWorkbook(["SQ 2026-10"]);
    const model = handMadeModel();
    model.sheets.push({ ...handMadeModel("SQ 2026-10").sheets[0] });
    const result = await writeWorkbookModel(workbook, model);
    expect(result.sheetNames).toEqual(["SQ 2026-10 (2)", "SQ 2026-10 (3)"]);
    expect(workbook.activeSheet).toBe("SQ 2026-10 (2)");
  });
});
