import ExcelJS from "exceljs";
import { run } from "../../src/cli/run";
import { memoryIo } from "./memoryIo";

async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe("service-planner forecast", () => {
  test("no input: the bundled history → forecast sheet and staffing plan in one workbook", async () => {
    // Three queues of 14 months each: seconds on a loaded machine, not the default 5.
    const io = memoryIo();
    const code = await run(
      [
        "forecast",
        "--weeks",
        "2",
        "--plan",
        "--sl",
        "0.8",
        "--sl-time",
        "20",
        "--shrinkage",
        "0.3",
        "-o",
        "f.xlsx",
      ],
      io
    );
    expect(io.err.join("")).toMatch(/bundled history/);
    expect(code).toBe(0);
    const wb = await workbook(io.files.get("f.xlsx")!);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Forecast 2026-11", "Staffing plan 2026-11"]);
    const ws = wb.getWorksheet("Forecast 2026-11")!;
    // Three queues × 24 half-hours × 14 days, under a header on row 6 (title, three method notes, blank).
    const header = ws.getRow(6).values as unknown[];
    expect(header.slice(1, 6)).toEqual([
      "Date",
      "Interval",
      "Queue",
      "Forecast contacts",
      "Forecast AHT (s)",
    ]);
    let rows = 0;
    ws.eachRow((row, n) => {
      if (n > 6 && typeof row.getCell(4).value === "number") rows++;
    });
    expect(rows).toBe(3 * 24 * 14);
    // The plan's calls column is a live formula on the forecast sheet's contacts column.
    const plan = wb.getWorksheet("Staffing plan 2026-11")!;
    const formulas: string[] = [];
    plan.eachRow((row) => row.eachCell((c) => c.formula && formulas.push(c.formula)));
    expect(formulas.some((f) => f.includes("'Forecast 2026-11'!$D$7:$D$1014"))).toBe(true);
    expect(io.out.join("")).toMatch(/Billing hotline: .*backtest WAPE 14 days ahead/);
  }, 120000);

  test("contact records (one row per call) are counted into intervals first; the file is never replaced", async () => {
    const lines = ["Call start,Queue,Outcome,Handle seconds"];
    // Six weeks of calls: 3 calls 09:00–09:30 and 1 call 09:30–10:00 every day.
    const first = Date.UTC(2026, 8, 14);
    for (let d = 0; d < 42; d++) {
      const day = new Date(first + d * 86400000).toISOString().slice(0, 10);
      lines.push(
        `${day} 09:02,Sales,Answered,300`,
        `${day} 09:10,Sales,Answered,300`,
        `${day} 09:29,Sales,Answered,300`,
        `${day} 09:45,Sales,Answered,200`
      );
    }
    const io = memoryIo({ "calls.csv": lines.join("\n"), "forecast.xlsx": "taken" });
    const code = await run(
      [
        "forecast",
        "calls.csv",
        "--time-column",
        "Call start",
        "--weeks",
        "1",
        "--method",
        "naive",
        "-o",
        "forecast.xlsx",
      ],
      io
    );
    expect(io.err.join("")).toMatch(/contact records/);
    expect(code).toBe(0);
    expect(io.files.get("forecast.xlsx")!.toString()).toBe("taken");
    const wb = await workbook(io.files.get("forecast (2).xlsx")!);
    const ws = wb.worksheets[0];
    const first7 = [7, 8].map((r) => [
      (ws.getCell(r, 2).value as Date).toISOString().slice(11, 16),
      ws.getCell(r, 4).value,
      ws.getCell(r, 5).value,
    ]);
    expect(first7).toEqual([
      ["09:00", 3, 300],
      ["09:30", 1, 200],
    ]);
  });

  test("bad input is one clear message and exit 2", async () => {
    const io = memoryIo({ "h.csv": "Interval start,Offered\n2026-10-01 08:00,5\nnot a date,3\n" });
    expect(await run(["forecast", "h.csv"], io)).toBe(2);
    expect(io.err.join("")).toMatch(/row 3\) has no readable date/);
    const io2 = memoryIo();
    expect(await run(["forecast", "--weeks", "0"], io2)).toBe(2);
    expect(io2.err.join("")).toMatch(/--weeks must be a number from 1 to 53/);
  });
});
