/**
 * The reader's description in the report (input.md §1): the shape, each column's meaning, every conversion
 * and the columns not used sit in the definitions box, in the report's language; and slash dates that read
 * both ways need the user's date order, which then decides the months. Expected texts are written out by
 * hand from the message wording and the glossary, not taken from the code's output.
 */
import {
  ACTIVITY_FIELDS,
  availableMonths,
  buildReport,
  detectColumns,
  ReportInputError,
  undecidedDateOrder,
} from "../../src/report";
import { remapColumn } from "../../src/input";
import { options } from "./fixture";

/** A platform's interval export: a date-time "Interval Start", counts, an ASA, and a column we do not know. */
const HEADERS = ["Interval Start", "Queue", "Calls Presented", "Calls Handled", "ASA", "Call ID"];
const ROWS = [
  ["10/13/26 8:00 AM", "Sales", 10, 8, 20, "x1"],
  ["10/13/26 8:30 AM", "Sales", 12, 12, 15, "x2"],
];
const table = () => ({ headers: HEADERS, rows: ROWS.map((r) => [...r]), firstRowNumber: 2 });

/** The user maps the date-time column to Date (taskpane list or --map date="Interval Start"). */
const mapping = remapColumn(detectColumns(HEADERS, ACTIVITY_FIELDS), "date", 0);

const definitions = (lang: "en" | "zh-CN", map = mapping) =>
  buildReport(table(), map, options({ lang }))
    .sheets[0].blocks.find((b) => b.id === "definitions")!
    .cells.map((row) => [row[0].value, row[1].value]);

test("a date-time column mapped to Date stays the interval too: it gives both", () => {
  expect(mapping).toEqual({ interval: 0, date: 0, queue: 1, offered: 2, answered: 3, asaSec: 4 });
});

test("the definitions box says how the data was read (English)", () => {
  expect(definitions("en").slice(-4)).toEqual([
    ["Data read as", "interval/daily rows with averages and percentages"],
    [
      "Columns read",
      '"Interval Start" → Date and Interval; "Queue" → Queue; "Calls Presented" → Offered; ' +
        '"Calls Handled" → Answered; "ASA" → ASA',
    ],
    [
      "Conversions",
      'slash dates read as M/D/Y; "Interval Start" holds date and time: gives the date and the interval; ' +
        "total wait = ASA × answered (ASA)",
    ],
    ["Columns not used", '"Call ID": not used (not a known field; map it to use it)'],
  ]);
});

test("and in Chinese, with full-width punctuation around the user's headers", () => {
  const rows = definitions("zh-CN").slice(-4);
  expect(rows[0]).toEqual(["数据识别为", "含平均值和百分比的时段/每日汇总"]);
  expect(rows[1]).toEqual([
    "读取的列",
    "“Interval Start”→ 日期和时段；“Queue”→ 队列；“Calls Presented”→ 呼入量；“Calls Handled”→ 接通量；“ASA”→ 平均应答时长",
  ]);
  expect(rows[2][0]).toBe("换算说明");
  expect(rows[2][1]).toContain("“Interval Start”含日期和时间：同时给出日期和时段");
  expect(rows[3]).toEqual(["未使用的列", "“Call ID”：未使用（未识别的列；如需使用请手动映射）"]);
});

test("a field the user un-maps is listed as not used, by the user", () => {
  const withoutAsa = remapColumn(mapping, "asaSec", undefined);
  const rows = definitions("en", withoutAsa);
  expect(rows[rows.length - 1]).toEqual([
    "Columns not used",
    '"ASA": not used (un-mapped by you); "Call ID": not used (not a known field; map it to use it)',
  ]);
  // No ASA, no conversion of it: only the dates are said.
  expect(rows.find(([label]) => label === "Conversions")![1]).not.toContain("ASA");
});

test("a row with nothing to say is left out: our own layout with every column known has no 'not used'", () => {
  const sums = {
    headers: ["Date", "Queue", "Offered", "Answered"],
    rows: [["2026-10-01", "A", 100, 90]],
    firstRowNumber: 2,
  };
  const box = buildReport(sums, detectColumns(sums.headers, ACTIVITY_FIELDS), options())
    .sheets[0].blocks.find((b) => b.id === "definitions")!
    .cells.map((row) => row[0].value);
  expect(box).toContain("Columns read");
  expect(box).not.toContain("Columns not used");
  expect(box).not.toContain("Conversions");
});

describe("slash dates that read both ways", () => {
  // 3 April and 5 April 2026 as D/M/Y; 4 March and 4 May as M/D/Y: no part is over 12.
  const ambiguous = {
    headers: ["Date", "Queue", "Offered", "Answered"],
    rows: [
      ["3/4/26", "A", 10, 9],
      ["5/4/26", "A", 12, 11],
    ],
    firstRowNumber: 2,
  };
  const map = detectColumns(ambiguous.headers, ACTIVITY_FIELDS);

  test("are named for the user to choose, with the column and an example", () => {
    expect(undecidedDateOrder(ambiguous, map)).toEqual({ header: "Date", example: "3/4/26" });
    expect(() => availableMonths(ambiguous, map)).toThrow(ReportInputError);
  });

  test("the choice decides the months and is said in the definitions box", () => {
    expect(availableMonths(ambiguous, map, { dateOrder: "dmy" })).toEqual(["2026-04"]);
    expect(availableMonths(ambiguous, map, { dateOrder: "mdy" })).toEqual(["2026-03", "2026-05"]);
    const box = buildReport(ambiguous, map, options({ input: { dateOrder: "dmy" } }))
      .sheets[0].blocks.find((b) => b.id === "definitions")!
      .cells.map((row) => [row[0].value, row[1].value]);
    expect(box).toContainEqual(["Conversions", "slash dates read as D/M/Y"]);
  });

  test("one value with a part over 12 decides: no choice is asked", () => {
    const decided = { ...ambiguous, rows: [...ambiguous.rows, ["13/4/26", "A", 1, 1]] };
    expect(undecidedDateOrder(decided, map)).toBeUndefined();
  });
});
