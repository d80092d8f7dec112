/**
 * The staffing plan's inputs: what the planner gives (the forecast's place, the targets), their checks, and
 * the Inputs box of the plan sheet whose cells the plan's formulas refer to, so a changed target
 * recalculates the plan.
 */
import type { Block, CellStyle, ModelCell } from "../workbook";
import { cellAddress } from "../workbook";
import { FieldInputError } from "../i18n";
import { PLAN_ERROR_KEYS, type PlanLabels } from "./labels";

/** The "Inputs" heading's row; the inputs follow, one a row. */
export const INPUTS_ROW = 3;

/** Where the forecast is: a sheet, its first data row and the 0-based sheet columns of each field. */
export interface ForecastSource {
  sheetName: string;
  /** 1-based sheet row of the first data row. */
  firstRowNumber: number;
  rowCount: number;
  columns: { date?: number; interval?: number; calls: number; ahtSec: number };
  /** The date column's values as read (Excel serials or text), for the daily totals. */
  dateValues?: unknown[];
}

export interface PlanTargets {
  /** 0.8 = 80%. */
  serviceLevel: number;
  targetTimeSec: number;
  /** The length of the period each forecast row covers: 1800 for half-hours, open hours × 3600 for days. */
  intervalSec: number;
  shrinkage: number;
  maxOccupancy?: number;
  /** Present: Erlang A (callers abandon after this mean patience); absent: Erlang C. */
  patienceSec?: number;
  hourlyCost?: number;
}

/**
 * The input cannot make a plan; field names the input, the message says the fix. Given a catalogue Message
 * it carries its key and parameters, so the taskpane shows it in the user's language (errorText).
 */
export class PlanInputError extends FieldInputError {
  override name = "PlanInputError";
}

/** Excel's "Input" look: the cells the planner is meant to change. */
const INPUT: CellStyle = { fill: "FFF2CC", fontColor: "3F3F76" };

type InputKey =
  | "serviceLevel"
  | "targetTimeSec"
  | "intervalSec"
  | "shrinkage"
  | "maxOccupancy"
  | "patienceSec"
  | "hourlyCost";
const INPUT_ORDER: { key: InputKey; numFmt: string }[] = [
  { key: "serviceLevel", numFmt: "0%" },
  { key: "targetTimeSec", numFmt: "0" },
  { key: "intervalSec", numFmt: "0" },
  { key: "shrinkage", numFmt: "0%" },
  { key: "maxOccupancy", numFmt: "0%" },
  { key: "patienceSec", numFmt: "0" },
  { key: "hourlyCost", numFmt: "#,##0.00" },
];

/** The absolute address of an input's value cell ($B$5 …). */
export function inputRef(key: InputKey): string {
  return cellAddress(INPUTS_ROW + 1 + INPUT_ORDER.findIndex((i) => i.key === key), 1, true);
}

/**
 * An input's value cell. Patience and hourly cost choose the plan's formulas when it is built (Erlang A or
 * C; a cost column or none): left empty then, they are shown as a note to rebuild, never as a yellow cell
 * that would change nothing.
 */
function inputCell(key: InputKey, numFmt: string, targets: PlanTargets, l: PlanLabels): ModelCell {
  if (key === "patienceSec" && targets.patienceSec === undefined)
    return { value: l.patienceNotUsed, style: { italic: true, fontColor: "595959" } };
  if (key === "hourlyCost" && targets.hourlyCost === undefined)
    return { value: l.costNotUsed, style: { italic: true, fontColor: "595959" } };
  return { value: targets[key] ?? null, style: { ...INPUT, numFmt } };
}

export function validatePlanInput(source: ForecastSource, targets: PlanTargets): void {
  const fail = (field: string) => {
    throw new PlanInputError(field, { key: PLAN_ERROR_KEYS[field] });
  };
  if (!Number.isInteger(source.rowCount) || source.rowCount < 1) fail("forecast");
  if (!(targets.serviceLevel > 0 && targets.serviceLevel < 1)) fail("serviceLevel");
  if (!(targets.targetTimeSec > 0)) fail("targetTimeSec");
  if (!(targets.intervalSec > 0)) fail("intervalSec");
  if (!(targets.shrinkage >= 0 && targets.shrinkage < 1)) fail("shrinkage");
  if (
    targets.maxOccupancy !== undefined &&
    !(targets.maxOccupancy > 0 && targets.maxOccupancy <= 1)
  )
    fail("maxOccupancy");
  if (targets.patienceSec !== undefined && !(targets.patienceSec > 0)) fail("patienceSec");
  if (targets.hourlyCost !== undefined && !(targets.hourlyCost >= 0)) fail("hourlyCost");
}

/** The Inputs box: a heading, then each input's label and value cell, in INPUT_ORDER. */
export function inputsBlock(targets: PlanTargets, l: PlanLabels): Block {
  return {
    id: "inputs",
    row: INPUTS_ROW,
    col: 0,
    cells: [
      [
        { value: l.inputs, style: { bold: true, borderBottom: true } },
        { value: null, style: { borderBottom: true } },
      ],
      ...INPUT_ORDER.map(({ key, numFmt }): ModelCell[] => [
        { value: l[key] },
        inputCell(key, numFmt, targets, l),
      ]),
    ],
  };
}
