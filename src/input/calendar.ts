/**
 * Days as plain numbers: days since 1970-01-01, so no time zone ever moves a row to another day. Excel's
 * 1900 date system counts from serial 25569 = 1970-01-01 (it includes the fictitious 1900-02-29).
 */

export const EXCEL_EPOCH_1970 = 25569;
export const MS_PER_DAY = 86400000;

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

/** The day of a calendar date, or null when it does not exist (2026-02-30, month 13). */
export function dayOf(year: number, month: number, date: number): number | null {
  if (month < 1 || month > 12 || date < 1 || date > 31 || year < 1900 || year > 9999) return null;
  const ms = Date.UTC(year, month - 1, date);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return null;
  return Math.round(ms / MS_PER_DAY);
}
