/**
 * The taskpane reads a table as the command line does (input.md §4): an activity table with no column called
 * a date but a date-time "Interval Start" needs no column picked, and the Forecast tab asks the Date order of
 * history whose slash dates read both ways, passing the answer to the forecast. Expected values by hand.
 */
import { forecastFromTable, historySpan } from "../../src/forecast/fromTable";
import { undecidedHistoryDateOrder } from "../../src/forecast/historyTable";
import { ACTIVITY_FIELDS } from "../../src/report";
import { detectActivityColumns } from "../../src/taskpane/activityColumns";
import { missingFields } from "../../src/taskpane/DataSource";
import { readPreview } from "../../src/taskpane/readPreview";

describe("an activity table with no Date column", () => {
  const headers = ["Interval Start", "Queue", "Offered", "Answered"];
  const table = (cells: unknown[]) => ({
    headers,
    rows: cells.map((when) => [when, "Sales", 40, 36]),
    firstRowNumber: 2,
  });

  test("a date-time 'Interval Start' gives Date and Interval: nothing to pick", () => {
    const detected = detectActivityColumns(table(["7/25/25 8:00 PM", "7/25/25 8:30 PM"]));
    expect(detected).toEqual({ date: 0, interval: 0, queue: 1, offered: 2, answered: 3 });
    expect(missingFields(ACTIVITY_FIELDS, detected)).toEqual([]);
  });

  test("'How the data will be read' says the column gives the date and the interval", () => {
    const t = table(["7/25/25 8:00 PM", "7/25/25 8:30 PM"]);
    const en = readPreview(t, detectActivityColumns(t), undefined, "en")!;
    expect(en.conversions).toEqual([
      "slash dates read as M/D/Y",
      '"Interval Start" holds date and time: gives the date and the interval',
    ]);
    expect(en.columns).toContain('"Interval Start" → Date and Interval');
  });

  test("an Interval column of times of day gives no date: Date is still to be picked", () => {
    const detected = detectActivityColumns(table(["08:00", "08:30"]));
    expect(detected).toEqual({ interval: 0, queue: 1, offered: 2, answered: 3 });
    expect(missingFields(ACTIVITY_FIELDS, detected).map((f) => f.key)).toEqual(["date"]);
  });

  test("a table with a Date column keeps it", () => {
    const t = {
      headers: ["Date", "Interval Start", "Offered"],
      rows: [["2025-07-25", "7/25/25 8:00 PM", 40]],
      firstRowNumber: 2,
    };
    expect(detectActivityColumns(t)).toEqual({ date: 0, interval: 1, offered: 2 });
  });
});

describe("the Forecast tab's Date order", () => {
  // Two days written D/M/YY or M/D/YY: 3/4/26 and 4/4/26, every part ≤ 12, so they read both ways.
  const columns = { time: 0, offered: 1 };
  const history = (days: string[]) => ({
    headers: ["Interval start", "Offered"],
    rows: days.flatMap((d) => [
      [`${d} 08:00`, 10],
      [`${d} 08:30`, 12],
    ]),
    firstRowNumber: 2,
  });

  test("asked only when the history cannot decide, naming its column and a date", () => {
    expect(undecidedHistoryDateOrder(history(["3/4/26", "4/4/26"]), columns)).toEqual({
      header: "Interval start",
      example: "3/4/26 08:00",
    });
    // 13 can only be a day: the data decides, nothing to ask.
    expect(undecidedHistoryDateOrder(history(["3/4/26", "13/4/26"]), columns)).toBeUndefined();
    expect(undecidedHistoryDateOrder(history(["2026-04-03"]), columns)).toBeUndefined();
  });

  test("the answer reaches the forecast: the days are read in the order chosen", () => {
    const h = history(["3/4/26", "4/4/26"]);
    // Days since 1970-01-01: 2026-01-01 is 20454; 4 March is day 62 of 2026 (20516), 3 April day 92 (20546).
    expect(historySpan(h, columns, "dmy")).toEqual({ firstDay: 20546, lastDay: 20547 });
    expect(historySpan(h, columns, "mdy")).toEqual({ firstDay: 20516, lastDay: 20547 });
    expect(() => historySpan(h, columns)).toThrow(/--date-order/);
    // Two days are too short a history to forecast; the refusal names the days read, D/M/Y as chosen.
    const options = { weeks: 1, method: "auto" as const, columns, lang: "en" as const };
    expect(() => forecastFromTable(h, { ...options, dateOrder: "dmy" })).toThrow(
      /2026-04-03 to 2026-04-04/
    );
  });
});
