import fc from "fast-check";
import { StubExcelError } from "../helpers/customFunctionsGlobal";
import { FunctionSpec, WFM_FUNCTIONS } from "../../src/contract/wfmFunctions";
import * as path from "path";
import { CELL_OPERATION_BUDGET, operationsCounted } from "../../src/engine/work";

/**
 * The hostile-input sweep shared by the quick test (extremes.test.ts) and the long fuzzing run
 * (FUZZ_RUNS=… FUZZ_SEED=…, see docs/functions.md "Limits"): every WFM function, called as Excel calls it,
 * with arguments drawn from the magnitudes real sheets hold by accident (20-digit ids, 1e300, denormals,
 * 2^53 ± 1) besides ordinary ones, blanks, text and booleans.
 */

type Wrapper = (...args: unknown[]) => unknown[][];
// Every file the build takes custom functions from, so a new function's module slots in by itself.
const modules: Record<string, unknown>[] = (
  require("../../build/function-sources") as string[]
).map((file) => require(path.resolve(__dirname, "../..", file)));

/** The wrapper of a contract id: the export named like the id with dots as underscores. */
export function wrapperOf(id: string): Wrapper {
  const name = id.replace(/\./g, "_");
  for (const m of modules) if (typeof m[name] === "function") return m[name] as Wrapper;
  throw new Error(`no wrapper exported for WFM.${id} (expected a function named ${name})`);
}

const TWO_53 = 2 ** 53;
const SPECIAL: unknown[] = [
  0,
  5e-324,
  2.2250738585072014e-308,
  1e-300,
  1e-100,
  1e-12,
  1e-7,
  0.01,
  0.3,
  0.5,
  0.8,
  0.85,
  0.999999,
  1 - 2 ** -53,
  1,
  1 + 2 ** -52,
  2,
  13.5,
  14,
  20,
  100,
  180,
  300,
  1800,
  10000,
  99999.99,
  999999,
  1e6,
  1e6 + 1,
  1e7,
  1e10,
  1e12,
  TWO_53 - 1,
  TWO_53,
  TWO_53 + 2,
  12345678901234567000,
  1e100,
  1e300,
  1.7976931348623157e308,
  -1,
  -1e-300,
  -1e300,
  null,
  "",
  "abc",
  true,
];

/** One argument: a special value, an ordinary double, or any magnitude from 1e−300 to 1e300. */
export const extremeValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.double({ min: -10, max: 300, noNaN: true }) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.double({ min: -300, max: 300, noNaN: true }), fc.boolean())
      .map(([e, negative]) => (negative ? -1 : 1) * 10 ** e),
  },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2_000_000 }) }
);

const directionValue = fc.constantFrom("higher", "lower", "HIGHER", 1, -1, 0, "x", null);

/** Arguments for one call: one cell per parameter (directions drawn from their own list). */
export function argumentsFor(spec: FunctionSpec): fc.Arbitrary<unknown[]> {
  return fc.tuple(
    ...spec.parameters.map((p) => (p.name.startsWith("direction") ? directionValue : extremeValue))
  );
}

export interface CallOutcome {
  operations: number;
  problems: string[];
}

/** Calls WFM.<id> on one row of single cells and lists every broken promise of the contract. */
export function callAndCheck(spec: FunctionSpec, values: unknown[]): CallOutcome {
  const before = operationsCounted();
  const out = wrapperOf(spec.id)(...values.map((v) => [[v]]));
  const operations = operationsCounted() - before;
  const problems: string[] = [];
  const where = `WFM.${spec.id}(${values.map((v) => JSON.stringify(v)).join(", ")})`;
  if (operations > CELL_OPERATION_BUDGET)
    problems.push(
      `${where}: ${operations} operations, over the budget of ${CELL_OPERATION_BUDGET}`
    );
  const plan = spec.id === "STAFFPLAN";
  out.forEach((row, r) =>
    row.forEach((cell, c) => {
      const kind = plan ? STAFFPLAN_COLUMNS[c] : spec.result;
      const problem = cellProblem(cell, kind);
      if (problem) problems.push(`${where} [${r},${c}]: ${problem}`);
    })
  );
  return { operations, problems };
}

/** STAFFPLAN's columns: agents, FTE, service level, ASA, occupancy, abandon. */
const STAFFPLAN_COLUMNS = [
  "whole",
  "number",
  "fraction",
  "number",
  "fraction",
  "fraction",
] as const;

function cellProblem(cell: unknown, kind: string): string | undefined {
  if (cell instanceof StubExcelError) {
    if (!cell.message || !cell.message.trim()) return `${cell.code} without a message`;
    if (/^Unexpected error/.test(cell.message)) return `a bug surfaced: ${cell.message}`;
    return undefined;
  }
  if (cell === "") return undefined; // blank in, blank out
  if (typeof cell === "string" || typeof cell === "boolean") {
    return kind === "text" || kind === "table"
      ? undefined
      : `text ${JSON.stringify(cell)} where a number belongs`;
  }
  if (typeof cell !== "number") return `a ${typeof cell} reached the cell`;
  if (!Number.isFinite(cell)) return `${cell} reached the cell`;
  if (kind === "fraction" && !(cell >= 0 && cell <= 1)) return `fraction ${cell} outside [0, 1]`;
  if (kind === "whole" && !(Number.isInteger(cell) && cell >= 0))
    return `${cell} is not a whole number ≥ 0`;
  return undefined;
}

/** Every function of the contract except SELFTEST (no arguments; it has its own test). */
export const SWEPT_FUNCTIONS = WFM_FUNCTIONS.filter((f) => f.parameters.length > 0);
