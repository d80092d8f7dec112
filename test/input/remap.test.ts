/** The user's fix to one field, the same rule for --map and the taskpane's lists (input.md §1, docs/input.md §7). */
import { remapColumn, type ColumnMapping } from "../../src/input";

const detected: ColumnMapping = { date: 0, interval: 1, queue: 2, offered: 3 };

test("a column mapped to a field leaves the field it was detected as", () => {
  // Queue moved onto the offered column: that column is no longer offered.
  expect(remapColumn(detected, "queue", 3)).toEqual({ date: 0, interval: 1, queue: 3 });
});

test("a date-time column mapped to the date stays the interval: it gives both", () => {
  expect(remapColumn(detected, "date", 1)).toEqual({ date: 1, interval: 1, queue: 2, offered: 3 });
});

test("no column drops the field; the detected mapping itself is left as it was", () => {
  expect(remapColumn(detected, "queue", undefined)).toEqual({ date: 0, interval: 1, offered: 3 });
  expect(detected).toEqual({ date: 0, interval: 1, queue: 2, offered: 3 });
});
