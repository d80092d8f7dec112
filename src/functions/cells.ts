import { WfmInputError, WfmNoAnswerError, WfmNumError } from "../engine/errors";
import { FieldInputError } from "../i18n";

/**
 * Excel hands a custom function each argument as a scalar or a 2-D array, with blanks as null or "",
 * omitted optional arguments as null/undefined, and text or booleans wherever a user typed them. This
 * module is the one place those shapes become numbers (or a clear error), and engine errors become
 * Excel errors.
 */

/** What a result cell may hold: "" for blank (null would show as 0), a number, text, or an Excel error. */
export type ResultCell = number | string | CustomFunctions.Error;

/** Marks a blank input cell: blank in, blank out. */
export const BLANK = Symbol("blank");
export type CellIn = number | string | typeof BLANK;

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

/** A numeric cell: a number, or an error naming the argument. */
export function toNumber(name: string, v: unknown): number | typeof BLANK {
  if (isBlank(v)) return BLANK;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new WfmInputError(name, `${name} must be a finite number`);
    return v;
  }
  if (typeof v === "boolean")
    throw new WfmInputError(name, `${name} must be a number, not ${v ? "TRUE" : "FALSE"}`);
  throw new WfmInputError(
    name,
    `${name} must be a number, not the text "${String(v).slice(0, 30)}"`
  );
}

/**
 * Turns an engine or forecast error into the Excel error the contract names (#VALUE! bad input, #N/A no answer,
 * #NUM! beyond a double's range); anything else is a bug, shown as #VALUE! with its message.
 */
export function toExcelError(e: unknown): CustomFunctions.Error {
  if (e instanceof WfmNoAnswerError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, e.message);
  }
  if (e instanceof WfmNumError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber, e.message);
  }
  // A cell has no language of its own: bad input shows its English message (the forecast's input errors too).
  if (e instanceof WfmInputError || e instanceof FieldInputError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, e.message);
  }
  const message = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    `Unexpected error: ${message}`
  );
}

/**
 * The last guard before a cell: a number that is NaN or ±∞ never reaches the sheet (Excel would show it
 * as #NUM! with no reason). The message names the argument most likely at fault, the one furthest from
 * an ordinary magnitude, with its value.
 */
export function checkedResult(
  result: number | string,
  args: { name: string; value: unknown }[]
): number | string {
  if (typeof result !== "number" || Number.isFinite(result)) return result;
  const suspect = mostExtreme(args);
  const which = suspect ? `: check ${suspect.name} (${suspect.value})` : "";
  const what = Number.isNaN(result)
    ? "has no defined value for these arguments"
    : "is beyond the largest number Excel holds (about 1.8e308)";
  throw new WfmNumError(suspect?.name ?? "", `the result ${what}${which}`);
}

function mostExtreme(args: { name: string; value: unknown }[]) {
  let best: { name: string; value: number } | undefined;
  let bestScore = -1;
  for (const { name, value } of args) {
    if (typeof value !== "number" || value === 0) continue;
    const score = Math.abs(Math.log10(Math.abs(value)));
    if (score > bestScore) {
      bestScore = score;
      best = { name, value };
    }
  }
  return best;
}
