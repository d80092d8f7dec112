/**
 * The forecast sheet's words, read from the message catalogue (src/i18n/messages/<lang>/forecast.json) into
 * the shape the sheet builder uses. Glossary terms: 预测, 回测, 日内分布, 节假日/特殊日, 季节性朴素法（上周同期）.
 */
import { translator, type Lang } from "../i18n";
import type { MethodId, SpecialDayKind } from "./types";

export type ForecastLang = Lang;

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
  withChoice: (method: string, how: string) => string;
  queueNote: (queue: string, note: string) => string;
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

function labelsFor(lang: Lang): ForecastLabels {
  const t = translator(lang);
  return {
    sheetName: (month) => t("forecast.sheetName", { month }),
    title: (from, to, weeks) => t("forecast.title", { from, to, weeks }),
    methodNote: (method, intervalMin, historyFrom, historyTo) =>
      t("forecast.methodNote", { method, intervalMin, historyFrom, historyTo }),
    methodName: (id, k) =>
      ({
        naive: () => t("forecast.methodNaive"),
        average: () => t("forecast.methodAverage", { k: k ?? "k" }),
        holtwinters: () => t("forecast.methodHoltWinters"),
        doubleseasonal: () => t("forecast.methodDoubleSeasonal"),
      })[id](),
    chosenBy: (origins) => t("forecast.chosenBy", { origins }),
    withChoice: (method, how) => t("forecast.methodWithChoice", { method, how }),
    queueNote: (queue, note) => t("forecast.queueNote", { queue, note }),
    chosenFixed: t("forecast.chosenFixed"),
    date: t("forecast.date"),
    interval: t("forecast.interval"),
    queue: t("forecast.queue"),
    forecastCalls: t("forecast.forecastCalls"),
    forecastAht: t("forecast.forecastAht"),
    dailyTotals: t("forecast.dailyTotals"),
    actual: t("forecast.actual"),
    forecast: t("forecast.forecast"),
    total: t("forecast.total"),
    weeklyTotals: t("forecast.weeklyTotals"),
    weekFrom: t("forecast.weekFrom"),
    backtest: t("forecast.backtest"),
    backtestNote: (horizonDays) => t("forecast.backtestNote", { horizonDays }),
    method: t("forecast.method"),
    wape: t("forecast.wape"),
    bias: t("forecast.bias"),
    origins: t("forecast.origins"),
    ratioToNaive: t("forecast.ratioToNaive"),
    chosen: t("forecast.chosen"),
    chosenMark: "✓",
    specialDays: t("forecast.specialDays"),
    kind: t("forecast.kind"),
    note: t("forecast.note"),
    basis: t("forecast.basis"),
    kindName: {
      closed: t("forecast.kindClosed"),
      holiday: t("forecast.kindHoliday"),
      workday: t("forecast.kindWorkday"),
    },
    basisLastYear: (date, factor) => t("forecast.basisLastYear", { share: pct(factor), date }),
    basisFactor: (factor, assumed) =>
      t(assumed ? "forecast.basisFactorAssumed" : "forecast.basisFactorGiven", {
        share: pct(factor),
      }),
    basisWorkday: t("forecast.basisWorkday"),
    basisClosed: t("forecast.basisClosed"),
    leftOut: (count) => t("forecast.leftOut", { count }),
    chartTitle: t("forecast.chartTitle"),
    noBacktest: t("forecast.noBacktest"),
  };
}

export const FORECAST_LABELS: Record<ForecastLang, ForecastLabels> = {
  en: labelsFor("en"),
  "zh-CN": labelsFor("zh-CN"),
};
