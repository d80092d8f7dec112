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

export function loadBuiltFunctions(): Map<string, BuiltFunction> {
  const file = path.resolve(__dirname, "../../dist/functions.js");
  if (!fs.existsSync(file))
    throw new Error("dist/functions.js is missing: run `npm run build` (npm test does it first)");
  const associated = new Map<string, BuiltFunction>();
  const sandbox = {
    CustomFunctions: {
      associate: (id: string, fn: BuiltFunction) => associated.set(id, fn),
      Error: StubExcelError,
      ErrorCode: stubErrorCode,
    },
    console,
  };
  vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox, { filename: file });
  return associated;
}
