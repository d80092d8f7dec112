/**
 * Dates, times and date-times as contact-centre files write them (input.md §4):
 * - Excel serials, only from numeric cells and only in 1990–2100 (a number like 991001 is never a serial);
 * - year first: 2026-10-01, 2026-10-01T08:30:00Z, 2026/10/1, 2026.10.01, 2026年10月1日;
 * - month names: 1-Oct-2026, 1 Oct 2026, Oct 1, 2026, October 1 2026;
 * - digits only: 20261001 (YYYYMMDD) and 261001 / 991001 (YYMMDD);
 * - year last: 7/25/25, 25/7/2025, 1.10.2026 — month/day or day/month, decided for the whole column by
 *   decideDateOrder, never per cell;
 * - a time after the date or alone: 24-hour (08:30, 08:30:15), 12-hour (8:00 PM, 12:30 AM = 00:30),
 *   Chinese (下午 8:00), an Excel time fraction, a range "08:00-08:30" (its start counts).
 * Two-digit years follow Excel's rule: 00–29 are 2000–2029, 30–99 are 1930–1999.
 * Times are taken as written; a trailing Z or offset is not converted (the file's clock is the centre's).
 */
import { dayOf, EXCEL_EPOCH_1970, MS_PER_DAY, type DayTime } from "./calendar";

export type DateOrder = "mdy" | "dmy";

/** Excel serials for 1990-01-01 and 2100-12-31: numbers outside are not read as dates. */
export const SERIAL_MIN = 32874;
export const SERIAL_MAX = 73415;

// prettier-ignore
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};

const fullYear = (y: string) => {
  const n = Number(y);
  return y.length === 2 ? (n < 30 ? 2000 + n : 1900 + n) : n;
};

const MERIDIEM =
  "(?:上午|下午|凌晨|中午|晚上|早上|AM|PM|A\\.M\\.|P\\.M\\.|am|pm|a\\.m\\.|p\\.m\\.|a|p)";
const TIME_RE = new RegExp(
  `^(${MERIDIEM})?\\s*(\\d{1,2})(?::(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?|\\s*时(?:(\\d{1,2})分)?)?\\s*(${MERIDIEM})?\\s*(?:Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?(?:\\s*[-–~至到]\\s*.*)?$`
);

/**
 * Minutes since midnight from a time written as text, or null. A bare number ("8") is not a time unless a
 * meridiem says so ("8 PM").
 */
export function readClock(text: string): number | null {
  const m = TIME_RE.exec(text.trim());
  if (!m) return null;
  const [, before, hh, mm, , zhMin, after] = m;
  const meridiem = (before ?? after ?? "").toLowerCase().replace(/\./g, "");
  if (mm === undefined && zhMin === undefined && meridiem === "" && !/时/.test(text)) return null;
  let h = Number(hh);
  const minute = Number(mm ?? zhMin ?? 0);
  if (minute > 59) return null;
  if (meridiem !== "") {
    if (h > 12) return null;
    const pm = ["pm", "p", "下午", "晚上"].includes(meridiem) || (meridiem === "中午" && h < 11);
    const am = ["am", "a", "上午", "凌晨", "早上"].includes(meridiem);
    if (pm && h < 12) h += 12;
    if (am && h === 12) h = 0; // 12:30 AM is half past midnight
    if (h === 0 && !am && !pm) return null;
  } else if (h > 24 || (h === 24 && minute > 0)) return null;
  return (h * 60 + minute) % 1440;
}

/** The parts of a date before any time: each form gives year, month, day and the text left over. */
interface DateParts {
  y: number;
  m: number;
  d: number;
  rest: string;
}

const YEAR_FIRST = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?=$|[T\s])T?/;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/;
const DAY_MONTH_NAME = /^(\d{1,2})[-\s/.]([A-Za-z]{3,9})\.?[-\s/.,]+(\d{4}|\d{2})(?=$|[T\s])/;
const MONTH_NAME_DAY = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?=$|[T\s,])/;
const DIGITS8 = /^(\d{4})(\d{2})(\d{2})(?=$|\s)/;
const DIGITS6 = /^(\d{2})(\d{2})(\d{2})$/;
const YEAR_LAST = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})(?=$|[T\s,])/;

/** A year-last date's two leading parts, for deciding the column's order (see decideDateOrder). */
export function yearLastParts(text: string): [number, number] | null {
  const m = YEAR_LAST.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
}

function dateParts(text: string, order: DateOrder | undefined): DateParts | null | "needsOrder" {
  let m = YEAR_FIRST.exec(text) ?? CHINESE.exec(text);
  if (m) return { y: +m[1], m: +m[2], d: +m[3], rest: text.slice(m[0].length) };
  m = DAY_MONTH_NAME.exec(text);
  if (m && MONTHS[m[2].toLowerCase()])
    return {
      y: fullYear(m[3]),
      m: MONTHS[m[2].toLowerCase()],
      d: +m[1],
      rest: text.slice(m[0].length),
    };
  m = MONTH_NAME_DAY.exec(text);
  if (m && MONTHS[m[1].toLowerCase()])
    return { y: +m[3], m: MONTHS[m[1].toLowerCase()], d: +m[2], rest: text.slice(m[0].length) };
  m = DIGITS8.exec(text);
  if (m) return { y: +m[1], m: +m[2], d: +m[3], rest: text.slice(m[0].length) };
  m = DIGITS6.exec(text);
  if (m) return { y: fullYear(m[1]), m: +m[2], d: +m[3], rest: "" };
  m = YEAR_LAST.exec(text);
  if (m) {
    const a = +m[1];
    const b = +m[2];
    // A first part over 12 can only be a day, a second part over 12 only a day: no order needed.
    const dmy = a > 12 ? true : b > 12 ? false : order === undefined ? null : order === "dmy";
    if (dmy === null) return "needsOrder";
    return { y: fullYear(m[3]), m: dmy ? b : a, d: dmy ? a : b, rest: text.slice(m[0].length) };
  }
  return null;
}

/** Result of reading a date cell: a day (and time), not a date, or a slash date whose order is unknown. */
export type DateRead = DayTime | null | "needsOrder";

/** A date cell as a day (with its time of day when it carries one). */
export function readDateTime(value: unknown, order?: DateOrder): DateRead {
  if (value instanceof Date) {
    // Spreadsheet libraries hand date cells over as Dates whose UTC fields are the wall-clock time shown.
    const ms = value.getTime();
    if (Number.isNaN(ms)) return null;
    const day = Math.floor(ms / MS_PER_DAY);
    const minute = Math.round((ms - day * MS_PER_DAY) / 60000);
    return { day, minute: minute === 0 ? null : minute };
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    if (value >= SERIAL_MIN && value < SERIAL_MAX + 1) {
      const whole = Math.floor(value);
      const minute = Math.round((value - whole) * 1440);
      return minute === 1440
        ? { day: whole + 1 - EXCEL_EPOCH_1970, minute: null }
        : { day: whole - EXCEL_EPOCH_1970, minute: minute === 0 ? null : minute };
    }
    // A whole number of 6 or 8 digits cannot be a serial in range: read its digits as YYMMDD / YYYYMMDD.
    if (Number.isInteger(value) && value >= 100000 && value <= 99999999)
      return readDateTime(String(value), order);
    return null;
  }
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (text === "") return null;
  const parts = dateParts(text, order);
  if (parts === null || parts === "needsOrder") return parts;
  const day = dayOf(parts.y, parts.m, parts.d);
  if (day === null) return null;
  const rest = parts.rest.replace(/^[\s,T]+/, "");
  if (rest === "") return { day, minute: null };
  const minute = readClock(rest);
  if (minute === null) return null;
  return { day, minute };
}

/**
 * Minutes since midnight from an interval or time cell: "08:30", "08:30-09:00" (the start counts),
 * "8:00 PM", "下午 8:00", an Excel time fraction, or a Date carrying a time (1899-12-30T08:30Z for a time cell).
 */
export function readTimeOfDay(value: unknown): number | null {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return null;
    return Math.round((((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / 60000) % 1440;
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) return null;
    const fraction = value - Math.floor(value);
    return Math.round(fraction * 1440) % 1440;
  }
  if (typeof value === "string") return readClock(value);
  return null;
}

/** A cell holding a period ("7/25/25 – 8/26/25", "2026-10-01 to 2026-10-31"), as its two ends. */
export function readDateRange(
  value: unknown,
  order?: DateOrder
): { from: number; to: number } | null {
  if (typeof value !== "string") return null;
  const m = /^(.+?)\s*(?:\s[-–—~]\s|[–—~]|\sto\s|至|到)\s*(.+)$/.exec(value.trim());
  if (!m) return null;
  const a = readDateTime(m[1], order);
  const b = readDateTime(m[2], order);
  if (!a || !b || a === "needsOrder" || b === "needsOrder") return null;
  return { from: a.day, to: b.day };
}
