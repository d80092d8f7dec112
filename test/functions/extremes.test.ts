import fc from "fast-check";
import { SWEPT_FUNCTIONS, argumentsFor, callAndCheck } from "./extremeInputs";

/**
 * Issue 11's promise for every function: under any input, a cell gets a finite number (fractions in
 * [0, 1], whole numbers whole), text where text belongs, or an error with a message, within one cell's
 * operation budget (the engine counts its loops' work; `npm run bench` turns operations into time).
 * The seed is fixed so a failure reproduces; the long run of docs/functions.md uses the same properties
 * with FUZZ_RUNS and FUZZ_SEED.
 */
const runs = Number(process.env.FUZZ_RUNS ?? 150);
const seed = Number(process.env.FUZZ_SEED ?? 20261201);

describe.each(SWEPT_FUNCTIONS.map((f) => [f.id, f] as const))(
  "WFM.%s under extreme input",
  (_id, spec) => {
    test(`${runs} random calls keep the contract (seed ${seed})`, () => {
      fc.assert(
        fc.property(argumentsFor(spec), (values) => {
          expect(callAndCheck(spec, values).problems).toEqual([]);
        }),
        { numRuns: runs, seed }
      );
    });
  }
);
