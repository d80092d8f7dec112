/**
 * Where a row sits in time: its day from the date column, its interval from the interval column or from the
 * date column's own time. Decided once per table: which column gives the date (a date-time "Interval Start"
 * gives it when there is no date column), the order of slash dates, and whether the date column carries
 * times. Each row is then read with those decisions, in one pass.
 */
import { InputError } from "./errors";
import { readDateRange, readDateTime, readTimeOfDay, type DateOrder } from "./dates";
import { decideDateOrder } from "./dateOrder";
import type { ColumnMapping } from "./fields";
import type { RawTable } from "./table";
import type { Note, RowIssue } from "./types";

export interface WhenPlan {
  dateColumn: number;
  /** The column giving the time of day: the interval column, the date column itself, or none (daily). */
  timeColumn: number | null;
  order?: DateOrder;
}

const headersText = (table: RawTable) =>
  table.headers.map((h) => `"${String(h ?? "")}"`).join(", ") || "none";

function holdsDates(table: RawTable, column: number, order?: DateOrder): boolean {
  let checked = 0;
  for (const row of table.rows) {
    const cell = row?.[column];
    if (cell === null || cell === undefined || cell === "") continue;
    const read = readDateTime(cell, order ?? "mdy");
    if (read && read !== "needsOrder") return true;
    if (++checked > 50) return false;
  }
  return false;
}

/**
 * The column giving the day: the date column, or, when none is mapped, an interval column holding date-times
 * ("Interval Start" = 7/25/25 8:00 PM), which then gives both the day and the interval. Every door asks this
 * one rule (the reader below; the taskpane's column lists), so a table reads the same everywhere.
 */
export function dateColumnOf(
  table: RawTable,
  mapping: ColumnMapping,
  dateOrder?: DateOrder
): number | undefined {
  if (mapping.date !== undefined) return mapping.date;
  const interval = mapping.interval;
  return interval !== undefined && holdsDates(table, interval, dateOrder) ? interval : undefined;
}

export function planWhen(
  table: RawTable,
  mapping: ColumnMapping,
  dateOrder: DateOrder | undefined,
  notes: Note[]
): WhenPlan {
  const dateColumn = dateColumnOf(table, mapping, dateOrder);
  const interval = mapping.interval;
  if (dateColumn === undefined)
    throw new InputError("date", "noDate", { headers: headersText(table) });
  const column = dateColumn;
  const header = String(table.headers[column] ?? "");
  const order = decideDateOrder(
    (function* () {
      for (const row of table.rows) yield row?.[column];
    })(),
    header,
    dateOrder
  );
  if (order) notes.push({ code: "convDateOrder", params: { order } });

  let anyDate = false;
  let anyTime = false;
  let example = "";
  for (const row of table.rows) {
    const cell = row?.[column];
    if (cell === null || cell === undefined || cell === "") continue;
    const read = readDateTime(cell, order);
    if (read && read !== "needsOrder") {
      anyDate = true;
      if (read.minute) anyTime = true;
      if (anyTime) break;
    } else if (example === "") example = String(cell);
  }
  if (!anyDate) throw new InputError("date", "noDates", { header, example });

  let timeColumn: number | null = null;
  if (interval !== undefined && interval !== column) timeColumn = interval;
  else if (anyTime || interval === column) {
    timeColumn = column;
    notes.push({ code: "convDateTime", params: { header } });
  }
  return { dateColumn: column, timeColumn, order };
}

const TOTAL_WORDS =
  /^(grand\s+)?(total|totals|sum|summary|all)\s*:?$|^(合计|总计|汇总|总计:|合计:)$/i;

export type WhenRead =
  | { day: number; minute: number | null }
  | { problem: "badDate" | "badInterval" | "totalRow"; value: unknown; day: number | null }
  | { problem: "multiDay"; day: number; toDay: number };

/**
 * The data-quality issue of a row whose day or interval could not be read (the whole row is left out), the
 * same for every shape; `show` prints the offending cell.
 */
export function whenIssue(
  rowNumber: number,
  when: Extract<WhenRead, { problem: unknown }>,
  show: (cell: unknown) => string
): RowIssue {
  const issue: RowIssue = {
    rowNumber,
    day: when.day,
    code: when.problem,
    field: when.problem === "badInterval" ? "interval" : "date",
    excluded: "row",
  };
  if (when.problem === "multiDay") issue.toDay = when.toDay;
  else issue.value = show(when.value);
  return issue;
}

/** A row's day and interval start under the plan. */
export function readWhen(cells: unknown[], plan: WhenPlan): WhenRead {
  const dateCell = cells[plan.dateColumn];
  const date = readDateTime(dateCell, plan.order);
  if (!date || date === "needsOrder") {
    const range = readDateRange(dateCell, plan.order);
    if (range && range.to !== range.from)
      return { problem: "multiDay", day: range.from, toDay: range.to };
    if (range) return { day: range.from, minute: null };
    // Exports end with a "Totals" row; it is not a day, and adding it would count every call twice.
    if (typeof dateCell === "string" && TOTAL_WORDS.test(dateCell.trim()))
      return { problem: "totalRow", value: dateCell, day: null };
    return { problem: "badDate", value: dateCell, day: null };
  }
  if (plan.timeColumn === null) return { day: date.day, minute: null };
  if (plan.timeColumn === plan.dateColumn) return { day: date.day, minute: date.minute ?? 0 };
  const timeCell = cells[plan.timeColumn];
  let minute = readTimeOfDay(timeCell);
  if (minute === null) {
    // "Interval Start" beside a date column often holds the whole date-time.
    const dt = readDateTime(timeCell, plan.order);
    if (dt && dt !== "needsOrder") minute = dt.minute ?? 0;
  }
  if (minute === null) return { problem: "badInterval", value: timeCell, day: date.day };
  return { day: date.day, minute };
}
