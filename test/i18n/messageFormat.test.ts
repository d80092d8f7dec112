import { formatMessage, MessageSyntaxError, parametersOf } from "../../src/i18n";

describe("message format", () => {
  const rows = "{count, plural, =0 {No rows} one {# row} other {# rows}} read from '{sheet}'.";

  test("English plurals: 0, 1, 2 and a grouped thousand, written out by hand", () => {
    expect(formatMessage("en", rows, { count: 0, sheet: "Data" })).toBe(
      "No rows read from 'Data'."
    );
    expect(formatMessage("en", rows, { count: 1, sheet: "Data" })).toBe("1 row read from 'Data'.");
    expect(formatMessage("en", rows, { count: 2, sheet: "Data" })).toBe("2 rows read from 'Data'.");
    expect(formatMessage("en", rows, { count: 7368, sheet: "Data" })).toBe(
      "7,368 rows read from 'Data'."
    );
  });

  test("Chinese has one plural form: other (and =0 still wins when given)", () => {
    const zh = "{count, plural, =0 {没有数据} other {已读取 # 行}}";
    expect(formatMessage("zh-CN", zh, { count: 0 })).toBe("没有数据");
    expect(formatMessage("zh-CN", zh, { count: 1 })).toBe("已读取 1 行");
    expect(formatMessage("zh-CN", zh, { count: 12345 })).toBe("已读取 12,345 行");
  });

  test("select picks a branch by value, other otherwise; branches nest with plurals", () => {
    const miss =
      "{direction, select, lower {{over, plural, one {# second} other {# seconds}} above} other {short by {over}}} target";
    expect(formatMessage("en", miss, { direction: "lower", over: 1 })).toBe(
      "1 second above target"
    );
    expect(formatMessage("en", miss, { direction: "lower", over: 3 })).toBe(
      "3 seconds above target"
    );
    expect(formatMessage("en", miss, { direction: "higher", over: 3 })).toBe("short by 3 target");
  });

  test("# outside a plural is text; strings are left as they are", () => {
    expect(formatMessage("en", "Row #{n}: {name}", { n: 12, name: "a{b}" })).toBe("Row #12: a{b}");
  });

  test("parameters: every name, once, sorted, from all branches", () => {
    expect(parametersOf(rows)).toEqual(["count", "sheet"]);
    expect(parametersOf("{a, select, x {{b}} other {{c, plural, other {# {d}}}}}")).toEqual([
      "a",
      "b",
      "c",
      "d",
    ]);
    expect(parametersOf("plain")).toEqual([]);
  });

  test("a missing parameter throws, naming it", () => {
    expect(() => formatMessage("en", rows, { count: 1 })).toThrow(/"sheet"/);
  });

  test("broken messages are rejected with what is wrong", () => {
    for (const bad of [
      "{",
      "a}",
      "{n, plural, one {x}}",
      "{n, plural, other {x}",
      "{n, date}",
      "{}",
    ]) {
      expect(() => parametersOf(bad)).toThrow(MessageSyntaxError);
    }
  });
});
