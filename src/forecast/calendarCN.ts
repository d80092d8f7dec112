/**
 * Mainland China's statutory holidays and make-up working days (调休), as published each year by the General
 * Office of the State Council (国务院办公厅关于 YYYY 年部分节假日安排的通知). Typed from the notices
 * themselves, each year with the notice it comes from; a year not listed here has no published notice in
 * this table yet (the 2027 notice had not been found when this table was last checked, 2026-12-01).
 *
 * Only the days the notice names as days off are holidays ("放假"); a weekend that merely joins a holiday is an
 * ordinary weekend. "上班" days are make-up working days.
 */
import type { SpecialDay, SpecialDayKind } from "./types";

export interface CalendarYear {
  year: number;
  /** The notice's title, number when printed, and date of issue. */
  source: string;
  holidays: { name: string; nameZh: string; from: string; to: string }[];
  workdays: { date: string; forZh: string }[];
}

export const CN_CALENDAR_CHECKED = "2026-12-01";

export const CN_CALENDAR: CalendarYear[] = [
  {
    year: 2024,
    source: "国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号），2023-10-25",
    holidays: [
      { name: "New Year's Day", nameZh: "元旦", from: "2024-01-01", to: "2024-01-01" },
      { name: "Spring Festival", nameZh: "春节", from: "2024-02-10", to: "2024-02-17" },
      { name: "Qingming", nameZh: "清明节", from: "2024-04-04", to: "2024-04-06" },
      { name: "Labour Day", nameZh: "劳动节", from: "2024-05-01", to: "2024-05-05" },
      { name: "Dragon Boat Festival", nameZh: "端午节", from: "2024-06-10", to: "2024-06-10" },
      { name: "Mid-Autumn Festival", nameZh: "中秋节", from: "2024-09-15", to: "2024-09-17" },
      { name: "National Day", nameZh: "国庆节", from: "2024-10-01", to: "2024-10-07" },
    ],
    workdays: [
      { date: "2024-02-04", forZh: "春节" },
      { date: "2024-02-18", forZh: "春节" },
      { date: "2024-04-07", forZh: "清明节" },
      { date: "2024-04-28", forZh: "劳动节" },
      { date: "2024-05-11", forZh: "劳动节" },
      { date: "2024-09-14", forZh: "中秋节" },
      { date: "2024-09-29", forZh: "国庆节" },
      { date: "2024-10-12", forZh: "国庆节" },
    ],
  },
  {
    year: 2025,
    source: "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号），2024-11-12",
    holidays: [
      { name: "New Year's Day", nameZh: "元旦", from: "2025-01-01", to: "2025-01-01" },
      { name: "Spring Festival", nameZh: "春节", from: "2025-01-28", to: "2025-02-04" },
      { name: "Qingming", nameZh: "清明节", from: "2025-04-04", to: "2025-04-06" },
      { name: "Labour Day", nameZh: "劳动节", from: "2025-05-01", to: "2025-05-05" },
      { name: "Dragon Boat Festival", nameZh: "端午节", from: "2025-05-31", to: "2025-06-02" },
      { name: "National Day", nameZh: "国庆节", from: "2025-10-01", to: "2025-10-08" },
    ],
    workdays: [
      { date: "2025-01-26", forZh: "春节" },
      { date: "2025-02-08", forZh: "春节" },
      { date: "2025-04-27", forZh: "劳动节" },
      { date: "2025-09-28", forZh: "国庆节" },
      { date: "2025-10-11", forZh: "国庆节" },
    ],
  },
  {
    year: 2026,
    source: "国务院办公厅关于2026年部分节假日安排的通知，2025-11-04",
    holidays: [
      { name: "New Year's Day", nameZh: "元旦", from: "2026-01-01", to: "2026-01-03" },
      { name: "Spring Festival", nameZh: "春节", from: "2026-02-15", to: "2026-02-23" },
      { name: "Qingming", nameZh: "清明节", from: "2026-04-04", to: "2026-04-06" },
      { name: "Labour Day", nameZh: "劳动节", from: "2026-05-01", to: "2026-05-05" },
      { name: "Dragon Boat Festival", nameZh: "端午节", from: "2026-06-19", to: "2026-06-21" },
      { name: "Mid-Autumn Festival", nameZh: "中秋节", from: "2026-09-25", to: "2026-09-27" },
      { name: "National Day", nameZh: "国庆节", from: "2026-10-01", to: "2026-10-07" },
    ],
    workdays: [
      { date: "2026-01-04", forZh: "元旦" },
      { date: "2026-02-14", forZh: "春节" },
      { date: "2026-02-28", forZh: "春节" },
      { date: "2026-05-09", forZh: "劳动节" },
      { date: "2026-09-20", forZh: "国庆节" },
      { date: "2026-10-10", forZh: "国庆节" },
    ],
  },
];

const MS_PER_DAY = 86400000;
const isoToDay = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);

/** The calendar's days from firstDay to lastDay (inclusive) as special days; notes in the language asked. */
export function chinaSpecialDays(
  firstDay: number,
  lastDay: number,
  lang: "en" | "zh-CN" = "zh-CN"
): SpecialDay[] {
  const out: SpecialDay[] = [];
  const push = (day: number, kind: SpecialDayKind, note: string) => {
    if (day >= firstDay && day <= lastDay) out.push({ day, kind, note });
  };
  for (const year of CN_CALENDAR) {
    for (const h of year.holidays) {
      for (let d = isoToDay(h.from); d <= isoToDay(h.to); d++)
        push(d, "holiday", lang === "en" ? h.name : h.nameZh);
    }
    for (const w of year.workdays)
      push(
        isoToDay(w.date),
        "workday",
        lang === "en" ? `Make-up working day (${w.forZh})` : `调休上班（${w.forZh}）`
      );
  }
  return out.sort((a, b) => a.day - b.day);
}

/** The years the table covers, and where each comes from. */
export function chinaCalendarSources(): { year: number; source: string }[] {
  return CN_CALENDAR.map((y) => ({ year: y.year, source: y.source }));
}
