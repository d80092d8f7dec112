/**
 * The forecasting core's vocabulary. Times are whole minutes since 1970-01-01 00:00 (wall clock, no time
 * zone), days are days since 1970-01-01, so a value never moves to another day with the machine's zone.
 */

import { FieldInputError } from "../i18n";

/**
 * The input cannot be forecast; field names the input, the catalogue message (forecast.error*) says the fix in
 * the user's language wherever it is shown (errorText: the taskpane's Forecast tab, the CLI). Like the report's
 * and the plan's input errors, a FieldInputError; the custom functions show it as #VALUE! with its English
 * `.message` (src/functions/cells.ts).
 */
export class ForecastInputError extends FieldInputError {
  override name = "ForecastInputError";
}

export const MINUTES_PER_DAY = 1440;

/** What a special day is: closed (no contacts), a public holiday, or a weekend day worked as a weekday (调休). */
export type SpecialDayKind = "closed" | "holiday" | "workday";

export interface SpecialDay {
  day: number;
  kind: SpecialDayKind;
  note?: string;
  /** For a holiday with no same holiday in last year's history: its volume as a share of an average day. */
  factor?: number;
}

/** The methods, simplest first: a tie in the backtest goes to the earlier one. */
export const METHOD_IDS = ["naive", "average", "holtwinters", "doubleseasonal"] as const;
export type MethodId = (typeof METHOD_IDS)[number];
export type MethodChoice = MethodId | "auto";
