/**
 * A history table (as read from a .csv, an .xlsx or a sheet) into one series per queue: interval start (one
 * date-time column, or a date and an interval column), contacts offered, optionally handle seconds and a
 * queue. A table without a count column is contact records, one row per contact: they are counted into
 * intervals first. Every row is used or reported; none is dropped in silence.
 */
import { parseDateCell, parseTimeCell } from "../report/dates";
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
}

const WORDS: Record<keyof HistoryColumns, string[]> = {
  time: [
    "interval start",
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

const norm = (h: unknown) =>
  String(h ?? "")
    .trim()
    .toLowerCase();

/** Columns by header word, then the user's overrides (header names). */
export function detectHistoryColumns(
  headers: unknown[],
  overrides: Partial<Record<keyof HistoryColumns, string>> = {}
): HistoryColumns {
  const names = headers.map(norm);
  const cols: HistoryColumns = {};
  for (const key of Object.keys(WORDS) as (keyof HistoryColumns)[]) {
    const wanted = overrides[key];
    if (wanted !== undefined) {
      const i = names.indexOf(norm(wanted));
      if (i < 0)
        throw new ForecastInputError(
          key,
          `no column "${wanted}" in the history; its headers are: ${headers.map(String).join(", ")}`
        );
      cols[key] = i;
      continue;
    }
    const i = names.findIndex(
      (n, idx) => WORDS[key].includes(n) && !Object.values(cols).includes(idx)
    );
    if (i >= 0) cols[key] = i;
  }
  if (cols.time === undefined && cols.date === undefined)
    throw new ForecastInputError(
      "history",
      `the history needs a date-time column ("Interval start") or a date column ("Date"); its headers are: ${headers.map(String).join(", ")}`
    );
  return cols;
}

function badRows(what: string, rows: number[]): ForecastInputError {
  const shown = rows.slice(0, 5).join(", ");
  return new ForecastInputError(
    "history",
    `${rows.length} row${rows.length === 1 ? "" : "s"} of the history (row ${shown}${rows.length > 5 ? ", …" : ""}) ${what}`
  );
}

export function readHistoryTable(
  table: { headers: unknown[]; rows: unknown[][]; firstRowNumber: number },
  options: {
    overrides?: Partial<Record<keyof HistoryColumns, string>>;
    /** Columns already chosen (the taskpane's mapping): no detection. */
    columns?: HistoryColumns;
    intervalMin?: number;
  } = {}
): HistoryRead {
  const cols = options.columns ?? detectHistoryColumns(table.headers, options.overrides);
  if (cols.time === undefined && cols.date === undefined)
    throw new ForecastInputError(
      "history",
      "choose the history's date-time column (or its date column)"
    );
  const records = cols.offered === undefined;
  const recordInterval = options.intervalMin ?? 30;
  const byQueue = new Map<string, { offered: Map<number, number>; handle: Map<number, number> }>();
  const badTime: number[] = [];
  const badCount: number[] = [];
  let withoutCount = 0;
  table.rows.forEach((row, i) => {
    const rowNumber = table.firstRowNumber + i;
    if (row.every((c) => c === null || c === undefined || c === "")) return;
    let minute: number | null = null;
    if (cols.time !== undefined) {
      const dt = parseDateCell(row[cols.time]);
      if (dt) minute = dt.day * MINUTES_PER_DAY + (dt.minute ?? 0);
    } else {
      const dt = parseDateCell(row[cols.date!]);
      const tod = cols.interval !== undefined ? parseTimeCell(row[cols.interval]) : 0;
      if (dt && tod !== null) minute = dt.day * MINUTES_PER_DAY + (dt.minute ?? tod);
    }
    if (minute === null) {
      badTime.push(rowNumber);
      return;
    }
    const queue =
      cols.queue !== undefined ? String(row[cols.queue] ?? "").trim() || "(no queue)" : "";
    let q = byQueue.get(queue);
    if (!q) byQueue.set(queue, (q = { offered: new Map(), handle: new Map() }));
    let count = 1;
    if (records) minute -= minute % recordInterval;
    else {
      const raw = row[cols.offered!];
      if (raw === null || raw === undefined || raw === "") {
        withoutCount++;
        return;
      }
      count = typeof raw === "number" ? raw : Number(String(raw).replace(/,/g, ""));
      if (!Number.isFinite(count) || count < 0) {
        badCount.push(rowNumber);
        return;
      }
    }
    q.offered.set(minute, (q.offered.get(minute) ?? 0) + count);
    if (cols.handleSec !== undefined) {
      const raw = row[cols.handleSec];
      const hs = typeof raw === "number" ? raw : Number(String(raw ?? "").replace(/,/g, ""));
      if (Number.isFinite(hs) && hs >= 0) q.handle.set(minute, (q.handle.get(minute) ?? 0) + hs);
    }
  });
  if (badTime.length)
    throw badRows(
      "have no readable date or time: give dates as 2026-10-01 08:30 or Excel date-times",
      badTime
    );
  if (badCount.length) throw badRows("have a count that is not a number ≥ 0", badCount);
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
    contactRecords: records,
    rowsRead: table.rows.length,
    rowsWithoutCount: withoutCount,
  };
}
