/**
 * The report's calendar helpers and date/time cell readers: one parser for the whole product, in the
 * reader (src/input/dates.ts). A slash date whose order the cell alone cannot tell reads as no date here;
 * the reader decides the order for a whole column first (src/input/dateOrder.ts).
 */
import { readDateTime, type DateOrder } from "../input/dates";
import type { DayTime } from "../input/calendar";

export * from "../input/calendar";

/** A date cell as a day (and time when present), or null when it is not a date. */
export function parseDateCell(value: unknown, order?: DateOrder): DayTime | null {
  const read = readDateTime(value, order);
  return read === "needsOrder" ? null : read;
}

/** An interval cell as minutes since midnight. */
