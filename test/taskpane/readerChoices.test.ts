/**
 * The taskpane's side of the reader (input.md §1, §4): the Date order choices, the column lists' fixes, and
 * the description shown under Columns before the build. Expected texts are written by hand.
 */
import { ACTIVITY_FIELDS, detectColumns } from "../../src/report";
import { dateOrderChoices } from "../../src/taskpane/dateOrderChoice";
import { NOT_USED, remap } from "../../src/taskpane/MappingEditor";
import { PREVIEW_ROWS, readPreview } from "../../src/taskpane/readPreview";

describe("Date order", () => {
  test("each choice says what the column's example becomes under it", () => {
    // 3/4/26: 4 March 2026 as month/day, 3 April 2026 as day/month.
    expect(dateOrderChoices("3/4/26", "en")).toEqual([
      { value: "mdy", text: "Month/Day/Year (3/4/26 = 2026-03-04)" },
      { value: "dmy", text: "Day/Month/Year (3/4/26 = 2026-04-03)" },
    ]);
    expect(dateOrderChoices("3/4/26", "zh-CN").map((c) => c.text)).toEqual([
      "月/日/年（3/4/26 = 2026-03-04）",
      "日/月/年（3/4/26 = 2026-04-03）",
    ]);
  });
});

describe("a field's list", () => {
  const headers = ["Interval Start", "Queue", "Offered", "Answered"];
  const detected = detectColumns(headers, ACTIVITY_FIELDS);

  test("the date-time 'Interval Start' picked for Date gives the date and stays the interval", () => {
    expect(detected).toEqual({ interval: 0, queue: 1, offered: 2, answered: 3 });
    expect(remap(detected, "date", "0")).toEqual({
      interval: 0,
      queue: 1,
      offered: 2,
      answered: 3,
      date: 0,
    });
  });

  test("'(not used)' un-maps the field; a column picked for another field leaves its old one", () => {
    expect(remap(detected, "queue", NOT_USED)).toEqual({ interval: 0, offered: 2, answered: 3 });
    expect(remap(detected, "queue", "2")).toEqual({ interval: 0, queue: 2, answered: 3 });
  });
});

describe("how the data will be read, under Columns", () => {
  const headers = ["Interval Start", "Queue", "Offered", "Answered", "Call ID"];
  const mapping = { interval: 0, date: 0, queue: 1, offered: 2, answered: 3 };
  const row = (when: string) => [when, "Sales", 10, 9, "x"];

  test("the shape, the conversions and the columns not used, in the pane's language", () => {
    const table = {
      headers,
      rows: [row("7/25/25 8:00 PM"), row("7/25/25 8:30 PM")],
      firstRowNumber: 2,
    };
    const preview = readPreview(table, mapping, undefined, "en")!;
    expect(preview.shape).toBe("interval/daily rows with totals");
    // 25 can only be a day: the data decides M/D/Y, no choice needed.
    expect(preview.conversions).toEqual([
      "slash dates read as M/D/Y",
      '"Interval Start" holds date and time: gives the date and the interval',
    ]);
    expect(preview.ignored).toEqual(['"Call ID": not used (not a known field; map it to use it)']);
    expect(preview.sampledRows).toBeUndefined();
    expect(readPreview(table, mapping, undefined, "zh-CN")!.shape).toBe("含合计值的时段/每日汇总");
  });

  test("dates that read both ways: nothing until the order is chosen, then the choice is said", () => {
    const table = {
      headers,
      rows: [row("3/4/26 8:00 AM"), row("5/4/26 8:00 AM")],
      firstRowNumber: 2,
    };
    expect(readPreview(table, mapping, undefined, "en")).toBeUndefined();
    expect(readPreview(table, mapping, "dmy", "en")!.conversions[0]).toBe(
      "slash dates read as D/M/Y"
    );
  });

  test("a long table is previewed from its first rows, the order still decided by every row", () => {
    // Every row reads both ways but the last, whose 13 can only be a day.
    const rows = Array.from({ length: PREVIEW_ROWS + 1 }, () => row("3/4/26 8:00 AM"));
    rows.push(row("13/4/26 8:00 AM"));
    const preview = readPreview({ headers, rows, firstRowNumber: 2 }, mapping, undefined, "en")!;
    expect(preview.sampledRows).toBe(5000);
    expect(preview.conversions[0]).toBe("slash dates read as D/M/Y");
  });
});
