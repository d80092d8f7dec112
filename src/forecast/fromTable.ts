/**
 * A history table as read from a sheet → the forecast sheet, per queue: what the taskpane's Build forecast
 * does, kept pure so it is tested in Node. Returns the sheet, where its forecast table sits (for the staffing
 * plan), and the history's span (for a special-days table covering it and the horizon).
 */
import type { DateOrder, DecimalMark } from "../input";
import type { SheetModel } from "../workbook";
import type { ForecastSource } from "../plan";
import { forecastSeries } from "./forecast";
import { readHistoryTable, type HistoryColumns } from "./historyTable";
import { buildForecastSheet, type QueueForecast } from "./sheet";
import { specialDaysFromRows } from "./specialDays";
import type { ForecastLang } from "./labels";
import type { MethodChoice, SpecialDay } from "./types";

export interface TableForecastOptions {
  weeks: number;
  method: MethodChoice;
  columns: HistoryColumns;
  specialDays?: SpecialDay[];
  fallbackAhtSec?: number;
  lang: ForecastLang;
  /** Order of slash dates the history cannot decide itself (taskpane: Date order). */
  dateOrder?: DateOrder;
}

export interface TableForecast {
  sheet: SheetModel;
  source: ForecastSource;
  queues: QueueForecast[];
  intervalMin: number;
}

export function forecastFromTable(
  table: { headers: unknown[]; rows: unknown[][]; firstRowNumber: number },
  options: TableForecastOptions
): TableForecast {
  const read = readHistoryTable(table, {
    columns: options.columns,
    dateOrder: options.dateOrder,
  });
  const queues: QueueForecast[] = read.queues.map((q) => ({
    queue: q.queue,
    result: forecastSeries({
      history: q.offered,
      handleSeconds: q.handleSec,
      horizonDays: options.weeks * 7,
      method: options.method,
      specialDays: options.specialDays,
    }),
    fallbackAhtSec: options.fallbackAhtSec,
  }));
  const { sheet, source } = buildForecastSheet(queues, options.lang);
  return { sheet, source, queues, intervalMin: queues[0].result.intervalMin };
}

/** A special-days table read from a sheet (first row its header). */
export function specialDaysFromTable(
  table: { headers?: unknown[]; rows: unknown[][]; firstRowNumber: number; decimal?: DecimalMark },
  dateOrder?: DateOrder
): SpecialDay[] {
  return specialDaysFromRows(table.rows, table.firstRowNumber, {
    decimal: table.decimal,
    dateOrder,
    header: String(table.headers?.[0] ?? ""),
  });
}

/** The first and last day of a history table (for a calendar covering it). */
export function historySpan(
  table: { headers: unknown[]; rows: unknown[][]; firstRowNumber: number },
  columns: HistoryColumns,
  dateOrder?: DateOrder
): { firstDay: number; lastDay: number } {
  const read = readHistoryTable(table, { columns, dateOrder });
  let first = Infinity;
  let last = -Infinity;
  for (const q of read.queues)
    for (const p of q.offered) {
      if (p.minute < first) first = p.minute;
      if (p.minute > last) last = p.minute;
    }
  return { firstDay: Math.floor(first / 1440), lastDay: Math.floor(last / 1440) };
}
