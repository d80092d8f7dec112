/**
 * Numbers, percentages, dates, months, weekdays and lists in a language, all through Intl so a new language
 * needs no code. Dates are calendar dates: pass a Date at UTC midnight (as the report's date helpers make
 * them) or an ISO "yyyy-mm-dd"; they are formatted in UTC so the machine's time zone never shifts a day.
 */
import type { Lang } from "./languages";

type CalendarDate = Date | string;

function utcDate(date: CalendarDate): Date {
  if (date instanceof Date) return date;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`Not a yyyy-mm-dd date: "${date}"`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  id: string,
  make: () => T
): T {
  let format = cache.get(id) as T | undefined;
  if (!format) cache.set(id, (format = make()));
  return format;
}

/** 7368.456 → "7,368.46" with digits = 2; grouping as the language writes it. */
export function formatNumber(lang: Lang, value: number, digits = 0): string {
  return cached(
    `n|${lang}|${digits}`,
    () =>
      new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits })
  ).format(value);
}

/** 0.8123 → "81.2%" with digits = 1. */
export function formatPercent(lang: Lang, fraction: number, digits = 1): string {
  return cached(
    `p|${lang}|${digits}`,
    () =>
      new Intl.NumberFormat(lang, {
        style: "percent",
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      })
  ).format(fraction);
}

/**
 * (2026, 10) → "October 2026" / "2026年10月"; width "short" for column headers: "Oct 2026" / "2026年10月".
 * month is 1–12.
 */
export function formatMonth(
  lang: Lang,
  year: number,
  month: number,
  width: "long" | "short" = "long"
): string {
  return cached(
    `m|${lang}|${width}`,
    () => new Intl.DateTimeFormat(lang, { year: "numeric", month: width, timeZone: "UTC" })
  ).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** A date in a sentence: "October 12, 2026" / "2026年10月12日". */
export function formatDate(lang: Lang, date: CalendarDate): string {
  return cached(
    `d|${lang}`,
    () => new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" })
  ).format(utcDate(date));
}

/** A day of a month already named, in a sentence: "October 12" / "10月12日" (no year). */
export function formatDayOfMonth(lang: Lang, date: CalendarDate): string {
  return cached(
    `dm|${lang}`,
    () => new Intl.DateTimeFormat(lang, { month: "long", day: "numeric", timeZone: "UTC" })
  ).format(utcDate(date));
}

/** The weekday of a date: "Mon" / "周一" (short), "Monday" / "星期一" (long). */
export function formatWeekday(
  lang: Lang,
  date: CalendarDate,
  width: "short" | "long" = "short"
): string {
  return cached(
    `w|${lang}|${width}`,
    () => new Intl.DateTimeFormat(lang, { weekday: width, timeZone: "UTC" })
  ).format(utcDate(date));
}

/** ["a", "b", "c"] → "a, b, and c" / "a、b和c" ("or" with type "disjunction"). */
export function formatList(
  lang: Lang,
  items: readonly string[],
  type: "conjunction" | "disjunction" = "conjunction"
): string {
  return cached(`l|${lang}|${type}`, () => new Intl.ListFormat(lang, { type })).format(items);
}
