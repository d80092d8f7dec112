/** The plan tab's text inputs, read into PlanTargets (percentages to fractions; empty optionals absent). */
import { PlanInputError, type PlanTargets } from "../plan";
import type { Strings } from "./i18n";

export type InputKey =
  | "serviceLevelPct"
  | "targetTimeSec"
  | "intervalSec"
  | "shrinkagePct"
  | "maxOccupancyPct"
  | "patienceSec"
  | "hourlyCost";
export const OPTIONAL: InputKey[] = ["maxOccupancyPct", "patienceSec", "hourlyCost"];
export const PLAN_INPUT_DEFAULTS: Record<InputKey, string> = {
  serviceLevelPct: "80",
  targetTimeSec: "20",
  intervalSec: "1800",
  shrinkagePct: "30",
  maxOccupancyPct: "",
  patienceSec: "",
  hourlyCost: "",
};

/** Reads the inputs: percentages become fractions; an optional empty input is absent. */
export function planTargetsFromInputs(
  inputs: Record<InputKey, string>,
  strings: Strings
): PlanTargets {
  const number = (key: InputKey): number | undefined => {
    const text = inputs[key].trim().replace(/,/g, "").replace(/%$/, "");
    if (text === "") {
      if (OPTIONAL.includes(key)) return undefined;
      throw new PlanInputError(key, strings.notANumber(strings[key]));
    }
    const value = Number(text);
    if (!Number.isFinite(value)) throw new PlanInputError(key, strings.notANumber(strings[key]));
    return value;
  };
  const percent = (key: InputKey) => {
    const value = number(key);
    return value === undefined ? undefined : value / 100;
  };
  return {
    serviceLevel: percent("serviceLevelPct")!,
    targetTimeSec: number("targetTimeSec")!,
    intervalSec: number("intervalSec")!,
    shrinkage: percent("shrinkagePct")!,
    maxOccupancy: percent("maxOccupancyPct"),
    patienceSec: number("patienceSec"),
    hourlyCost: number("hourlyCost"),
  };
}
