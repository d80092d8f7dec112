import * as fs from "fs";
import fc from "fast-check";
import { SWEPT_FUNCTIONS, argumentsFor, callAndCheck } from "./extremeInputs";

/**
 * Issue 11's promise for every function: under any input, a cell gets a finite number (fractions in
 * [0, 1], whole numbers whole), text where text belongs, or an error with a message, within one cell's
 * operation budget (the engine counts its loops' work; `npm run bench cells` turns operations into time).
 * The seed is fixed so a failure reproduces.
 *
 * The long fuzzing run (docs/functions.md, "Limits") uses the same property: FUZZ_MINUTES=25
 * FUZZ_SEED=… FUZZ_LOG=file runs rounds of 200 calls per function, seed, seed+1, …, for its share of the
 * minutes, and logs each function's calls and failures to FUZZ_LOG as it goes.
 */
const runs = Number(process.env.FUZZ_RUNS ?? 150);
const seed = Number(process.env.FUZZ_SEED ?? 20261201);
const minutes = Number(process.env.FUZZ_MINUTES ?? 0);
const log = process.env.FUZZ_LOG;

describe.each(SWEPT_FUNCTIONS.map((f) => [f.id, f] as const))(
  "WFM.%s under extreme input",
  (id, spec) => {
    const property = fc.property(argumentsFor(spec), (values) => {
      expect(callAndCheck(spec, values).problems).toEqual([]);
    });

    if (!minutes) {
      test(`${runs} random calls keep the contract (seed ${seed})`, () => {
        fc.assert(property, { numRuns: runs, seed });
      });
      return;
    }

    test(`a long run: ${minutes} minutes shared by all functions (seed ${seed})`, () => {
      const share = (minutes * 60_000) / SWEPT_FUNCTIONS.length;
      const start = Date.now();
      const failures: string[] = [];
      let calls = 0;
      for (let round = 0; Date.now() - start < share; round++) {
        const details = fc.check(property, { numRuns: 200, seed: seed + round });
        calls += details.numRuns;
        if (details.failed)
          failures.push(`seed ${seed + round}: ${fc.stringify(details.counterexample)}`);
      }
      if (log) {
        const line = `${id}\t${calls} calls\t${failures.length} failures${failures.length ? "\t" + failures.join("; ") : ""}\n`;
        fs.appendFileSync(log, line);
      }
      expect(failures).toEqual([]);
    });
  }
);
