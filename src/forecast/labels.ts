/**
 * The forecast's words in English and Simplified Chinese (glossary terms: 预测, 回测, 日内分布, 节假日/特殊日,
 * 季节性朴素法（上周同期）). Kept in one file so they move into the message catalogue in one piece.
 */
import type { MethodId, SpecialDayKind } from "./types";

export type ForecastLang = "en" | "zh-CN";

export interface ForecastLabels {
  sheetName: (month: string) => string;
  title: (from: string, to: string, weeks: number) => string;
  methodNote: (
    method: string,
    intervalMin: number,
    historyFrom: string,
    historyTo: string
  ) => string;
  methodName: (id: MethodId, k?: number) => string;
  chosenBy: (origins: number) => string;
  chosenFixed: string;
  date: string;
  interval: string;
  queue: string;
  forecastCalls: string;
  forecastAht: string;
  dailyTotals: string;
  actual: string;
  forecast: string;
  total: string;
  weeklyTotals: string;
  weekFrom: string;
  backtest: string;
  backtestNote: (horizonDays: number) => string;
  method: string;
  wape: string;
  bias: string;
  origins: string;
  ratioToNaive: string;
  chosen: string;
  chosenMark: string;
  specialDays: string;
  kind: string;
  note: string;
  basis: string;
  kindName: Record<SpecialDayKind, string>;
  basisLastYear: (fromIso: string, factor: number) => string;
  basisFactor: (factor: number, assumed: boolean) => string;
  basisWorkday: string;
  basisClosed: string;
  leftOut: (n: number) => string;
  chartTitle: string;
  noBacktest: string;
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

export const FORECAST_LABELS: Record<ForecastLang, ForecastLabels> = {
  en: {
    sheetName: (month) => `Forecast ${month}`,
    title: (from, to, weeks) =>
      `Contact forecast, ${from} to ${to} (${weeks} week${weeks === 1 ? "" : "s"})`,
    methodNote: (method, iv, hf, ht) =>
      `Method: ${method}. Interval ${iv} minutes, inferred from the history (${hf} to ${ht}); intervals that never had a contact stay at zero. AHT = forecast handle seconds / forecast contacts.`,
    methodName: (id, k) =>
      ({
        naive: "Seasonal naive (same slot last week)",
        average: `Recent-weeks average (median of ${k ?? "k"} weeks)`,
        holtwinters: "Holt-Winters on daily totals × intraday profile",
        doubleseasonal: "Double seasonal Holt-Winters (Taylor)",
      })[id],
    chosenBy: (origins) => `chosen by backtest: lowest WAPE over ${origins} origins`,
    chosenFixed: "chosen by the user",
    date: "Date",
    interval: "Interval",
    queue: "Queue",
    forecastCalls: "Forecast contacts",
    forecastAht: "Forecast AHT (s)",
    dailyTotals: "Daily totals",
    actual: "Actual",
    forecast: "Forecast",
    total: "Total",
    weeklyTotals: "Weekly totals",
    weekFrom: "Week from",
    backtest: "Backtest",
    backtestNote: (h) =>
      `Each method fitted before each origin and scored ${h} days ahead. WAPE = Σ|forecast − actual| / Σ actual; bias = Σ(forecast − actual) / Σ actual; ratio below 1 beats last week's copy.`,
    method: "Method",
    wape: "WAPE",
    bias: "Bias",
    origins: "Origins",
    ratioToNaive: "Ratio to seasonal naive",
    chosen: "Used",
    chosenMark: "✓",
    specialDays: "Special days in the horizon",
    kind: "Kind",
    note: "Note",
    basis: "Forecast as",
    kindName: { closed: "Closed", holiday: "Holiday", workday: "Make-up workday" },
    basisLastYear: (iso, f) => `${pct(f)} of an average day, as on ${iso}`,
    basisFactor: (f, assumed) =>
      assumed
        ? `${pct(f)} of an average day (default: no same holiday last year; give a factor in the special-days table)`
        : `${pct(f)} of an average day (factor from the special-days table)`,
    basisWorkday: "average of Monday to Friday",
    basisClosed: "zero",
    leftOut: (n) => `${n} special day${n === 1 ? "" : "s"} of the history left out of the fit.`,
    chartTitle: "Contacts per day: history and forecast",
    noBacktest: "History too short for a backtest: the recent-weeks average was used.",
  },
  "zh-CN": {
    sheetName: (month) => `预测 ${month}`,
    title: (from, to, weeks) => `呼入量预测，${from} 至 ${to}（${weeks} 周）`,
    methodNote: (method, iv, hf, ht) =>
      `方法：${method}。时段长度 ${iv} 分钟，由历史数据推断（${hf} 至 ${ht}）；从未有呼入的时段预测为零。平均处理时长 = 预测处理总秒数 ÷ 预测呼入量。`,
    methodName: (id, k) =>
      ({
        naive: "季节性朴素法（上周同期）",
        average: `近几周平均（${k ?? "k"} 周中位数）`,
        holtwinters: "Holt-Winters 日总量 × 日内分布",
        doubleseasonal: "双季节 Holt-Winters（Taylor）",
      })[id],
    chosenBy: (origins) => `由回测选定：${origins} 个起点上 WAPE 最低`,
    chosenFixed: "由用户指定",
    date: "日期",
    interval: "时段",
    queue: "队列",
    forecastCalls: "预测呼入量",
    forecastAht: "预测平均处理时长（秒）",
    dailyTotals: "每日合计",
    actual: "实际",
    forecast: "预测",
    total: "合计",
    weeklyTotals: "每周合计",
    weekFrom: "周起始日",
    backtest: "回测",
    backtestNote: (h) =>
      `每种方法在每个起点之前的数据上拟合，并对之后 ${h} 天评分。WAPE = Σ|预测 − 实际| ÷ Σ实际；偏差 = Σ(预测 − 实际) ÷ Σ实际；比值小于 1 即优于上周同期。`,
    method: "方法",
    wape: "WAPE",
    bias: "偏差",
    origins: "起点数",
    ratioToNaive: "与季节性朴素法之比",
    chosen: "采用",
    chosenMark: "✓",
    specialDays: "预测期内的节假日 / 特殊日",
    kind: "类型",
    note: "备注",
    basis: "预测依据",
    kindName: { closed: "停业", holiday: "节假日", workday: "调休上班" },
    basisLastYear: (iso, f) => `平均日的 ${pct(f)}，参照 ${iso}`,
    basisFactor: (f, assumed) =>
      assumed
        ? `平均日的 ${pct(f)}（默认值：历史中没有去年同一节假日；可在特殊日表中填写系数）`
        : `平均日的 ${pct(f)}（特殊日表中的系数）`,
    basisWorkday: "周一至周五的平均",
    basisClosed: "零",
    leftOut: (n) => `历史中的 ${n} 个特殊日未参与拟合。`,
    chartTitle: "每日呼入量：历史与预测",
    noBacktest: "历史数据不足以回测：采用近几周平均。",
  },
};
