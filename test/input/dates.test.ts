import {
  readDateTime,
  readTimeOfDay,
  readDateRange,
  decideDateOrder,
  readDuration,
  durationColumnIsDayFraction,
  InputError,
} from "../../src/input";

/** Days since 1970-01-01, computed here from Date.UTC (an independent calendar). */
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86400000;
const at = (y: number, m: number, d: number, h: number | null = null, mi = 0) => ({
  day: day(y, m, d),
  minute: h === null ? null : h * 60 + mi,
});

describe("dates", () => {
  it.each([
    ["2026-10-01", at(2026, 10, 1)],
    ["2026-10-01T08:30:00Z", at(2026, 10, 1, 8, 30)],
    ["2026-10-01T08:30:00.000+08:00", at(2026, 10, 1, 8, 30)],
    ["2026-10-01 14:05", at(2026, 10, 1, 14, 5)],
    ["2026/10/1", at(2026, 10, 1)],
    ["2026.10.01", at(2026, 10, 1)],
    ["2026年10月1日", at(2026, 10, 1)],
    ["2026年10月1日 下午 8:00", at(2026, 10, 1, 20, 0)],
    ["1-Oct-2026", at(2026, 10, 1)],
    ["01 Oct 2026", at(2026, 10, 1)],
    ["Oct 1, 2026", at(2026, 10, 1)],
    ["October 1 2026", at(2026, 10, 1)],
    ["20261001", at(2026, 10, 1)],
    ["261001", at(2026, 10, 1)],
    ["991001", at(1999, 10, 1)],
    ["  2026-10-01  ", at(2026, 10, 1)],
  ])("%j", (text, expected) => {
    expect(readDateTime(text)).toEqual(expected);
  });

  it("Excel serials only from numbers in 1990–2100; YYMMDD digits never a serial", () => {
    // Serial 46296 is 2026-10-01 (25569 = 1970-01-01, plus 20727 days).
    expect(readDateTime(46296)).toEqual(at(2026, 10, 1));
    expect(readDateTime(46296.75)).toEqual(at(2026, 10, 1, 18, 0));
    expect(readDateTime("46296")).toBeNull(); // text of digits is not a serial
    expect(readDateTime(991001)).toEqual(at(1999, 10, 1)); // not serial 991001 (year 4613)
    expect(readDateTime(261001)).toEqual(at(2026, 10, 1));
    expect(readDateTime(20261001)).toEqual(at(2026, 10, 1));
    expect(readDateTime(1000)).toBeNull(); // 1902: out of range
    expect(readDateTime(80000)).toBeNull(); // 2119: out of range
  });

  it("slash dates need an order unless a part is over 12", () => {
    expect(readDateTime("7/25/25")).toEqual(at(2025, 7, 25));
    expect(readDateTime("25/7/2025")).toEqual(at(2025, 7, 25));
    expect(readDateTime("7/5/25")).toBe("needsOrder");
    expect(readDateTime("7/5/25", "mdy")).toEqual(at(2025, 7, 5));
    expect(readDateTime("7/5/25", "dmy")).toEqual(at(2025, 5, 7));
    expect(readDateTime("1.10.2026", "dmy")).toEqual(at(2026, 10, 1));
  });

  it("12-hour clocks: 8:00 PM is 20:00, 12:30 AM is 00:30, 12:00 PM noon, 下午 8:00 is 20:00", () => {
    expect(readDateTime("7/25/25 8:00 PM")).toEqual(at(2025, 7, 25, 20, 0));
    expect(readDateTime("7/25/25 12:30 AM")).toEqual(at(2025, 7, 25, 0, 30));
    expect(readDateTime("7/25/25 12:00 PM")).toEqual(at(2025, 7, 25, 12, 0));
    expect(readDateTime("7/25/25 00:00")).toEqual(at(2025, 7, 25, 0, 0));
    expect(readTimeOfDay("8:00 PM")).toBe(20 * 60);
    expect(readTimeOfDay("8:00 p.m.")).toBe(20 * 60);
    expect(readTimeOfDay("12:30 AM")).toBe(30);
    expect(readTimeOfDay("下午 8:00")).toBe(20 * 60);
    expect(readTimeOfDay("上午8:30")).toBe(8 * 60 + 30);
    expect(readTimeOfDay("8 PM")).toBe(20 * 60);
    expect(readTimeOfDay("13:00 PM")).toBeNull();
  });

  it("times of day: 24-hour, ranges, seconds, Excel fractions, time cells", () => {
    expect(readTimeOfDay("08:30")).toBe(510);
    expect(readTimeOfDay("08:30:59")).toBe(510);
    expect(readTimeOfDay("08:30-09:00")).toBe(510);
    expect(readTimeOfDay("8:00 PM - 8:30 PM")).toBe(1200);
    expect(readTimeOfDay(0.75)).toBe(1080);
    expect(readTimeOfDay(new Date(Date.UTC(1899, 11, 30, 8, 30)))).toBe(510);
    expect(readTimeOfDay("25:00")).toBeNull();
    expect(readTimeOfDay("8")).toBeNull();
  });

  it("a period cell gives its two ends", () => {
    expect(readDateRange("7/25/25 – 8/26/25")).toEqual({
      from: day(2025, 7, 25),
      to: day(2025, 8, 26),
    });
    expect(readDateRange("2026-10-01 to 2026-10-31")).toEqual({
      from: day(2026, 10, 1),
      to: day(2026, 10, 31),
    });
    expect(readDateRange("2026-10-01")).toBeNull();
  });
});

describe("date order of a column", () => {
  it("is decided by any unambiguous value", () => {
    expect(decideDateOrder(["7/5/25", "7/25/25"], "Date")).toBe("mdy");
    expect(decideDateOrder(["5/7/25", "25/7/25"], "Date")).toBe("dmy");
    expect(decideDateOrder(["5/7/25", "25/7/25"], "Date", "mdy")).toBe("dmy"); // the data wins
    expect(decideDateOrder(["2026-10-01"], "Date")).toBeUndefined();
  });

  it("falls back to the option, else errors naming --date-order", () => {
    expect(decideDateOrder(["7/5/25", "8/5/25"], "Date", "dmy")).toBe("dmy");
    expect(() => decideDateOrder(["7/5/25", "8/5/25"], "Call Date")).toThrow(/--date-order mdy/);
    try {
      decideDateOrder(["7/5/25"], "Call Date");
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).field).toBe("dateOrder");
      expect((e as InputError).message).toContain('"Call Date"');
    }
  });

  it("a column mixing both orders is an error, not a guess", () => {
    expect(() => decideDateOrder(["7/25/25", "25/7/25"], "Date")).toThrow(/mix/);
  });
});

describe("durations", () => {
  it.each([
    ["45", 45],
    [" 45", 45],
    ["2:05", 125],
    ["02:05", 125],
    ["1:02:03", 3723],
    [" 0:00:20", 20],
    ["123:00:00.250", 442800.25],
    [12.5, 12.5],
  ] as const)("%j is %d s", (cell, seconds) => {
    expect(readDuration(cell)).toBe(seconds);
  });

  it("Excel time fractions when the whole column is written so", () => {
    expect(durationColumnIsDayFraction("Talk Time", [0.0034722222, 0.0069444444, ""])).toBe(true);
    expect(readDuration(0.0034722222, ".", true)).toBeCloseTo(300, 3);
    expect(durationColumnIsDayFraction("Talk Time (sec)", [0.5])).toBe(false);
    expect(durationColumnIsDayFraction("Talk Time", [0.5, 12])).toBe(false);
    expect(readDuration(new Date(Date.UTC(1899, 11, 30, 0, 5, 30)))).toBe(330);
  });

  it("bad durations are not numbers", () => {
    expect(readDuration("1:75")).toBe("text");
    expect(readDuration("soon")).toBe("text");
  });
});
