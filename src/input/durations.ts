/**
 * Durations (wait, talk, hold, after-call work, handle) in seconds: a number of seconds, "mm:ss", "h:mm:ss",
 * "hhh:mm:ss.fff", with or without leading spaces, or an Excel time fraction (a day is 1.0) when the whole
 * column is written that way (decided by durationColumnIsDayFraction, never per cell: 0.5 could be half a
 * second or twelve hours).
 */
import { readNumber, type DecimalMark, type NotANumber } from "./numbers";
import { MS_PER_DAY } from "./calendar";

const CLOCK = /^(-)?(\d+):(\d{1,2})(?::(\d{1,2}))?([.,]\d+)?$/;

/** Seconds from a duration cell, or why not. */
export function readDuration(
  cell: unknown,
  decimal: DecimalMark = ".",
  dayFraction = false
): number | NotANumber {
  if (cell instanceof Date) {
    // A duration cell formatted as a time arrives as a Date after the 1899-12-30 epoch.
    const ms = cell.getTime() - Date.UTC(1899, 11, 30);
    return Number.isFinite(ms) && ms >= 0 ? Math.round(ms / 10) / 100 : "text";
  }
  if (typeof cell === "string") {
    const text = cell.trim();
    const m = CLOCK.exec(text);
    if (m) {
      const [, minus, a, b, c, frac] = m;
      if (Number(b) > 59 || (c !== undefined && Number(c) > 59)) return "text";
      const seconds =
        c === undefined
          ? Number(a) * 60 + Number(b)
          : Number(a) * 3600 + Number(b) * 60 + Number(c);
      const total = seconds + (frac ? Number(`0.${frac.slice(1)}`) : 0);
      return minus ? -total : total;
    }
  }
  const n = readNumber(cell, decimal);
  if (typeof n !== "number") return n;
  return dayFraction ? Math.round(n * (MS_PER_DAY / 1000) * 1000) / 1000 : n;
}

/**
 * True when a duration column holds Excel time fractions: every number in it is below 1, at least one is
 * above 0, and the header does not say seconds. A column of "0.5"-second waits is rare; a column of 12-hour
 * waits rarer still, but the header decides when it names the unit.
 */
export function durationColumnIsDayFraction(header: string, cells: unknown[]): boolean {
  if (/sec|秒|\bs\b/i.test(header)) return false;
  let positive = false;
  for (const cell of cells) {
    if (cell === null || cell === undefined || cell === "" || cell instanceof Date) continue;
    if (typeof cell === "string" && CLOCK.test(cell.trim())) return false;
    const n = readNumber(cell);
    if (typeof n !== "number") continue;
    if (n >= 1) return false;
    if (n > 0) positive = true;
  }
  return positive;
}
