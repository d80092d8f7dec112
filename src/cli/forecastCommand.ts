/**
 * `service-planner forecast [history] [options]`: history → forecast sheet (and, with --plan, the staffing plan
 * on it) in one .xlsx. With no input, the bundled history (14 months of half-hours, three queues) and the
 * built-in mainland China calendar. An existing output file is never replaced unless --force is given.
 */
import * as path from "path";
import {
  chinaSpecialDays,
  forecastSeries,
  METHOD_IDS,
  parseSpecialDayKind,
  type MethodChoice,
  type SpecialDay,
} from "../forecast";
import { readHistoryTable, type QueueHistory } from "../forecast/historyTable";
import { buildForecastSheet, methodLabel, type QueueForecast } from "../forecast/sheet";
import { FORECAST_LABELS } from "../forecast/labels";
import { buildStaffingPlan, type PlanTargets } from "../plan";
import { parseDateCell } from "../report/dates";
import { writeWorkbookXlsx } from "../xlsx/writeXlsxFile";
import { parseArgs, UsageError, type OptionSpec } from "./args";
import type { CliIo } from "./io";
import { freeName } from "./reportCommand";
import { historySpecialDays, sampleHistoryRows, HISTORY_FILE } from "./sample/history";
import { loadTable } from "./tables";

export const FORECAST_OPTIONS: Record<string, OptionSpec> = {
  weeks: { value: true },
  interval: { value: true },
  "special-days": { value: true },
  method: { value: true, choices: ["auto", ...METHOD_IDS] },
  "queue-column": { value: true },
  "time-column": { value: true },
  "value-column": { value: true },
  "handle-column": { value: true },
  aht: { value: true },
  sheet: { value: true },
  "date-order": { value: true, choices: ["mdy", "dmy"] },
  lang: { value: true, choices: ["en", "zh-CN"] },
  plan: { value: false },
  sl: { value: true },
  "sl-time": { value: true },
  shrinkage: { value: true },
  "max-occupancy": { value: true },
  patience: { value: true },
  "hourly-cost": { value: true },
  output: { value: true, alias: "o" },
  force: { value: false },
};

export const FORECAST_USAGE = `service-planner forecast [history.csv|history.xlsx] [options]

  Forecasts contacts per interval and queue from history, picks the method by backtest on that history, and
  writes the forecast sheet (intervals, daily and weekly totals, chart, backtest table). With --plan, the
  staffing plan sheet is built on the forecast in the same workbook. With no input file: the bundled
  history (${HISTORY_FILE}, 2025-09 to 2026-10, three queues) and mainland China's holiday calendar.

  History columns are found by header: "Interval start" (or "Date" and "Interval"), "Offered", optional
  "Handle seconds" and "Queue". A table without a count column is contact records (one row per contact),
  counted per queue and interval as the report counts them (IVR-only records apart; handle time of answered
  records). Files are read as the report reads them: UTF-8, UTF-16 or GBK; "," or ";" with decimal commas;
  ISO, US (10/1/2026 8:30 PM) or Chinese dates; a title block above the header.

  --weeks N                 weeks to forecast (default 4, at most 53)
  --interval MINUTES        interval length (default: inferred from the history; a multiple of it)
  --special-days FILE|cn    special days: a table (date, kind = closed|holiday|workday, note, factor), or
                            "cn" for the built-in mainland China calendar
  --method auto|${METHOD_IDS.join("|")}
                            forecasting method (default auto: lowest backtest WAPE)
  --queue-column NAME, --time-column NAME, --value-column NAME, --handle-column NAME
                            use these headers instead of the detected ones
  --aht SECONDS             AHT where the history has no handle seconds (needed by --plan then)
  --sheet NAME              the sheet to read in an .xlsx input (default: the first)
  --date-order mdy|dmy      order of slash dates such as 7/5/26, when the dates themselves cannot tell
  --lang en|zh-CN           sheet language (default en)
  --plan                    also build the staffing plan on the forecast:
    --sl 0.8 --sl-time 20   service level target and its answer time in seconds (defaults 0.8, 20)
    --shrinkage 0.3         shrinkage (default 0.3)
    --max-occupancy 0.9     occupancy cap (default none)
    --patience SECONDS      average patience: Erlang A instead of Erlang C
    --hourly-cost N         cost per staff hour
  -o, --output FILE         the .xlsx to write (default forecast-YYYY-MM.xlsx)
  --force                   replace the output file if it exists
`;

function numberOption(
  name: string,
  text: string | undefined,
  min: number,
  max: number,
  fallback?: number
): number | undefined {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new UsageError({
      key: "cli.forecastOptionRange",
      params: { name, min, max, value: text },
    });
  return n;
}

async function readSpecialDays(
  io: CliIo,
  arg: string,
  firstDay: number,
  lastDay: number,
  lang: "en" | "zh-CN"
): Promise<SpecialDay[]> {
  if (arg.toLowerCase() === "cn") return chinaSpecialDays(firstDay, lastDay, lang);
  const table = await loadTable(io, arg);
  const out: SpecialDay[] = [];
  const bad: string[] = [];
  table.rows.forEach((row, i) => {
    if (row.every((c) => c === null || c === undefined || c === "")) return;
    const [date, kindText, note, factor] = row;
    const dt = parseDateCell(date);
    const kind = parseSpecialDayKind(kindText);
    if (!dt || !kind) {
      bad.push(String(table.firstRowNumber + i));
      return;
    }
    const sd: SpecialDay = { day: dt.day, kind };
    if (note !== null && note !== undefined && note !== "") sd.note = String(note);
    if (factor !== null && factor !== undefined && factor !== "") sd.factor = Number(factor);
    out.push(sd);
  });
  if (bad.length)
    throw new UsageError({
      key: "cli.forecastSpecialDayRows",
      params: { file: arg, count: bad.length, rows: bad.slice(0, 5).join(", ") },
    });
  return out;
}

export async function forecastCommand(argv: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(argv, FORECAST_OPTIONS, "forecast");
  if (positional.length > 1)
    throw new UsageError({ key: "cli.forecastOneHistory", params: { files: positional } });
  const opt = (k: string) => options[k] as string | undefined;
  const weeks = numberOption("weeks", opt("weeks"), 1, 53, 4)!;
  if (!Number.isInteger(weeks))
    throw new UsageError({ key: "cli.forecastWholeWeeks", params: { value: opt("weeks")! } });
  const intervalMin = numberOption("interval", opt("interval"), 1, 1440);
  const lang = (opt("lang") ?? "en") as "en" | "zh-CN";
  const method = (opt("method") ?? "auto") as MethodChoice;

  let queues: QueueHistory[];
  if (positional.length === 0) {
    const rows = sampleHistoryRows();
    const names = [...new Set(rows.map((r) => r.queue))];
    queues = names.map((queue) => {
      const mine = rows.filter((r) => r.queue === queue);
      return {
        queue,
        offered: mine.map((r) => ({ minute: r.minute, value: r.offered })),
        handleSec: mine.map((r) => ({ minute: r.minute, value: r.handleSec })),
      };
    });
    io.stderr(
      `No input file: using the bundled history (${HISTORY_FILE}) and mainland China's holiday calendar.\n`
    );
  } else {
    const table = await loadTable(io, positional[0], opt("sheet"));
    const read = readHistoryTable(table, {
      intervalMin,
      dateOrder: opt("date-order") as "mdy" | "dmy" | undefined,
      overrides: {
        queue: opt("queue-column"),
        time: opt("time-column"),
        offered: opt("value-column"),
        handleSec: opt("handle-column"),
      },
    });
    queues = read.queues;
    io.stderr(
      `Read ${read.rowsRead.toLocaleString("en-US")} rows${read.contactRecords ? " of contact records (one contact each), counted into intervals" : ""}; ${queues.length} queue${queues.length === 1 ? "" : "s"}.` +
        (read.rowsWithoutCount
          ? ` ${read.rowsWithoutCount} rows had no count and are treated as missing intervals, not zeros.`
          : "") +
        (read.handleWithoutOutcome
          ? " Handle time counts answered contacts only and these records have no outcome column, so they give no AHT (add an Outcome column, or give --aht)."
          : "") +
        "\n"
    );
  }
  let firstMinute = Infinity;
  let lastMinute = -Infinity;
  for (const q of queues)
    for (const p of q.offered) {
      firstMinute = Math.min(firstMinute, p.minute);
      lastMinute = Math.max(lastMinute, p.minute);
    }
  if (!Number.isFinite(firstMinute))
    throw new UsageError({ key: "cli.forecastNoCounts", params: { file: positional[0] } });
  const lastDay = Math.floor(lastMinute / 1440);
  const firstDay = Math.floor(firstMinute / 1440);
  const horizonDays = weeks * 7;
  let specialDays: SpecialDay[] = [];
  if (opt("special-days"))
    specialDays = await readSpecialDays(
      io,
      opt("special-days")!,
      firstDay,
      lastDay + horizonDays,
      lang
    );
  else if (positional.length === 0) specialDays = historySpecialDays(lang);
  else
    io.stderr(
      `No special days given: holidays in the history count as ordinary days (--special-days cn adds mainland China's calendar).\n`
    );

  const fallbackAhtSec = numberOption("aht", opt("aht"), 1, 36000);
  const forecasts: QueueForecast[] = queues.map((q) => ({
    queue: q.queue,
    result: forecastSeries({
      history: q.offered,
      handleSeconds: q.handleSec,
      horizonDays,
      method,
      specialDays,
      intervalMin,
    }),
    fallbackAhtSec,
  }));
  const { sheet, source } = buildForecastSheet(forecasts, lang);
  const sheets = [sheet];
  if (options.plan) {
    if (!queues.every((q) => q.handleSec) && fallbackAhtSec === undefined)
      throw new UsageError({ key: "cli.forecastPlanNeedsAht" });
    const targets: PlanTargets = {
      serviceLevel: numberOption("sl", opt("sl"), 0.01, 0.999, 0.8)!,
      targetTimeSec: numberOption("sl-time", opt("sl-time"), 1, 3600, 20)!,
      intervalSec: forecasts[0].result.intervalMin * 60,
      shrinkage: numberOption("shrinkage", opt("shrinkage"), 0, 0.95, 0.3)!,
      maxOccupancy: numberOption("max-occupancy", opt("max-occupancy"), 0.1, 1),
      patienceSec: numberOption("patience", opt("patience"), 1, 36000),
      hourlyCost: numberOption("hourly-cost", opt("hourly-cost"), 0, 1e6),
    };
    sheets.push(buildStaffingPlan(source, targets, lang));
  }
  const output = opt("output") ?? `forecast-${sheet.name.slice(-7)}.xlsx`;
  if (path.extname(output).toLowerCase() !== ".xlsx")
    throw new UsageError({ key: "cli.forecastOutputNotXlsx", params: { file: output } });
  const target = options.force ? output : freeName(output, io);
  if (target !== output)
    io.stderr(
      `${output} already exists and was left untouched; writing ${target} instead (--force replaces it).\n`
    );
  await io.writeFile(target, await writeWorkbookXlsx({ lang, sheets }), Boolean(options.force));
  for (const f of forecasts) {
    const chosen = f.result.backtest.find((b) => b.chosen);
    const naive = f.result.backtest.find((b) => b.method === "naive");
    io.stdout(
      `${f.queue || "History"}: ${methodLabel(f.result, FORECAST_LABELS.en)}` +
        (chosen && naive
          ? `; backtest WAPE ${horizonDays} days ahead ${(chosen.wape * 100).toFixed(1)}%, seasonal naive ${(naive.wape * 100).toFixed(1)}%`
          : "") +
        "\n"
    );
  }
  io.stdout(`Wrote ${target} (sheets: ${sheets.map((s) => `"${s.name}"`).join(", ")}).\n`);
  return 0;
}
