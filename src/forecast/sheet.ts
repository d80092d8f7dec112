/**
 * The forecast as a sheet of the workbook model: forecast contacts and AHT per interval and queue (the table a
 * staffing plan reads), daily totals with the last four weeks of history beside them, weekly totals, a chart
 * of history and forecast, each queue's backtest table, and the special days of the horizon with how each
 * was forecast.
 */
import type { Block, CellStyle, ChartSpec, ModelCell, SheetModel } from "../workbook";
import type { ForecastSource } from "../plan";
import { dayIso, weekdayOf } from "./grid";
import type { ForecastResult } from "./forecast";
import { FORECAST_LABELS, type ForecastLang, type ForecastLabels } from "./labels";

export interface QueueForecast {
  queue: string;
  result: ForecastResult;
  /** AHT in seconds used where the history had no handle time (and for slots with no forecast volume). */
  fallbackAhtSec?: number;
}

const EXCEL_1970 = 25569;
const HISTORY_DAYS_SHOWN = 28;
const HEADER: CellStyle = {
  bold: true,
  borderBottom: true,
  fill: "DDEBF7",
  wrap: true,
  vAlign: "middle",
};
const SECTION: CellStyle = { bold: true, fontSize: 12 };
const NOTE: CellStyle = { italic: true, fontColor: "595959" };

const cell = (value: ModelCell["value"], style?: CellStyle): ModelCell =>
  style ? { value, style } : { value };
const dateCell = (day: number): ModelCell => cell(day + EXCEL_1970, { numFmt: "yyyy-mm-dd" });

function dayTotal(values: Float64Array, S: number, d: number): number {
  let sum = 0;
  for (let s = 0; s < S; s++) {
    const v = values[d * S + s];
    if (!Number.isNaN(v)) sum += v;
  }
  return sum;
}

export function methodLabel(r: ForecastResult, l: ForecastLabels): string {
  const chosen = r.backtest.find((b) => b.chosen);
  const name = l.methodName(r.method, r.variant);
  return chosen ? l.withChoice(name, l.chosenBy(chosen.origins)) : name;
}

/** AHT per slot: forecast handle seconds / forecast contacts, else the queue's average, else the fallback. */
export function ahtPerSlot(q: QueueForecast): Float64Array {
  const { values, handleSec } = q.result;
  const out = new Float64Array(values.length);
  let hsSum = 0;
  let vSum = 0;
  if (handleSec)
    for (let i = 0; i < values.length; i++) ((hsSum += handleSec[i]), (vSum += values[i]));
  const average = vSum > 0 ? hsSum / vSum : (q.fallbackAhtSec ?? NaN);
  for (let i = 0; i < values.length; i++)
    out[i] = handleSec && values[i] > 0 ? handleSec[i] / values[i] : average;
  return out;
}

export function buildForecastSheet(
  queues: QueueForecast[],
  lang: ForecastLang
): { sheet: SheetModel; source: ForecastSource } {
  const l = FORECAST_LABELS[lang];
  const first = queues[0].result;
  const S = first.slotsPerDay;
  const days = first.days;
  const lastDay = first.firstDay + days - 1;
  const historyFrom = dayIso(first.history.firstDay);
  const historyTo = dayIso(first.firstDay - 1);
  const blocks: Block[] = [];

  const noteRows = queues.map((q) => {
    const note = l.methodNote(
      methodLabel(q.result, l),
      q.result.intervalMin,
      historyFrom,
      historyTo
    );
    return [cell(queues.length > 1 ? l.queueNote(q.queue, note) : note, NOTE)];
  });
  blocks.push({
    id: "title",
    row: 0,
    col: 0,
    cells: [
      [
        cell(l.title(dayIso(first.firstDay), dayIso(lastDay), Math.ceil(days / 7)), {
          bold: true,
          fontSize: 14,
        }),
      ],
      ...noteRows,
    ],
  });

  // The interval table: one row per day, interval and queue.
  const headerRow = 2 + queues.length;
  const rows: ModelCell[][] = [
    [l.date, l.interval, l.queue, l.forecastCalls, l.forecastAht].map((h) => cell(h, HEADER)),
  ];
  const ahts = queues.map(ahtPerSlot);
  const dateValues: unknown[] = [];
  for (let d = 0; d < days; d++) {
    for (let s = 0; s < S; s++) {
      const minuteOfDay = first.firstSlotMinute + s * first.intervalMin;
      queues.forEach((q, qi) => {
        const v = q.result.values[d * S + s];
        const aht = ahts[qi][d * S + s];
        dateValues.push(first.firstDay + d + EXCEL_1970);
        rows.push([
          dateCell(first.firstDay + d),
          cell(minuteOfDay / 1440, { numFmt: "hh:mm" }),
          cell(q.queue),
          cell(Math.round(v * 10) / 10, { numFmt: "#,##0.0" }),
          cell(Number.isFinite(aht) ? Math.round(aht * 10) / 10 : null, { numFmt: "0.0" }),
        ]);
      });
    }
  }
  blocks.push({ id: "forecast", row: headerRow, col: 0, cells: rows });

  // Daily totals: the last weeks of history (actual) and the horizon (forecast, by queue).
  const dailyCol = 6;
  const hist = queues.map((q) => q.result.history);
  const shownFrom = Math.max(0, hist[0].days - HISTORY_DAYS_SHOWN);
  const daily: ModelCell[][] = [
    [cell(l.dailyTotals, SECTION)],
    [l.date, l.actual, l.forecast, ...queues.map((q) => q.queue)].map((h) => cell(h, HEADER)),
  ];
  for (let d = shownFrom; d < hist[0].days; d++) {
    const actual = hist.reduce((sum, g) => sum + dayTotal(g.values, g.slotsPerDay, d), 0);
    daily.push([
      dateCell(hist[0].firstDay + d),
      cell(Math.round(actual), { numFmt: "#,##0" }),
      cell(null),
      ...queues.map(() => cell(null)),
    ]);
  }
  const perQueueDay = queues.map((q) =>
    Array.from({ length: days }, (_, d) => dayTotal(q.result.values, S, d))
  );
  for (let d = 0; d < days; d++) {
    const total = perQueueDay.reduce((sum, qd) => sum + qd[d], 0);
    daily.push([
      dateCell(first.firstDay + d),
      cell(null),
      cell(Math.round(total), { numFmt: "#,##0" }),
      ...perQueueDay.map((qd) => cell(Math.round(qd[d]), { numFmt: "#,##0" })),
    ]);
  }
  for (const r of daily) while (r.length < 3 + queues.length) r.push(cell(null));
  blocks.push({ id: "daily", row: headerRow, col: dailyCol, cells: daily });
  const dailyRows = daily.length - 2;

  const sideCol = dailyCol + 3 + queues.length + 1;
  const chart: ChartSpec = {
    id: "history-forecast",
    kind: "line",
    title: l.chartTitle,
    categories: { row: headerRow + 2, col: dailyCol, rows: dailyRows, cols: 1 },
    series: [
      {
        name: l.actual,
        values: { row: headerRow + 2, col: dailyCol + 1, rows: dailyRows, cols: 1 },
        color: "7F7F7F",
      },
      {
        name: l.forecast,
        values: { row: headerRow + 2, col: dailyCol + 2, rows: dailyRows, cols: 1 },
        color: "2F5597",
      },
    ],
    anchor: { row: headerRow, col: sideCol, widthPx: 640, heightPx: 300 },
    valueAxisFormat: "#,##0",
  };

  // Weekly totals, Monday-based weeks clipped to the horizon.
  let row = headerRow + 17;
  const weekly: ModelCell[][] = [
    [cell(l.weeklyTotals, SECTION)],
    [l.weekFrom, l.total, ...queues.map((q) => q.queue)].map((h) => cell(h, HEADER)),
  ];
  for (let d = 0; d < days;) {
    const start = d;
    do d++;
    while (d < days && weekdayOf(first.firstDay + d) !== 0);
    const sums = perQueueDay.map((qd) => qd.slice(start, d).reduce((a, b) => a + b, 0));
    weekly.push([
      dateCell(first.firstDay + start),
      cell(Math.round(sums.reduce((a, b) => a + b, 0)), { numFmt: "#,##0" }),
      ...sums.map((x) => cell(Math.round(x), { numFmt: "#,##0" })),
    ]);
  }
  for (const r of weekly) while (r.length < 2 + queues.length) r.push(cell(null));
  blocks.push({ id: "weekly", row, col: sideCol, cells: weekly });
  row += weekly.length + 1;

  // Backtest, one table for all queues.
  const btWidth = 7;
  const bt: ModelCell[][] = [[cell(l.backtest, SECTION)]];
  const horizon = first.days;
  bt.push([cell(l.backtestNote(Math.min(horizon, 371)), NOTE)]);
  bt.push(
    [l.queue, l.method, l.wape, l.bias, l.origins, l.ratioToNaive, l.chosen].map((h) =>
      cell(h, HEADER)
    )
  );
  for (const q of queues) {
    if (q.result.backtest.length === 0) bt.push([cell(q.queue), cell(l.noBacktest, NOTE)]);
    for (const r of q.result.backtest)
      bt.push([
        cell(q.queue),
        cell(l.methodName(r.method, r.variant)),
        cell(r.wape, { numFmt: "0.0%" }),
        cell(r.bias, { numFmt: "+0.0%;-0.0%;0.0%" }),
        cell(r.origins),
        cell(Number.isFinite(r.ratioToNaive) ? r.ratioToNaive : null, { numFmt: "0.00" }),
        cell(
          r.chosen ? l.chosenMark : "",
          r.chosen ? { bold: true, fontColor: "006100" } : undefined
        ),
      ]);
  }
  for (const r of bt) while (r.length < btWidth) r.push(cell(null));
  blocks.push({ id: "backtest", row, col: sideCol, cells: bt });
  row += bt.length + 1;

  // Special days of the horizon (the first queue's view: the table is shared by all queues).
  const special: ModelCell[][] = [[cell(l.specialDays, SECTION)]];
  special.push([l.date, l.kind, l.note, l.basis].map((h) => cell(h, HEADER)));
  for (const s of first.horizonSpecial) {
    const basis =
      s.kind === "closed"
        ? l.basisClosed
        : s.kind === "workday"
          ? l.basisWorkday
          : s.basis?.kind === "lastYear"
            ? l.basisLastYear(dayIso(s.basis.fromDay), s.basis.factor)
            : l.basisFactor(s.basis?.factor ?? 0, s.basis?.kind === "factor" && s.basis.assumed);
    special.push([dateCell(s.day), cell(l.kindName[s.kind]), cell(s.note ?? ""), cell(basis)]);
  }
  special.push([cell(l.leftOut(first.excluded.length), NOTE)]);
  for (const r of special) while (r.length < 4) r.push(cell(null));
  blocks.push({ id: "special", row, col: sideCol, cells: special });

  const sheet: SheetModel = {
    name: l.sheetName(dayIso(first.firstDay).slice(0, 7)),
    columnWidths: [
      12,
      9,
      18,
      12,
      12,
      3,
      12,
      10,
      10,
      ...queues.map(() => 14),
      3,
      16,
      38,
      10,
      10,
      10,
      12,
      8,
    ],
    freeze: { rows: headerRow + 1, cols: 0 },
    blocks,
    charts: [chart],
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: { first: headerRow, last: headerRow },
    },
    showGridLines: true,
  };
  const source: ForecastSource = {
    sheetName: sheet.name,
    firstRowNumber: headerRow + 2,
    rowCount: rows.length - 1,
    columns: { date: 0, interval: 1, calls: 3, ahtSec: 4 },
    dateValues,
  };
  return { sheet, source };
}
