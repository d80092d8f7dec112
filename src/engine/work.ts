/**
 * Work is bounded per cell, not only per loop: a custom function that runs for seconds freezes
 * recalculation for every open workbook. Each loop of the engine reports its iterations here, weighted
 * by their cost, so a test can prove the worst case over extreme inputs by counting (a clock on a shared
 * machine proves nothing). `npm run bench` measures what one operation costs on this machine.
 */

/**
 * The most operations one cell may take. An operation is one step of Erlang's recursion (a few floating-
 * point operations, about 3–5 ns on this 2-core machine when it is quiet); heavier steps count as several
 * (see the weights below). `npm run bench cells` times the slowest cells known: each must stay under
 * 50 ms. Lower, and ordinary large questions (AGENTS.A at 71,800 Erlangs, patience 300 s) are refused.
 */
export const CELL_OPERATION_BUDGET = 10_000_000;

/** One term of the Erlang A chain (the queue part): measured at about sixteen recursion steps. */
export const CHAIN_TERM_WEIGHT = 16;
/** One step of a staffing walk that evaluates a target (an exponential or a division per step). */
export const WALK_STEP_WEIGHT = 3;
/** One step of the incomplete-gamma continued fraction or series, or one root-finding step's overhead. */
export const SERIES_STEP_WEIGHT = 2;

let operations = 0;

/** Adds `count` operations to the running total (called once per loop, after it ends). */
export function countOperations(count: number): void {
  operations += count;
}

/** The running total of operations since the process started: tests read it before and after a call. */
export function operationsCounted(): number {
  return operations;
}
