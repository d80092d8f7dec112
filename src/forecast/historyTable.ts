/**
 * A history table (as read from a .csv, an .xlsx or a sheet) into one series per queue: interval start (one
 * date-time column, or a date and an interval column), contacts offered, optionally handle seconds and a
 * queue. A table without a count column is contact records, one row per contact: they are counted into
 * intervals first. Every row is used or reported; none is dropped in silence.
 */
import {
  decideDateOrder,
  headerKey,
  InputError,
  matchHeaders,
  orderToAsk,
  ACTIVITY_FIELDS,
  readActivity,
  readDateTime,
  readNumber,
  readTimeOfDay,
  type DateOrder,
  type DecimalMark,
  type IntervalChoice,
  type OrderToAsk,
} from "../input";
import type { FieldInfo } from "../report";
import type { HistoryPoint } from "./grid";
import { ForecastInputError, MINUTES_PER_DAY } from "./types";

export interface HistoryColumns {
  time?: number;
  date?: number;
  interval?: number;
  offered?: number;
  handleSec?: number;
  queue?: number;
}

export interface QueueHistory {
  queue: string;
  offered: HistoryPoint[];
  handleSec?: HistoryPoint[];
}

export interface HistoryRead {
  queues: QueueHistory[];
  columns: HistoryColumns;
  /** Rows that were contact records (one contact each) rather than counts. */
  contactRecords: boolean;
  rowsRead: number;
  /** Rows with a time but no count: missing intervals, not zeros. */
  rowsWithoutCount: number;
  /**
   * Contact records with a handle column but nothing saying which were answered (outcome): handle time counts
   * answered records only, so no AHT comes from them (the caller says so; --aht gives one).
   */
  handleWithoutOutcome?: boolean;
}

const WORDS: Record<keyof HistoryColumns, string[]> = {
  time: [
    "interval start",
    "interval start time",
    "start",
    "start time",
    "datetime",
    "date time",
    "timestamp",
    "时段开始",
    "开始时间",
    "时间",
  ],
  date: ["date", "day", "日期"],
  interval: ["interval", "time", "time of day", "时段"],
  offered: [
    "offered",
    "calls",
    "calls offered",
    "contacts",
    "volume",
    "呼入量",
    "来电量",
    "offered calls",
  ],
  handleSec: [
    "handle seconds",
    "total handle time",
    "total handle seconds",
    "handle time (s)",
    "handle sec",
    "处理总时长",
    "处理总秒数",
    "通话处理秒数",
  ],
  queue: ["queue", "skill", "队列", "技能组", "queue name"],
};

const LABELS: Record<keyof HistoryColumns, { en: string; "zh-CN": string }> = {
  time: { en: "Interval start", "zh-CN": "时段开始" },
  date: { en: "Date", "zh-CN": "日期" },
  interval: { en: "Interval", "zh-CN": "时段" },
  offered: { en: "Offered", "zh-CN": "呼入量" },
  handleSec: { en: "Handle seconds", "zh-CN": "处理总秒数" },
  queue: { en: "Queue", "zh-CN": "队列" },
};

/** The history's columns for the taskpane's column list (labels in both languages, header words as aliases). */
export const HISTORY_FIELDS: FieldInfo<keyof HistoryColumns>[] = (
  Object.keys(WORDS) as (keyof HistoryColumns)[]
).map((key) => ({
  key,
  required: false,
  label: LABELS[key],
  aliases: [key, LABELS[key].en, LABELS[key]["zh-CN"], ...WORDS[key]],
}));

/** Columns by header words (the reader's matching: case, plurals, word order, units and synonyms folded), then
 * the user's overrides (header names). "Time" beside "Date" is the interval column, as before. */
export function detectHistoryColumns(
  headers: unknown[],
  overrides: Partial<Record<keyof HistoryColumns, string>> = {}
): HistoryColumns {
  const match = matchHeaders(headers, HISTORY_FIELDS);
  const cols: HistoryColumns = { ...match.mapping };
  for (const a of match.ambiguous) {
    const free = (k: keyof HistoryColumns) => cols[k] === undefined;
    if (a.fields.includes("interval") && a.fields.includes("time") && free("interval"))
      cols.interval = a.column;
  }
  for (const key of Object.keys(WORDS) as (keyof HistoryColumns)[]) {
    const wanted = overrides[key];
    if (wanted === undefined) continue;
    const exact = headers.findIndex((h) => String(h ?? "").trim() === wanted.trim());
    const i = exact >= 0 ? exact : headers.findIndex((h) => headerKey(h) === headerKey(wanted));
    if (i < 0)
      throw new ForecastInputError(key, {
        key: "forecast.errorNoColumn",
        params: { header: wanted, headers: headers.map(String).join(", ") },
      });
    for (const other of Object.keys(cols) as (keyof HistoryColumns)[])
      if (cols[other] === i && other !== key) delete cols[other];
    cols[key] = i;
  }
  if (cols.time === undefined && cols.date === undefined)
    throw new ForecastInputError("history", {
      key: "forecast.errorNoTimeColumn",
      params: { headers: headers.map(String).join(", ") },
    });
  return cols;
}

function badRows(
  key: "forecast.errorBadTime" | "forecast.errorBadCallStart" | "forecast.errorBadCount",
  rows: number[]
): ForecastInputError {
  const shown = `${rows.slice(0, 5).join(", ")}${rows.length > 5 ? ", …" : ""}`;
  // The US example is a parameter: a date the user may have typed, not words to translate.
  const params = { count: rows.length, rows: shown, usExample: "10/1/2026 8:30 AM" };
  return new ForecastInputError("history", { key, params });
}

const isBlankCell = (c: unknown) =>
  c === null || c === undefined || (typeof c === "string" && c.trim() === "");

/** The reader's errors (slash dates of undecidable order) as the forecast's, naming the same fix. */
function asForecastError<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof InputError) throw new ForecastInputError(e.field, e);
    throw e;
  }
}

/**
 * Contact records counted into intervals by the reader (src/input), with its definitions: offered = records
 * that reached a queue (IVR-only ones apart), handle seconds = those of answered records. The history's own
 * columns say which column is the call's start and which the queue.
 */
function readContactRecords(
  table: HistoryTable,
  cols: HistoryColumns,
  intervalMin: number | undefined,
  dateOrder: DateOrder | undefined
): { queues: QueueHistory[]; rowsRead: number; handleWithoutOutcome: boolean } {
  const interval = (intervalMin ?? 30) as IntervalChoice;
  if (![15, 30, 60].includes(interval as number))
    throw new ForecastInputError("interval", {
      key: "forecast.errorRecordsInterval",
      params: { interval: String(intervalMin) },
    });
  const mapping = { ...matchHeaders(table.headers, ACTIVITY_FIELDS).mapping };
  for (const k of Object.keys(mapping) as (keyof typeof mapping)[])
    if ([cols.time, cols.date, cols.interval, cols.queue].includes(mapping[k])) delete mapping[k];
  mapping.date = cols.time ?? cols.date;
  if (cols.time === undefined && cols.interval !== undefined) mapping.interval = cols.interval;
  else delete mapping.interval;
  if (cols.queue !== undefined) mapping.queue = cols.queue;
  else delete mapping.queue;
  if (cols.handleSec !== undefined) mapping.handleSec = cols.handleSec;
  const read = asForecastError(() =>
    readActivity(table, { mapping, shape: "records", interval, dateOrder })
  );
  const byQueue = new Map<string, QueueHistory>();
  const outcomeKnown = ["outcome", "answered", "abandoned"].some(
    (f) => read.mapping[f as keyof typeof read.mapping] !== undefined
  );
  const withHandle = read.columns.has("handleSec") && outcomeKnown;
  for (const row of read.rows) {
    const queue = cols.queue !== undefined ? row.queue || "(no queue)" : "";
    let q = byQueue.get(queue);
    if (!q)
      byQueue.set(queue, (q = { queue, offered: [], handleSec: withHandle ? [] : undefined }));
    const minute = row.day * MINUTES_PER_DAY + (row.minute ?? 0);
    q.offered.push({ minute, value: row.v.offered ?? 0 });
    if (q.handleSec && row.v.handleSec !== undefined)
      q.handleSec.push({ minute, value: row.v.handleSec });
  }
  const bad = read.problems.filter((p) => p.excluded === "row" || p.excluded.includes("offered"));
  if (bad.length)
    throw badRows(
      "forecast.errorBadCallStart",
      bad.map((p) => p.rowNumber)
    );
  return {
    queues: [...byQueue.values()],
    rowsRead: read.rowsRead,
    handleWithoutOutcome: cols.handleSec !== undefined && !outcomeKnown,
  };
}

type HistoryTable = {
  headers: unknown[];
  rows: unknown[][];
  firstRowNumber: number;
  decimal?: DecimalMark;
};

/**
 * The columns as they will be read: one of time or date, never both. "Date" beside "Start time" holding only
 * times of day makes the start column the interval; otherwise the date-time column wins over the date.
 */
function historyWhen(table: HistoryTable, columns: HistoryColumns): HistoryColumns {
  const cols = { ...columns };
  if (cols.time === undefined && cols.date === undefined)
    throw new ForecastInputError("history", { key: "forecast.errorChooseTime" });
  if (cols.time !== undefined && cols.date !== undefined) {
    const sample = table.rows.find((r) => !isBlankCell(r[cols.time!]))?.[cols.time];
    const dt = readDateTime(sample, "mdy");
    if (dt === null && readTimeOfDay(sample) !== null && cols.interval === undefined) {
      cols.interval = cols.time;
      delete cols.time;
    } else delete cols.date;
  }
  return cols;
}

/** The slash-date order of the column giving the day (the data's, else `option`; the reader's rule). */
function historyDateOrder(
  table: HistoryTable,
  cols: HistoryColumns,
  option: DateOrder | undefined
): DateOrder | undefined {
  const whenColumn = cols.time ?? cols.date!;
  return decideDateOrder(
    table.rows.map((r) => r[whenColumn]),
    String(table.headers[whenColumn] ?? ""),
    option
  );
}

/**
 * The column and an example when the history's slash dates read both ways and the user must choose the
 * order (taskpane: Date order); undefined when the data decides or the columns cannot be read as mapped.
 */
export function undecidedHistoryDateOrder(
  table: HistoryTable,
  columns: HistoryColumns
): OrderToAsk | undefined {
  return orderToAsk(() => historyDateOrder(table, historyWhen(table, columns), undefined));
}

export function readHistoryTable(
  table: HistoryTable,
  options: {
    overrides?: Partial<Record<keyof HistoryColumns, string>>;
    /** Columns already chosen (the taskpane's mapping): no detection. */
    columns?: HistoryColumns;
    intervalMin?: number;
    /** Order of year-last slash dates (7/25/25), used only when the data cannot decide. */
    dateOrder?: DateOrder;
  } = {}
): HistoryRead {
  const cols = historyWhen(
    table,
    options.columns ?? detectHistoryColumns(table.headers, options.overrides)
  );
  const whenColumn = cols.time ?? cols.date!;
  const dateOrder = asForecastError(() => historyDateOrder(table, cols, options.dateOrder));
  if (cols.offered === undefined) {
    const rec = readContactRecords(table, cols, options.intervalMin, dateOrder);
    return {
      queues: rec.queues,
      columns: cols,
      contactRecords: true,
      rowsRead: rec.rowsRead,
      rowsWithoutCount: 0,
      handleWithoutOutcome: rec.handleWithoutOutcome,
    };
  }
  const decimal = table.decimal ?? ".";
  const byQueue = new Map<string, { offered: Map<number, number>; handle: Map<number, number> }>();
  const badTime: number[] = [];
  const badCount: number[] = [];
  let withoutCount = 0;
  table.rows.forEach((row, i) => {
    const rowNumber = table.firstRowNumber + i;
    if (row.every(isBlankCell)) return;
    let minute: number | null = null;
    const dt = readDateTime(row[whenColumn], dateOrder);
    if (dt && dt !== "needsOrder") {
      if (cols.time !== undefined) minute = dt.day * MINUTES_PER_DAY + (dt.minute ?? 0);
      else {
        const tod = cols.interval !== undefined ? readTimeOfDay(row[cols.interval]) : 0;
        if (tod !== null) minute = dt.day * MINUTES_PER_DAY + (dt.minute ?? tod);
      }
    }
    if (minute === null) {
      badTime.push(rowNumber);
      return;
    }
    const queue =
      cols.queue !== undefined ? String(row[cols.queue] ?? "").trim() || "(no queue)" : "";
    let q = byQueue.get(queue);
    if (!q) byQueue.set(queue, (q = { offered: new Map(), handle: new Map() }));
    const raw = row[cols.offered!];
    if (isBlankCell(raw)) {
      withoutCount++;
      return;
    }
    const count = readNumber(raw, decimal);
    if (typeof count !== "number" || count < 0) {
      badCount.push(rowNumber);
      return;
    }
    q.offered.set(minute, (q.offered.get(minute) ?? 0) + count);
    if (cols.handleSec !== undefined) {
      const hs = readNumber(row[cols.handleSec], decimal);
      if (typeof hs === "number" && hs >= 0) q.handle.set(minute, (q.handle.get(minute) ?? 0) + hs);
    }
  });
  if (badTime.length) throw badRows("forecast.errorBadTime", badTime);
  if (badCount.length) throw badRows("forecast.errorBadCount", badCount);
  const queues: QueueHistory[] = [...byQueue.entries()].map(([queue, q]) => ({
    queue,
    offered: [...q.offered.entries()].map(([minute, value]) => ({ minute, value })),
    handleSec: q.handle.size
      ? [...q.handle.entries()].map(([minute, value]) => ({ minute, value }))
      : undefined,
  }));
  return {
    queues,
    columns: cols,
    contactRecords: false,
    rowsRead: table.rows.length,
    rowsWithoutCount: withoutCount,
  };
}
