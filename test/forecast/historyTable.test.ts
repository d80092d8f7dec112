import { detectColumns } from "../../src/report";
import { HISTORY_FIELDS, readHistoryTable } from "../../src/forecast/historyTable";

describe("history tables", () => {
  test("the taskpane's column list detects an interval export's headers, English or Chinese", () => {
    expect(
      detectColumns(["Interval start", "Queue", "Offered", "Handle seconds"], HISTORY_FIELDS)
    ).toEqual({
      time: 0,
      queue: 1,
      offered: 2,
      handleSec: 3,
    });
    expect(detectColumns(["日期", "时段", "队列", "呼入量"], HISTORY_FIELDS)).toEqual({
      date: 0,
      interval: 1,
      queue: 2,
      offered: 3,
    });
  });

  test("date and interval columns; a row with no count is missing, not zero, and counted", () => {
    const read = readHistoryTable({
      headers: ["Date", "Interval", "Calls"],
      rows: [
        ["2026-10-01", "08:00", 5],
        ["2026-10-01", "08:30", ""],
        ["2026-10-01", "09:00", 7],
      ],
      firstRowNumber: 2,
    });
    expect(read.queues[0].offered).toEqual([
      { minute: Math.round(Date.UTC(2026, 9, 1, 8) / 60000), value: 5 },
      { minute: Math.round(Date.UTC(2026, 9, 1, 9) / 60000), value: 7 },
    ]);
    expect(read.rowsWithoutCount).toBe(1);
  });

  test("contact records are counted per 30 minutes, handle seconds of answered ones summed", () => {
    const read = readHistoryTable({
      headers: ["Start time", "Outcome", "Handle seconds"],
      rows: [
        ["2026-10-01 08:01", "Answered", 100],
        ["2026-10-01 08:29", "Answered", 200],
        ["2026-10-01 08:30", "Answered", 50],
      ],
      firstRowNumber: 2,
    });
    expect(read.contactRecords).toBe(true);
    const at = (h: number, m: number) => Math.round(Date.UTC(2026, 9, 1, h, m) / 60000);
    expect(read.queues[0].offered).toEqual([
      { minute: at(8, 0), value: 2 },
      { minute: at(8, 30), value: 1 },
    ]);
    expect(read.queues[0].handleSec).toEqual([
      { minute: at(8, 0), value: 300 },
      { minute: at(8, 30), value: 50 },
    ]);
  });

  test("rows without a date are reported by number, never dropped", () => {
    expect(() =>
      readHistoryTable({
        headers: ["Date", "Offered"],
        rows: [
          ["2026-10-01", 1],
          ["soon", 2],
        ],
        firstRowNumber: 2,
      })
    ).toThrow(/row 3/);
  });

  test("per-call records aggregate with the reader's definitions (hand count: IVR-only apart, handle of answered)", () => {
    const read = readHistoryTable({
      headers: ["Call start", "Queue", "Outcome", "Handle seconds"],
      rows: [
        ["2026-10-01 08:01", "A", "Answered", 100],
        ["2026-10-01 08:29", "A", "Abandoned", ""],
        ["2026-10-01 08:10", "A", "IVR", ""],
        ["2026-10-01 08:30", "A", "Answered", 50],
        ["2026-10-01 08:05", "B", "Answered", 200],
        ["2026-10-01 08:20", "B", "Answered", 40],
      ],
      firstRowNumber: 2,
    });
    const at = (h: number, m: number) => Math.round(Date.UTC(2026, 9, 1, h, m) / 60000);
    const sorted = (p: { minute: number; value: number }[] = []) =>
      [...p].sort((x, y) => x.minute - y.minute);
    const a = read.queues.find((q) => q.queue === "A")!;
    const b = read.queues.find((q) => q.queue === "B")!;
    // A 08:00: answered + abandoned = 2 offered (the IVR-only record reached no queue); handle 100.
    expect(sorted(a.offered)).toEqual([
      { minute: at(8, 0), value: 2 },
      { minute: at(8, 30), value: 1 },
    ]);
    expect(sorted(a.handleSec)).toEqual([
      { minute: at(8, 0), value: 100 },
      { minute: at(8, 30), value: 50 },
    ]);
    expect(b.offered).toEqual([{ minute: at(8, 0), value: 2 }]);
    expect(b.handleSec).toEqual([{ minute: at(8, 0), value: 240 }]);
  });

  test("decimal commas, US dates with 12-hour times and vendor header wording read as the reader does", () => {
    const read = readHistoryTable({
      headers: ["Interval Start Time", "Calls Offered", "Total Handle Time (sec)"],
      rows: [
        ["10/13/2026 1:30 PM", "1.234", "300,5"],
        ["10/1/2026 9:00 AM", "7", "20"],
      ],
      firstRowNumber: 2,
      decimal: ",",
    });
    const at = (mo: number, d: number, h: number, m: number) =>
      Math.round(Date.UTC(2026, mo - 1, d, h, m) / 60000);
    expect(read.queues[0].offered).toEqual([
      { minute: at(10, 13, 13, 30), value: 1234 },
      { minute: at(10, 1, 9, 0), value: 7 },
    ]);
    expect(read.queues[0].handleSec).toEqual([
      { minute: at(10, 13, 13, 30), value: 300.5 },
      { minute: at(10, 1, 9, 0), value: 20 },
    ]);
  });
});
