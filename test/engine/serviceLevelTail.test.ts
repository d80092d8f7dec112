import fc from "fast-check";
import { serviceLevel } from "../../src/engine/staffing";
import { agentsErlangA } from "../../src/engine/erlangAStaffing";
import { agentsForServiceLevel } from "../../src/engine/staffing";
import { exactFraction, toNumber } from "./erlangBReference";

/**
 * SERVICELEVEL keeps its relative accuracy when the value is tiny (N just above A, where the textbook
 * 1 − C·e^−x subtracts two numbers near 1). The reference is exact rational arithmetic (BigInt) for
 * 1 − C, and a 256-bit fixed-point series for 1 − e^−x; it shares no code with the engine.
 */

const BITS = 256n;
const ONE = 1n << BITS;

/** 1 − e^−x in fixed point (x = num/den ≥ 0, small), by the alternating series Σ (−1)^(k+1) x^k / k!. */
function oneMinusExpFixed(num: bigint, den: bigint): bigint {
  let term = (ONE * num) / den; // x
  let sum = 0n;
  for (let k = 1n; term !== 0n && k < 400n; k++) {
    sum += k % 2n === 1n ? term : -term;
    term = (term * num) / (den * (k + 1n));
  }
  return sum;
}

/**
 * aht = interval = 2048 s: a power of two, so the engine's A = calls·aht/interval is the double `calls`
 * exactly (with 1800 the product rounds, and one unit in the last place of A is a relative error of
 * 1e−14/(N − A) in the answer: the input's, not the method's).
 */
const SECONDS = 2048;

/**
 * SL at traffic A = calls, N agents, target t: (1 − C) + C·(1 − e^−(N−A)t/aht), with 1/B = u/pⁿ from
 * Erlang's recursion in rationals.
 */
function serviceLevelExact(calls: number, agents: number, targetTimeSec: number): number {
  const { num: p, den: q } = exactFraction(calls);
  let u = 1n;
  let pn = 1n;
  for (let k = 1; k <= agents; k++) {
    pn *= p;
    u = pn + BigInt(k) * q * u;
  }
  const n = BigInt(agents);
  const den = n * q * u - p * (u - pn); // C = N·q·pn / den
  const cNum = n * q * pn;
  const neverWaitNum = den - cNum; // 1 − C = neverWaitNum / den
  // x = (N − A)·t/aht = (N·q − p)·t / (aht·q), t a whole number of seconds here.
  const xNum = (n * q - p) * BigInt(targetTimeSec);
  const xDen = BigInt(SECONDS) * q;
  const tail = oneMinusExpFixed(xNum, xDen);
  // SL·2^BITS·den = neverWaitNum·2^BITS + cNum·tail
  return toNumber({ num: neverWaitNum * ONE + cNum * tail, den: den * ONE });
}

const relErr = (got: number, want: number) => Math.abs(got - want) / want;

describe("SERVICELEVEL's tiny values keep their digits", () => {
  test.each([
    [99.9999, 100, 20],
    [99.9999999, 100, 1],
    [999.99999999, 1000, 20],
    [499.999, 500, 0],
    [49.99999999999, 50, 3],
  ])("A = %p, N = %p, t = %p s: within 1e-12 relative of the exact value", (a, n, t) => {
    const want = serviceLevelExact(a, n, t);
    expect(want).toBeLessThan(1e-3);
    expect(relErr(serviceLevel(a, SECONDS, n, t, SECONDS), want)).toBeLessThan(1e-12);
  });

  test("random A just below N (fast-check): within 1e-11 relative", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.double({ min: 1e-12, max: 0.5, noNaN: true }),
        fc.integer({ min: 0, max: 120 }),
        (n, gap, t) => {
          const a = n - gap;
          const want = serviceLevelExact(a, n, t);
          expect(relErr(serviceLevel(a, SECONDS, n, t, SECONDS), want)).toBeLessThan(1e-11);
        }
      ),
      { numRuns: 60, seed: 11 }
    );
  });
});

describe("Erlang A → Erlang C as patience grows, to 1e12 seconds and beyond", () => {
  test("AGENTS.A with patience 1e12, 1e15 and 1e300 equals AGENTS (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20000 }),
        fc.integer({ min: 30, max: 900 }),
        fc.constantFrom(0.7, 0.8, 0.9, 0.95),
        fc.integer({ min: 0, max: 60 }),
        (calls, aht, sl, t) => {
          const erlangC = agentsForServiceLevel(calls, aht, sl, t);
          for (const patience of [1e12, 1e15, 1e300])
            expect(agentsErlangA(calls, aht, patience, sl, t)).toBe(erlangC);
        }
      ),
      { numRuns: 60, seed: 17 }
    );
  });
});
