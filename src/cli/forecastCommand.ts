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
  ForecastInputError,
  type MethodChoice,
  type SpecialDay,
} from "../forecast";
import { readHistoryTable, type QueueHistory } from "../forecast/historyTable";
import { buildForecastSheet, methodLabel, type QueueForecast } from "../forecast/sheet";
import { FORECAST_LABELS } from "../forecast/labels";
import { buildStaffingPlan, type PlanTargets } from "../plan";
import { specialDaysFromTable } from "../forecast/fromTable";
import type { DateOrder } from "../input";
import { writeWorkbookXlsx } from "../xlsx/writeXlsxFile";
import { parseArgs, UsageError, type OptionSpec } from "./args";
import type { CliIo } from "./io";
import { freeName } from "./reportCommand";
import { historySpecialDays, sampleHistoryRows, HISTORY_FILE } from "./sample/history";
import { loadTable } from "./tables";
import { t, type Lang, type MessageKey, type MessageParams } from "../i18n";

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

/** The command's --help text in a language (cli.forecastUsage). */
export const FORECAST_USAGE = (lang: Lang): string =>
  t(lang, "cli.forecastUsage", { history: HISTORY_FILE, methods: METHOD_IDS.join("|") });

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

/** The special days: China's calendar ("cn"), or a table read as the taskpane reads one (one rule). */
async function readSpecialDays(
  io: CliIo,
  arg: string,
  firstDay: number,
  lastDay: number,
  lang: Lang,
  dateOrder: DateOrder | undefined
): Promise<SpecialDay[]> {
  if (arg.toLowerCase() === "cn") return chinaSpecialDays(firstDay, lastDay, lang);
  const table = await loadTable(io, arg);
  try {
    return specialDaysFromTable(table, dateOrder);
  } catch (error) {
    // The same rows, said with the file they are in.
    if (error instanceof ForecastInputError && error.key === "forecast.errorSpecialDayRows")
      throw new UsageError({
        key: "cli.forecastSpecialDayRows",
        params: { file: arg, count: error.params?.count ?? 0, rows: error.params?.rows ?? "" },
      });
    throw error;
  }
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
  const lang = (opt("lang") ?? "en") as Lang;
  const say = (key: MessageKey, params?: MessageParams) => t(lang, key, params);
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
    io.stderr(`${say("cli.forecastNoInput", { file: HISTORY_FILE })}\n`);
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
    const counts = { rows: read.rowsRead, queues: queues.length };
    const lines = [
      say(read.contactRecords ? "cli.forecastReadRecords" : "cli.forecastRead", counts),
      read.rowsWithoutCount
        ? say("cli.forecastRowsWithoutCount", { count: read.rowsWithoutCount })
        : "",
      read.handleWithoutOutcome ? say("cli.forecastHandleWithoutOutcome") : "",
    ];
    // Sentences join with a space in English and with nothing in Chinese (its full stop is full-width).
    io.stderr(`${lines.filter(Boolean).join(lang === "en" ? " " : "")}\n`);
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
      lang,
      opt("date-order") as DateOrder | undefined
    );
  else if (positional.length === 0) specialDays = historySpecialDays(lang);
  else io.stderr(`${say("cli.forecastNoSpecialDays")}\n`);

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
  if (target !== output) io.stderr(`${say("cli.leftUntouched", { file: output, target })}\n`);
  await io.writeFile(target, await writeWorkbookXlsx({ lang, sheets }), Boolean(options.force));
  for (const f of forecasts) {
    const chosen = f.result.backtest.find((b) => b.chosen);
    const naive = f.result.backtest.find((b) => b.method === "naive");
    const queue = f.queue || say("cli.forecastWholeHistory");
    const method = methodLabel(f.result, FORECAST_LABELS[lang]);
    io.stdout(
      `${
        chosen && naive
          ? say("cli.forecastQueueBacktest", {
              queue,
              method,
              days: horizonDays,
              wape: (chosen.wape * 100).toFixed(1),
              naive: (naive.wape * 100).toFixed(1),
            })
          : say("cli.forecastQueueMethod", { queue, method })
      }\n`
    );
  }
  const names = sheets.map((s) => say("cli.quoted", { text: s.name }));
  io.stdout(`${say("cli.forecastWrote", { file: target, count: sheets.length, sheets: names })}\n`);
  return 0;
}
