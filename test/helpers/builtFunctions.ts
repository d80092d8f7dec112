import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

/**
 * Loads the built dist/functions.js as Excel would, in a bare sandbox with only a stub CustomFunctions
 * (no window, no document), and returns the functions it associated, by id. `npm test` builds first.
 */

export class StubExcelError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export const stubErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
};

export type BuiltFunction = (...args: unknown[]) => unknown;

/**
 * `where`: "sandbox" (the default) proves the bundle needs nothing but CustomFunctions. "this-context"
 * runs it in the caller's own global scope with the stub installed there as a global, for timing: inside a vm
 * sandbox every global lookup (Math, Number, …) goes through Node's context interceptor and costs about
 * ten times more than in Excel's runtime or plain Node.
 */
export function loadBuiltFunctions(
  where: "sandbox" | "this-context" = "sandbox"
): Map<string, BuiltFunction> {
  const file = path.resolve(__dirname, "../../dist/functions.js");
  if (!fs.existsSync(file))
    throw new Error("dist/functions.js is missing: run `npm run build` (npm test does it first)");
  const associated = new Map<string, BuiltFunction>();
  const CustomFunctions = {
    associate: (id: string, fn: BuiltFunction) => associated.set(id, fn),
    Error: StubExcelError,
    ErrorCode: stubErrorCode,
  };
  const code = fs.readFileSync(file, "utf8");
  if (where === "sandbox") {
    vm.runInNewContext(code, { CustomFunctions, console }, { filename: file });
  } else {
    // Stays installed: the functions look CustomFunctions up whenever they return an error.
    (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = CustomFunctions;
    vm.runInThisContext(code, { filename: file });
  }
  return associated;
}

/** Calls a built function by id, as Excel does; an unregistered id fails the test with its name. */
export function callerOf(
  fns: Map<string, BuiltFunction>
): (id: string, ...args: unknown[]) => unknown[][] {
  return (id, ...args) => {
    const fn = fns.get(id);
    if (!fn) throw new Error(`${id} is not registered`);
    return fn(...args) as unknown[][];
  };
}

/** A one-column range, as Excel passes it: [[a], [b], …]. */
export const column = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
