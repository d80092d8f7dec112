/**
 * The report's reading of the activity table. The reader (src/input) turns any of the three shapes —
 * contact records, platform exports with averages, our own sums — into activity rows and lists each bad cell;
 * this module adds the report's own rules between fields of one row (report.md §5: one row, one truth):
 * answered ≤ offered and its kin, handle time within staffed time, and one row per date, interval and queue.
 * Every problem keeps its sheet row number so the data-quality section can list it, and the counts
 * reconcile: rows read = rows used + rows rejected (+ blank rows).
 */
import { ReportInputError } from "./errors";
import { dayToMonth } from "./dates";
import { type ColumnMapping, type FieldKey } from "./fields";
import {
  InputError,
  orderToAsk,
  readActivity,
  readNumber,
  SUM_FIELDS,
  type ActivityRead,
  type ActivityRow,
  type OrderToAsk,
  type RawTable,
  type ReadOptions,
  type RowIssue,
  type SumField,
} from "../input";
import { planWhen, readWhen } from "../input/when";

export type { RawTable, ActivityRow };

export type NumericField = SumField;

export type RowProblem = RowIssue;

/** How to read the activity table, beyond the column mapping (the report options carry these). */
export type ActivityReadOptions = Omit<ReadOptions, "mapping">;

export interface ParsedActivity {
  rows: ActivityRow[];
  problems: RowProblem[];
  /** Data rows in the table (contact records for records), blank ones included. */
  rowsRead: number;
  blankRows: number;
  /** Fields the rows carry values for, and date/interval/queue when present. */
  columns: Set<FieldKey>;
  intervalRows: boolean;
  /** What the reader understood: shape, columns, conversions, ignored columns. */
  read: ActivityRead;
}

export const NUMERIC_FIELDS: NumericField[] = SUM_FIELDS;

/** Pairs where the first may not exceed the second: both leave the figures, since either may be the wrong one. */
const NOT_ABOVE: [NumericField, NumericField, "both" | "first"][] = [
  ["answered", "offered", "both"],
  ["abandoned", "offered", "first"],
  ["shortAbandons", "abandoned", "first"],
  ["answeredInSl", "answered", "first"],
  ["fcrResolved", "fcrEligible", "both"],
  ["satisfied", "surveys", "first"],
  ["staffedHours", "paidHours", "both"],
];

/** A number from a cell: numbers as they are, numeric text ("1,234", " 12 ") parsed; otherwise null. */
export function numberFromCell(cell: unknown): number | null {
  const n = readNumber(cell);
  return typeof n === "number" ? n : null;
}

/** The reader's errors as the report's (same field, same catalogue message), so every door handles one kind. */
function asReportError<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof InputError) throw new ReportInputError(e.field, e);
    throw e;
  }
}

export function parseActivity(
  table: RawTable,
  mapping: ColumnMapping,
  options: ActivityReadOptions = {}
): ParsedActivity {
  const read = asReportError(() => readActivity(table, { ...options, mapping }));
  const columns = read.columns;
  const problems: RowProblem[] = [...read.problems];
  const rows: ActivityRow[] = [];
  const seen = new Map<string, number>();
  for (const row of read.rows) {
    const { v, day, rowNumber } = row;
    const key = `${day}|${row.minute ?? ""}|${row.queue}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({ rowNumber, day, code: "duplicate", otherRow: earlier, excluded: "row" });
      continue;
    }
    seen.set(key, rowNumber);
    // Defaults the spec gives for absent columns (not for bad cells: those stay out of the figures).
    if (!columns.has("abandoned") && v.offered !== undefined && v.answered !== undefined)
      v.abandoned = Math.max(0, v.offered - v.answered);
    if (!columns.has("shortAbandons") && columns.has("answered")) v.shortAbandons = 0;

    for (const [a, b, which] of NOT_ABOVE) {
      const va = v[a];
      const vb = v[b];
      if (va === undefined || vb === undefined || va <= vb + 1e-9) continue;
      const excluded: NumericField[] = which === "both" ? [a, b] : [a];
      problems.push({ rowNumber, day, code: "exceeds", field: a, other: b, excluded });
      for (const f of excluded) delete v[f];
    }
    if (
      v.handleSec !== undefined &&
      v.staffedHours !== undefined &&
      v.handleSec > v.staffedHours * 3600
    ) {
      problems.push({
        rowNumber,
        day,
        code: "overStaffedTime",
        field: "handleSec",
        other: "staffedHours",
        excluded: ["handleSec", "staffedHours"],
      });
      delete v.handleSec;
      delete v.staffedHours;
    }
    rows.push(row);
  }
  problems.sort((a, b) => a.rowNumber - b.rowNumber);
  return {
    rows,
    problems,
    rowsRead: read.rowsRead,
    blankRows: read.blankRows,
    columns,
    intervalRows: read.intervalRows,
    read,
  };
}

/**
 * Months present in the data, "YYYY-MM", ascending. Throws ReportInputError when the date column is missing
 * or unusable, or slash dates need --date-order.
 */
export function availableMonths(
  table: RawTable,
  mapping: ColumnMapping,
  options: Pick<ActivityReadOptions, "dateOrder"> = {}
): string[] {
  return asReportError(() => {
    const plan = planWhen(table, mapping, options.dateOrder, []);
    const months = new Set<string>();
    for (const cells of table.rows) {
      if (!cells) continue;
      const when = readWhen(cells, plan);
      if (!("problem" in when)) months.add(dayToMonth(when.day));
    }
    return [...months].sort();
  });
}

/**
 * The slash dates of the date column when the data cannot decide month/day against day/month (every value
 * reads both ways): its header and an example, for the user to choose (taskpane: Date order). Undefined when
 * the data decides, when there is nothing to decide, or when the column cannot be read for another reason
 * (that error is said where the dates are used).
 */
export function undecidedDateOrder(
  table: RawTable,
  mapping: ColumnMapping
): OrderToAsk | undefined {
  return orderToAsk(() => planWhen(table, mapping, undefined, []));
}
