/** The staffing plan: a sheet of live =WFM.… formulas over a forecast already in the workbook. */
export {
  buildStaffingPlan,
  PlanInputError,
  type ForecastSource,
  type PlanTargets,
} from "./staffingPlan";
export { PLAN_FIELDS, type PlanFieldKey } from "./fields";
export { PLAN_ERROR_KEYS, PLAN_LABELS, planMonth, type PlanLabels } from "./labels";
