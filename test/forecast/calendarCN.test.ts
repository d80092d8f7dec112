import { chinaSpecialDays, CN_CALENDAR } from "../../src/forecast/calendarCN";
import { weekdayOf } from "../../src/forecast/grid";

const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86400000);

describe("built-in mainland China calendar", () => {
  test("covers 2024 to 2026, each year with its State Council notice", () => {
    expect(CN_CALENDAR.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    for (const y of CN_CALENDAR)
      expect(y.source).toMatch(new RegExp(`国务院办公厅关于${y.year}年部分节假日安排的通知`));
  });

  test("every make-up working day is a Saturday or Sunday, as the notices print (周六/周日)", () => {
    for (const y of CN_CALENDAR)
      for (const w of y.workdays) expect(weekdayOf(day(w.date))).toBeGreaterThanOrEqual(5);
  });

  test("holiday lengths as the notices state them (共N天)", () => {
    const length = (year: number, nameZh: string) => {
      const h = CN_CALENDAR.find((y) => y.year === year)!.holidays.find(
        (x) => x.nameZh === nameZh
      )!;
      return day(h.to) - day(h.from) + 1;
    };
    expect(length(2026, "春节")).toBe(9);
    expect(length(2026, "国庆节")).toBe(7);
    expect(length(2025, "国庆节")).toBe(8);
    expect(length(2025, "春节")).toBe(8);
    expect(length(2024, "劳动节")).toBe(5);
    // 2026-01-04 is printed as 周日 and 2026-10-10 as 周六.
    expect(weekdayOf(day("2026-01-04"))).toBe(6);
    expect(weekdayOf(day("2026-10-10"))).toBe(5);
  });

  test("a range of days comes back sorted, with kinds and notes", () => {
    const sd = chinaSpecialDays(day("2026-09-20"), day("2026-10-10"));
    expect(sd[0]).toEqual({ day: day("2026-09-20"), kind: "workday", note: "调休上班（国庆节）" });
    expect(sd.filter((s) => s.kind === "holiday").length).toBe(3 + 7);
    expect(sd[sd.length - 1].day).toBe(day("2026-10-10"));
  });
});
