/** What the reader hands on: activity rows in the sums layout, the problems met, and what it understood. */
import type { ColumnMapping, FieldKey, SumField } from "./fields";
import type { DateOrder } from "./dates";
import type { MessageParams } from "../i18n";
import type { InputMessageCode } from "./errors";

export type Shape = "records" | "aggregates" | "sums";

/** Minutes per interval for booking contact records, or "day" for daily rows. */
export type IntervalChoice = 15 | 30 | 60 | "day";

/** The base a service-level percentage is taken of (platforms differ; offered unless chosen). */
export type SlBase = "offered" | "answered" | "offeredLessShortAbandons";

export interface ReadOptions {
  /** The columns to use (field -> column). Absent: detected from the headers. */
  mapping?: ColumnMapping;
  /** Order of year-last slash dates, used only when the data cannot decide. */
  dateOrder?: DateOrder;
  /** Overrides the detected shape. */
  shape?: Shape;
  /** Contact records: booking interval (default 30 minutes). */
  interval?: IntervalChoice;
  /** Answered within SL: wait ≤ this (default 20 s). */
  slThresholdSec?: number;
  /** Short abandon: abandoned with wait ≤ this (default 5 s). */
  shortAbandonSec?: number;
  /** Base of a service-level percentage (default offered). */
  slBase?: SlBase;
  /** Satisfied = rating ≥ this (default: 4 on a 1–5 scale, 8 on 1–10, 2 on 1–3, as detected). */
  satisfiedThreshold?: number;
}

export type IssueCode =
  | "badDate"
  | "badInterval"
  | "empty"
  | "text"
  | "negative"
  | "exceeds"
  /** Offered, answered and abandoned each valid but answered + abandoned ≠ offered (report/callVolumes.ts). */
  | "countsDisagree"
  | "duplicate"
  | "overStaffedTime"
  | "ambiguousNumber"
  | "unknownOutcome"
  | "multiDay"
  | "totalRow"
  | "badDuration"
  | "badFlag"
  | "badScore"
  | "badPercent";

/** A problem with one source row: which row, why, and which figures it was left out of. */
export interface RowIssue {
  rowNumber: number;
  /** The row's day when known, so problems can be listed with the month they belong to. */
  day: number | null;
  code: IssueCode;
  field?: FieldKey;
  /** The other field of a comparison (answered > offered). */
  other?: FieldKey;
  /** The earlier row of a duplicate. */
  otherRow?: number;
  value?: string;
  /** The end of a multi-day period. */
  toDay?: number;
  /** The fields this problem removed from the figures; "row" when the whole row is excluded. */
  excluded: SumField[] | "row";
}

/** One activity row in the sums layout: a source row, or the contact records of one queue-interval. */
export interface ActivityRow {
  /** The source row (first record, for aggregated records). */
  rowNumber: number;
  /** Source rows this row stands for (1, or the records aggregated into it). */
  records: number;
  day: number;
  /** Start of the interval in minutes since midnight; null for daily rows. */
  minute: number | null;
  queue: string;
  /** Usable values only: a field that is absent, empty or bad is missing here. */
  v: Partial<Record<SumField, number>>;
}

/**
 * Contact records of one agent on one day (input.md §2): the same sums as a queue's, over the records that
 * agent answered. Abandoned and IVR-only records have no agent and are not here (they are in the rows).
 */
export interface AgentDayRow {
  agent: string;
  day: number;
  /** Usable values only, as in ActivityRow: a figure a bad cell spoiled is missing. */
  v: Partial<Record<SumField, number>>;
  /** Σ hold of answered records, when hold is read (talk + hold + ACW); missing when a hold cell was bad. */
  holdSec?: number;
}

/** A sentence of the description: a message code and its parameters (any language can be made of it). */
export interface Note {
  code: InputMessageCode;
  params: MessageParams;
}

export interface ColumnUse {
  column: number;
  header: string;
  field: FieldKey;
}

export interface ReadDescription {
  shape: Shape;
  /** Each used column and what it was read as. */
  columns: ColumnUse[];
  /** Every conversion made (averages to totals, percent scales, date order, decimal comma…). */
  conversions: Note[];
  /** Columns not used, each with its reason. */
  ignored: { column: number; header: string; reason: Note }[];
  titleRows: number;
  /** Contact records that never reached a queue, counted apart. */
  ivrOnly: number;
  dateOrder?: DateOrder;
  /** Contact records: the booking interval; aggregates: null (the data's own). */
  intervalMinutes: number | null;
  /** Satisfaction scale detected from ratings, e.g. "1–5". */
  ratingScale?: string;
}

export interface ActivityRead {
  shape: Shape;
  rows: ActivityRow[];
  problems: RowIssue[];
  /** Data rows in the table (records for contact records), blank ones included. */
  rowsRead: number;
  blankRows: number;
  /** Fields the rows carry values for (measured), plus date/interval/queue when present. */
  columns: Set<FieldKey>;
  intervalRows: boolean;
  mapping: ColumnMapping;
  description: ReadDescription;
  /** Contact records with an agent column: per agent and day; empty otherwise. */
  agents: AgentDayRow[];
}
