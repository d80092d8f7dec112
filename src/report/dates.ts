/**
 * Dates and times as they arrive from sheets and files: Excel serial numbers (1900 date system), ISO text
 * ("2026-10-01", "2026/10/01", "2026-10-01 08:30"), and JS Dates (ExcelJS returns cell dates as Dates whose
 * UTC fields are the wall-clock time shown in Excel). Everything is reduced to a day number (days since
 * 1970-01-01) so that no time zone ever moves a row to another day.
 */

/** Excel's serial for 1970-01-01 in the 1900 date system (which counts the fictitious 1900-02-29). */
const EXCEL_EPOCH_1970 = 25569;
const MS_PER_DAY = 86400000;

export interface DayTime {
  /** Days since 1970-01-01. */
  day: number;
  /** Minutes since midnight when the value carried a time of day, else null. */
  minute: number | null;
}

export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dayToMonth(day: number): string {
  return dayToIso(day).slice(0, 7);
}

export function dayToExcelSerial(day: number): number {
  return day + EXCEL_EPOCH_1970;
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (index 3 with Monday = 0).
  return (((day + 3) % 7) + 7) % 7;
}

export function daysInMonth(month: string): number {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function monthFirstDay(month: string): number {
  const [y, m] = month.split("-").map(Number);
  return Math.round(Date.UTC(y, m - 1, 1) / MS_PER_DAY);
}

export function previousMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;

function fromParts(y: number, mo: number, d: number, h: number | null, mi: number): DayTime | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 9999) return null;
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null; // 2026-02-30
  if (h !== null && (h > 23 || mi > 59)) return null;
  return { day: Math.round(ms / MS_PER_DAY), minute: h === null ? null : h * 60 + mi };
}

/** A date cell as a day (and time when present), or null when it is not a date. */
export function parseDateCell(value: unknown): DayTime | null {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return null;
    const day = Math.floor(ms / MS_PER_DAY);
    const minute = Math.round((ms - day * MS_PER_DAY) / 60000);
    return { day, minute: minute === 0 ? null : minute };
  }
  if (typeof value === "number") {
    // Serials before 1900-03-01 (61) are not worth supporting: no contact centre data is that old.
    if (!Number.isFinite(value) || value < 61 || value > 2958465) return null;
    const day = Math.floor(value) - EXCEL_EPOCH_1970;
    const minute = Math.round((value - Math.floor(value)) * 1440);
    return { day, minute: minute === 0 ? null : minute };
  }
  if (typeof value === "string") {
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text)) return parseDateCell(Number(text));
    const m = ISO.exec(text);
    if (!m) return null;
    return fromParts(
      +m[1],
      +m[2],
      +m[3],
      m[4] === undefined ? null : +m[4],
      m[5] === undefined ? 0 : +m[5]
    );
  }
  return null;
}

/**
 * An interval cell as minutes since midnight: "08:30", "08:30-09:00" (the start counts), an Excel time
 * fraction (0.354166…), or a Date carrying a time (ExcelJS gives 1899-12-30T08:30Z for a time cell).
 */
export function parseTimeCell(value: unknown): number | null {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return null;
    return Math.round((((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / 60000);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) return null;
    const fraction = value - Math.floor(value);
    return Math.round(fraction * 1440) % 1440;
  }
  if (typeof value === "string") {
    const m = /^(\d{1,2}):(\d{2})/.exec(value.trim());
    if (!m || +m[1] > 24 || +m[2] > 59) return null;
    return (+m[1] * 60 + +m[2]) % 1440;
  }
  return null;
}

export function minuteToText(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}
