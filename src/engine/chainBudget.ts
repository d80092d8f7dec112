import { CELL_OPERATION_BUDGET, CHAIN_TERM_WEIGHT } from "./work";

/** Stop summing a series when the rest is below this fraction of the sum (below double precision). */
export const TAIL_EPSILON = 2 ** -60;

/**
 * How much more work the current cell may do, in operations (shared by a staffing search's candidates
 * and its walks over the free-agent states).
 */
export interface ChainBudget {
  operationsLeft: number;
}

/** A fresh budget: one cell's worth of work. */
export function cellChainBudget(): ChainBudget {
  return { operationsLeft: CELL_OPERATION_BUDGET };
}

/** Chain terms the budget still allows. */
export function termsLeft(budget: ChainBudget): number {
  // Less two: the loop checks before its last term, which may also take a step in logs.
  return Math.max(0, Math.floor(budget.operationsLeft / CHAIN_TERM_WEIGHT) - 2);
}
