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

  test("contact records are counted per 30 minutes, handle seconds summed", () => {
    const read = readHistoryTable({
      headers: ["Start time", "Handle seconds"],
      rows: [
        ["2026-10-01 08:01", 100],
        ["2026-10-01 08:29", 200],
        ["2026-10-01 08:30", 50],
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
});
