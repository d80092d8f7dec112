import { argumentName, WfmInputError } from "./errors";

/**
 * Argument checks shared by every engine function, so each error names the argument and the fix the same
 * way. Inputs arrive already as numbers; the functions door turns text and booleans into errors first.
 */

/** A finite number (not NaN, not ±Infinity). */
export function finite(name: string, value: number): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new WfmInputError(name, `${name} must be a finite number`, {
      key: "errors.engineNotFinite",
      params: { argument: argumentName(name) },
    });
  }
  return value;
}

/** The catalogue's word for a unit, as the end of a key ("enginePositiveSeconds"); none for others. */
const UNIT_KEYS: Record<string, string> = { "": "", seconds: "Seconds", Erlangs: "Erlangs" };

/** An error's catalogue message: base key plus the unit's part, when the catalogue has that unit. */
function withUnit(base: string, name: string, unit: string) {
  return unit in UNIT_KEYS
    ? { key: `${base}${UNIT_KEYS[unit]}`, params: { argument: argumentName(name) } }
    : undefined;
}

/** value > 0 (durations such as aht, interval; patience). */
export function positive(name: string, value: number, unit = ""): number {
  finite(name, value);
  if (!(value > 0))
    throw new WfmInputError(
      name,
      `${name} must be > 0${unit ? " " + unit : ""}`,
      withUnit("errors.enginePositive", name, unit)
    );
  return value;
}

/** value ≥ 0 (counts such as calls, agents; target times). */
export function nonNegative(name: string, value: number, unit = ""): number {
  finite(name, value);
  if (value < 0)
    throw new WfmInputError(
      name,
      `${name} must be ≥ 0${unit ? " " + unit : ""}`,
      withUnit("errors.engineNonNegative", name, unit)
    );
  return value;
}

/**
 * A fraction strictly between 0 and 1 (or in [0, 1] when inclusive). A value above 1 is almost always a
 * percentage typed as a whole number, so the message says how to enter it.
 */
export function fraction(
  name: string,
  value: number,
  { openLow = false, openHigh = false } = {}
): number {
  finite(name, value);
  const low = openLow ? value <= 0 : value < 0;
  const high = openHigh ? value >= 1 : value > 1;
  if (low || high) {
    const bounds = [openLow && "more than 0", openHigh && "less than 1"].filter(Boolean);
    const hint = [...bounds, "80% = 0.8"].join("; ");
    const which = openLow && openHigh ? "both" : openLow ? "low" : openHigh ? "high" : "none";
    throw new WfmInputError(name, `${name} must be between 0 and 1 (${hint})`, {
      key: "errors.engineFraction",
      params: { argument: argumentName(name), bounds: which },
    });
  }
  return value;
}
