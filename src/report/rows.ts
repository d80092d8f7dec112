/**
 * Reading and validating the activity table. Each cell is checked; a bad value is excluded only from the
 * figures it would corrupt (the KPIs whose inputs it is), and every problem is kept with its sheet row
 * number so the data-quality section can list it. A row whose date is unusable, or that repeats an earlier
 * row's date/interval/queue, is excluded entirely.
 */
import { ReportInputError } from "./errors";
import { parseDateCell, parseTimeCell, dayToMonth } from "./dates";
import { ACTIVITY_FIELDS, type ColumnMapping, type FieldKey } from "./fields";

/** A table as read from a sheet range, a CSV or an .xlsx: header cells and data rows, untouched. */
export interface RawTable {
  headers: unknown[];
  rows: unknown[][];
  /** The sheet/file row number of rows[0], for data-quality messages ("row 17: answered > offered"). */
  firstRowNumber: number;
}

export type NumericField = Exclude<FieldKey, "date" | "interval" | "queue">;

export interface ActivityRow {
  rowNumber: number;
  day: number;
  /** Start of the interval in minutes since midnight; null for daily rows. */
  minute: number | null;
  queue: string;
  /** Usable values only: a field that is absent, empty or bad is missing here. */
  v: Partial<Record<NumericField, number>>;
}

export type ProblemCode =
  | "badDate"
  | "badInterval"
  | "empty"
  | "text"
  | "negative"
  | "exceeds"
  /** Offered, answered and abandoned each valid but answered + abandoned ≠ offered (callVolumes.ts). */
  | "countsDisagree"
  | "duplicate"
  | "overStaffedTime";

export interface RowProblem {
  rowNumber: number;
  /** The row's day when known, so problems can be listed with the month they belong to. */
  day: number | null;
  code: ProblemCode;
  field?: FieldKey;
  /** The other field of a comparison (answered > offered), or the earlier row of a duplicate. */
  other?: FieldKey;
  otherRow?: number;
  value?: string;
  /** The fields this problem removed from the figures; "row" when the whole row is excluded. */
  excluded: NumericField[] | "row";
}

export interface ParsedActivity {
  rows: ActivityRow[];
  problems: RowProblem[];
  /** Data rows in the table, blank ones included. */
  rowsRead: number;
  blankRows: number;
  /** Fields whose column is mapped. */
  columns: Set<FieldKey>;
  intervalRows: boolean;
}

export const NUMERIC_FIELDS = ACTIVITY_FIELDS.map((f) => f.key).filter(
  (k): k is NumericField => k !== "date" && k !== "interval" && k !== "queue"
);

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

const isBlank = (cell: unknown) =>
  cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/** A number from a cell: numbers as they are, numeric text ("1,234", " 12 ") parsed; otherwise null. */
export function numberFromCell(cell: unknown): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell === "string") {
    const text = cell.trim().replace(/,/g, "");
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return null;
    return Number(text);
  }
  return null;
}

export function requireColumns(mapping: ColumnMapping, table: RawTable): void {
  for (const info of ACTIVITY_FIELDS) {
    if (!info.required) continue;
    const index = mapping[info.key];
    if (index === undefined || index < 0 || index >= Math.max(table.headers.length, 1)) {
      const seen = table.headers.map((h) => `"${String(h ?? "")}"`).join(", ");
      throw new ReportInputError(
        info.key,
        `No column for "${info.label.en}" (${info.label["zh-CN"]}). Name a column one of: ${info.aliases
          .slice(1)
          .join(", ")} — or map it by hand. Headers found: ${seen || "none"}.`
      );
    }
  }
}

export function parseActivity(table: RawTable, mapping: ColumnMapping): ParsedActivity {
  requireColumns(mapping, table);
  const columns = new Set(
    Object.keys(mapping).filter((k) => mapping[k as FieldKey] !== undefined) as FieldKey[]
  );
  const numeric = NUMERIC_FIELDS.filter((f) => columns.has(f));
  const rows: ActivityRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  let blankRows = 0;
  let intervalRows = false;

  table.rows.forEach((cells, i) => {
    const rowNumber = table.firstRowNumber + i;
    if (!cells || cells.every(isBlank)) {
      blankRows++;
      return;
    }
    const cell = (f: FieldKey) => cells[mapping[f] as number];
    const dateCell = cell("date");
    const when = parseDateCell(dateCell);
    if (!when) {
      problems.push({
        rowNumber,
        day: null,
        code: "badDate",
        field: "date",
        value: show(dateCell),
        excluded: "row",
      });
      return;
    }
    let minute = when.minute;
    if (columns.has("interval")) {
      const t = parseTimeCell(cell("interval"));
      if (t === null) {
        const value = show(cell("interval"));
        problems.push({
          rowNumber,
          day: when.day,
          code: "badInterval",
          field: "interval",
          value,
          excluded: "row",
        });
        return;
      }
      minute = t;
    }
    if (minute !== null) intervalRows = true;
    const queueCell = columns.has("queue") ? cell("queue") : undefined;
    const queue = isBlank(queueCell) ? "All" : String(queueCell).trim();
    const key = `${when.day}|${minute ?? ""}|${queue}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        rowNumber,
        day: when.day,
        code: "duplicate",
        otherRow: earlier,
        excluded: "row",
      });
      return;
    }
    seen.set(key, rowNumber);

    const v: Partial<Record<NumericField, number>> = {};
    for (const f of numeric) {
      const raw = cell(f);
      if (isBlank(raw)) {
        // An empty cell in a column the table has is a missing value, not a zero: it leaves the figures it
        // feeds, and the data-quality list says so (spec §1: never silently dropped).
        problems.push({ rowNumber, day: when.day, code: "empty", field: f, excluded: [f] });
        continue;
      }
      const n = numberFromCell(raw);
      if (n === null)
        problems.push({
          rowNumber,
          day: when.day,
          code: "text",
          field: f,
          value: show(raw),
          excluded: [f],
        });
      else if (n < 0)
        problems.push({
          rowNumber,
          day: when.day,
          code: "negative",
          field: f,
          value: show(raw),
          excluded: [f],
        });
      else v[f] = n;
    }
    // Defaults the spec gives for absent columns (not for bad cells: those stay out of the figures).
    if (!columns.has("abandoned") && v.offered !== undefined && v.answered !== undefined)
      v.abandoned = Math.max(0, v.offered - v.answered);
    if (!columns.has("shortAbandons")) v.shortAbandons = 0;

    for (const [a, b, which] of NOT_ABOVE) {
      if (v[a] === undefined || v[b] === undefined || v[a] <= v[b]) continue;
      const excluded: NumericField[] = which === "both" ? [a, b] : [a];
      problems.push({ rowNumber, day: when.day, code: "exceeds", field: a, other: b, excluded });
      for (const f of excluded) delete v[f];
    }
    if (
      v.handleSec !== undefined &&
      v.staffedHours !== undefined &&
      v.handleSec > v.staffedHours * 3600
    ) {
      problems.push({
        rowNumber,
        day: when.day,
        code: "overStaffedTime",
        field: "handleSec",
        other: "staffedHours",
        excluded: ["handleSec", "staffedHours"],
      });
      delete v.handleSec;
      delete v.staffedHours;
    }
    rows.push({ rowNumber, day: when.day, minute, queue, v });
  });
  return { rows, problems, rowsRead: table.rows.length, blankRows, columns, intervalRows };
}

function show(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? "invalid date" : cell.toISOString();
  const text = String(cell);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Months present in the data, "YYYY-MM", ascending. Throws ReportInputError if the date column is unusable. */
export function availableMonths(table: RawTable, mapping: ColumnMapping): string[] {
  const index = mapping.date;
  if (index === undefined) {
    throw new ReportInputError(
      "date",
      'No date column: name a column "Date" (日期) or map the date column by hand.'
    );
  }
  const months = new Set<string>();
  for (const cells of table.rows) {
    const when = cells ? parseDateCell(cells[index]) : null;
    if (when) months.add(dayToMonth(when.day));
  }
  if (months.size === 0) {
    throw new ReportInputError(
      "date",
      `The date column ("${String(table.headers[index] ?? "")}") holds no dates: use Excel dates or ISO text like 2026-10-01.`
    );
  }
  return [...months].sort();
}
