/**
 * The user's special-days table: one row per date with a kind (closed, holiday, workday), an optional note
 * and, for holidays, an optional factor. Kinds are accepted in English and Chinese because planners keep
 * the table in their own words.
 */
import {
  decideDateOrder,
  readDateTime,
  readNumber,
  type DateOrder,
  type DecimalMark,
} from "../input";
import { ForecastInputError, type SpecialDay, type SpecialDayKind } from "./types";

const KIND_WORDS: Record<string, SpecialDayKind> = {
  closed: "closed",
  停业: "closed",
  关闭: "closed",
  不营业: "closed",
  holiday: "holiday",
  节假日: "holiday",
  假日: "holiday",
  放假: "holiday",
  workday: "workday",
  调休: "workday",
  调休上班: "workday",
  补班: "workday",
  上班: "workday",
};

/** A kind as typed, or null when it is none of them. */
export function parseSpecialDayKind(text: unknown): SpecialDayKind | null {
  if (typeof text !== "string") return null;
  return KIND_WORDS[text.trim().toLowerCase()] ?? null;
}

/** Checks the table: one row per date, factors positive. Returns a map day → special day. */
export function specialDayMap(days: SpecialDay[]): Map<number, SpecialDay> {
  const map = new Map<number, SpecialDay>();
  for (const sd of days) {
    if (map.has(sd.day))
      throw new ForecastInputError("special_days", {
        key: "forecast.errorSpecialDayTwice",
        params: { date: new Date(sd.day * 86400000).toISOString().slice(0, 10) },
      });
    if (sd.factor !== undefined && !(sd.factor >= 0 && Number.isFinite(sd.factor)))
      throw new ForecastInputError("special_days", { key: "forecast.errorHolidayFactor" });
    map.set(sd.day, sd);
  }
  return map;
}

/** How a special-days table's cells are written: the file's decimal mark, a date order for dates that cannot
 * decide it, and the date column's header (for the date-order message). */
export interface SpecialDaysReading {
  decimal?: DecimalMark;
  dateOrder?: DateOrder;
  header?: string;
}

/**
 * A special-days table's rows (date, kind, optional note, optional factor) as special days. A header row is
 * the caller's to strip; blank rows are skipped; a row without a readable date or kind is an error naming it.
 */
export function specialDaysFromRows(
  rows: unknown[][],
  firstRowNumber: number,
  reading: SpecialDaysReading = {}
): SpecialDay[] {
  // The date column is read as the reader reads any date column: its own values decide M/D or D/M, the
  // option only when they cannot (an undecidable column is the reader's date-order error, naming the fix).
  const order = decideDateOrder(
    rows.map((row) => row?.[0]),
    reading.header ?? "",
    reading.dateOrder
  );
  const out: SpecialDay[] = [];
  const bad: number[] = [];
  rows.forEach((row, i) => {
    if (row.every((c) => c === null || c === undefined || c === "")) return;
    const [date, kindText, note, factor] = row;
    const when = readDateTime(date, order);
    const day = when === null || when === "needsOrder" ? null : when.day;
    // A factor written "0,8" in a decimal-comma file is 0.8; text that is not a number is the row's error.
    const factorValue =
      factor === null || factor === undefined || factor === ""
        ? undefined
        : readNumber(factor, reading.decimal);
    const kind = parseSpecialDayKind(kindText);
    if (day === null || !kind || typeof factorValue === "string") {
      bad.push(firstRowNumber + i);
      return;
    }
    const sd: SpecialDay = { day, kind };
    if (note !== null && note !== undefined && note !== "") sd.note = String(note);
    if (factorValue !== undefined) sd.factor = factorValue;
    out.push(sd);
  });
  if (bad.length)
    throw new ForecastInputError("special_days", {
      key: "forecast.errorSpecialDayRows",
      params: {
        count: bad.length,
        rows: `${bad.slice(0, 5).join(", ")}${bad.length > 5 ? ", …" : ""}`,
      },
    });
  return out;
}
