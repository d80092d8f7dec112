/** The forecasting core (forecast.md): pure, no Office, no DOM. */
export * from "./types";
export {
  buildGrid,
  inferIntervalMin,
  weekdayOf,
  dayIso,
  type Grid,
  type HistoryPoint,
} from "./grid";
export {
  forecastSeries,
  MAX_HORIZON_DAYS,
  DEFAULT_HOLIDAY_FACTOR,
  type ForecastRequest,
  type ForecastResult,
} from "./forecast";
export { type BacktestRow } from "./backtest";
export { chinaSpecialDays, chinaCalendarSources, CN_CALENDAR_CHECKED } from "./calendarCN";
export { parseSpecialDayKind, specialDaysFromRows } from "./specialDays";
export type { HolidayBasis } from "./holidays";
