import {
  formatDate,
  formatList,
  formatMonth,
  formatNumber,
  formatPercent,
  formatWeekday,
  languageFor,
  LANGUAGES,
} from "../../src/i18n";

describe("Intl formatting", () => {
  test("months as each language writes them", () => {
    expect(formatMonth("en", 2026, 10)).toBe("October 2026");
    expect(formatMonth("zh-CN", 2026, 10)).toBe("2026年10月");
    expect(formatMonth("zh-CN", 2026, 1)).toBe("2026年1月");
  });

  test("dates and weekdays never shift with the time zone (12 October 2026 is a Monday)", () => {
    expect(formatDate("zh-CN", "2026-10-12")).toBe("2026年10月12日");
    expect(formatDate("en", new Date(Date.UTC(2026, 9, 12)))).toBe("October 12, 2026");
    expect(formatWeekday("zh-CN", "2026-10-12")).toBe("周一");
    expect(formatWeekday("zh-CN", "2026-10-18", "long")).toBe("星期日");
    expect(formatWeekday("en", "2026-10-12")).toBe("Mon");
    expect(() => formatDate("en", "12/10/2026")).toThrow(RangeError);
  });

  test("numbers keep thousands separators in both languages", () => {
    expect(formatNumber("en", 7368)).toBe("7,368");
    expect(formatNumber("zh-CN", 7368.456, 2)).toBe("7,368.46");
    expect(formatPercent("zh-CN", 0.8123)).toBe("81.2%");
    expect(formatPercent("en", 0.05, 0)).toBe("5%");
  });

  test("lists join with the language's own words", () => {
    expect(formatList("en", ["date", "queue", "calls"])).toBe("date, queue, and calls");
    expect(formatList("zh-CN", ["日期", "队列", "呼入量"])).toBe("日期、队列和呼入量");
    expect(formatList("en", ["higher", "lower"], "disjunction")).toBe("higher or lower");
  });

  test("a locale tag picks a language by language and script, English otherwise", () => {
    expect(LANGUAGES).toEqual(["en", "zh-CN"]);
    expect(["zh-CN", "zh-cn", "zh-Hans-CN", "zh-SG", "zh"].map(languageFor)).toEqual(
      Array(5).fill("zh-CN")
    );
    expect(
      ["en-US", "en", "fr-FR", "zh-TW", "zh-HK", "", undefined, "not a tag!"].map(languageFor)
    ).toEqual(Array(8).fill("en"));
  });
});
