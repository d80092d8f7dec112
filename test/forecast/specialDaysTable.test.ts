/**
 * A special-days table is read as every other table: its dates by the reader's rules (the column's own values
 * decide M/D or D/M, the option only when they cannot), its factors with the file's decimal mark, and a row
 * it cannot read named, never dropped or turned into NaN. Expected days are worked by hand from the calendar.
 */
import { specialDaysFromRows } from "../../src/forecast/specialDays";
import { specialDaysFromTable } from "../../src/forecast/fromTable";

/** Days since 1970-01-01 for a calendar date (UTC), worked through Date.UTC, not the reader. */
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

test("dates decided by the column itself: 25/12/2026 makes the column D/M/Y", () => {
  const days = specialDaysFromRows(
    [
      ["25/12/2026", "holiday", "Christmas"],
      ["1/5/2026", "closed"],
    ],
    2
  );
  expect(days).toEqual([
    { day: day(2026, 12, 25), kind: "holiday", note: "Christmas" },
    { day: day(2026, 5, 1), kind: "closed" },
  ]);
});

test("dates that read both ways need the order, and the error names the column and the fix", () => {
  const rows = [
    ["1/3/2026", "holiday"],
    ["2/3/2026", "workday"],
  ];
  expect(() => specialDaysFromRows(rows, 2, { header: "Date" })).toThrow(/"Date".*--date-order/s);
  // Read day-first, 1/3/2026 is 1 March 2026; month-first it is 3 January.
  expect(specialDaysFromRows(rows, 2, { dateOrder: "dmy" }).map((d) => d.day)).toEqual([
    day(2026, 3, 1),
    day(2026, 3, 2),
  ]);
  expect(specialDaysFromRows(rows, 2, { dateOrder: "mdy" }).map((d) => d.day)).toEqual([
    day(2026, 1, 3),
    day(2026, 2, 3),
  ]);
});

test("a factor with a decimal comma in a ';' file is that number; text is the row's error, not NaN", () => {
  const table = {
    headers: ["Datum", "Art", "Notiz", "Faktor"],
    rows: [
      ["2026-12-24", "holiday", "Heiligabend", "0,8"],
      ["2026-12-31", "holiday", "Silvester", "1,25"],
    ],
    firstRowNumber: 2,
    decimal: "," as const,
  };
  expect(specialDaysFromTable(table).map((d) => d.factor)).toEqual([0.8, 1.25]);
  expect(() =>
    specialDaysFromRows(
      [
        ["2026-12-24", "holiday", "", "0.8"],
        ["2026-12-25", "holiday", "", "a lot"],
      ],
      7
    )
  ).toThrow(/\b8\b/);
});
