import fc from "fast-check";
import { MAX_AGENTS, erlangB, erlangC } from "../../src/engine/erlangB";
import { WfmInputError, WfmNoAnswerError } from "../../src/engine/errors";
import { erlangBExact, erlangBFixed, erlangCExact, erlangCFixed } from "./erlangBReference";

/** The contract's accuracy for the Erlang B/C family, relative to an independent reference. */
const TOLERANCE = 1e-9;

function relativeError(value: number, reference: number): number {
  return reference === 0 ? Math.abs(value) : Math.abs(value - reference) / Math.abs(reference);
}

/** Whole server counts around the staffing point of A, where the numerics are hardest. */
function serversAround(a: number): number[] {
  const r = Math.sqrt(a);
  const raw = [
    1,
    2,
    a / 2,
    a - 3 * r,
    a - 1,
    a,
    a + 1,
    a + r,
    a + 3 * r,
    a + 8 * r,
    a + 20 * r,
    2 * a + 40,
  ];
  return [...new Set(raw.map((n) => Math.max(1, Math.round(n))))];
}

describe("Erlang B and C against exact rational arithmetic (small sizes)", () => {
  const traffics = [0.01, 0.3, 1, 2.5, 7.7, 10, 25, 48, 100.25, 487];
  test.each(traffics)("A = %p Erlangs", (a) => {
    for (const n of serversAround(a)) {
      expect(relativeError(erlangB(a, n), erlangBExact(a, n))).toBeLessThanOrEqual(TOLERANCE);
      if (n > a)
        expect(relativeError(erlangC(a, n), erlangCExact(a, n))).toBeLessThanOrEqual(TOLERANCE);
    }
  });

  test("published cases checked exactly: C(48 E, 50) and C(487 E, 500)", () => {
    expect(erlangCExact(48, 50)).toBeCloseTo(0.694456, 6);
    expect(erlangCExact(487, 500)).toBeCloseTo(0.446475, 6);
    expect(erlangC(487, 500)).toBeCloseTo(0.446475, 6);
  });
});

describe("Erlang B and C against the fixed-point inverse recursion (large sizes)", () => {
  const traffics = [1000.5, 4321.75, 10_000, 14_000, 100_000];
  test.each(traffics)("A = %p Erlangs", (a) => {
    for (const n of serversAround(a).filter(
      (n) => n >= a - 3 * Math.sqrt(a) && n <= a + 20 * Math.sqrt(a)
    )) {
      expect(relativeError(erlangB(a, n), erlangBFixed(a, n))).toBeLessThanOrEqual(TOLERANCE);
      if (n > a)
        expect(relativeError(erlangC(a, n), erlangCFixed(a, n))).toBeLessThanOrEqual(TOLERANCE);
    }
  });

  test("the two references agree with each other", () => {
    for (const [a, n] of [
      [10, 14],
      [487, 500],
      [0.3, 7],
    ])
      expect(relativeError(erlangBFixed(a, n), erlangBExact(a, n))).toBeLessThan(1e-15);
  });

  test("tiny blocking far above the traffic is still accurate (no overflow on the way)", () => {
    expect(relativeError(erlangB(0.01, 60), erlangBExact(0.01, 60))).toBeLessThanOrEqual(TOLERANCE);
    expect(relativeError(erlangB(200, 400), erlangBExact(200, 400))).toBeLessThanOrEqual(TOLERANCE);
    // So far out that B is below the smallest double: exactly 0, not NaN.
    expect(erlangB(1, 1000)).toBe(0);
    expect(erlangC(1, 1000)).toBe(0);
  });
});

describe("fractional servers: the continuous extension B(x, A) = A^x e^−A / Γ(x+1, A)", () => {
  const cases: [number, number][] = [
    [0.01, 0.5],
    [0.5, 0.5],
    [1, 1.75],
    [1.9, 2.3],
    [2, 2.5],
    [10, 10.5],
    [10, 13.0372],
    [48, 50.25],
    [59.9, 66.6],
    [60, 70.1],
    [487, 500.5],
    [10_000, 10_013.3],
    [100_000, 100_500.9],
  ];
  test.each(cases)("A = %p, x = %p", (a, x) => {
    expect(relativeError(erlangB(a, x), erlangBFixed(a, x))).toBeLessThanOrEqual(TOLERANCE);
    if (x > a)
      expect(relativeError(erlangC(a, x), erlangCFixed(a, x))).toBeLessThanOrEqual(TOLERANCE);
  });
});

describe("properties", () => {
  /** Erlang's recursion from 1, as every textbook writes it: the plain definition at whole servers. */
  function integerRecursion(a: number, n: number): number {
    let b = 1;
    for (let k = 1; k <= n; k++) b = (a * b) / (k + a * b);
    return b;
  }

  test("at whole servers ERLANGB equals the integer recursion", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 5000, noNaN: true }),
        fc.integer({ min: 0, max: 6000 }),
        (a, n) => {
          const expected = integerRecursion(a, n);
          if (expected < 1e-300) return erlangB(a, n) < 1e-290;
          return relativeError(erlangB(a, n), expected) <= 1e-11;
        }
      ),
      { numRuns: 300 }
    );
  });

  test("between whole servers, fractional ERLANGB lies between its neighbours", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 3000, noNaN: true }),
        (a, x) => {
          const below = erlangB(a, Math.floor(x));
          const above = erlangB(a, Math.ceil(x));
          const b = erlangB(a, x);
          return b <= below * (1 + 1e-12) && b >= above * (1 - 1e-12);
        }
      ),
      { numRuns: 300 }
    );
  });

  test("fractional ERLANGB is continuous, also across whole numbers", () => {
    // |d ln B / dx| is a few units at most here, so a step of 1e−9 moves B by far less than 1e−6.
    const close = (x: number, y: number, a: number): boolean =>
      relativeError(erlangB(a, x), erlangB(a, y)) < 1e-6;
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 2000, noNaN: true }),
        fc.integer({ min: 1, max: 2500 }),
        (a, n) =>
          erlangB(a, n) < 1e-250 ||
          (close(n - 1e-9, n, a) && close(n + 1e-9, n, a) && close(n + 0.5 + 1e-9, n + 0.5, a))
      ),
      { numRuns: 200 }
    );
  });

  test("Erlang C is at least Erlang B and falls as agents are added", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 3000, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, extra) => {
          const n = a + extra + 0.001;
          const c = erlangC(a, n);
          return c >= erlangB(a, n) * (1 - 1e-12) && c <= 1 && erlangC(a, n + 1) <= c * (1 + 1e-12);
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("edges and bad input", () => {
  test("no servers block everything; no traffic blocks nothing", () => {
    expect(erlangB(5, 0)).toBe(1);
    expect(erlangB(0, 5)).toBe(0);
    expect(erlangB(0, 0)).toBe(1);
  });

  test("Erlang C is 1 when agents ≤ traffic (the queue never empties)", () => {
    expect(erlangC(10, 10)).toBe(1);
    expect(erlangC(10, 9.5)).toBe(1);
  });

  test("negative or non-finite arguments name the argument", () => {
    expect(() => erlangB(-1, 3)).toThrow(
      new WfmInputError("traffic", "traffic must be ≥ 0 Erlangs")
    );
    expect(() => erlangB(1, -3)).toThrow(/servers must be ≥ 0/);
    expect(() => erlangC(NaN, 3)).toThrow(/traffic must be a finite number/);
    expect(() => erlangC(1, Infinity)).toThrow(/agents must be a finite number/);
  });

  test("over the agent limit is a question with no answer, not a hang", () => {
    expect(() => erlangB(10, MAX_AGENTS + 1)).toThrow(WfmNoAnswerError);
    expect(() => erlangC(10, 1e308)).toThrow(/over the limit of 1,000,000/);
    expect(erlangB(1e308, 10)).toBe(1);
  });
});
