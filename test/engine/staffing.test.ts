import fc from "fast-check";
import { agentsFractional, callCapacity, trunks } from "../../src/engine/capacity";
import { WfmInputError, WfmNoAnswerError } from "../../src/engine/errors";
import {
  agentsForAsa,
  agentsForServiceLevel,
  answerTime,
  averageSpeedOfAnswer,
  erlangB,
  fte,
  occupancy,
  queueLength,
  queueTime,
  serviceLevel,
} from "../../src/engine/staffing";
import { erlangBFixed, erlangCExact } from "./erlangBReference";

const calls = fc.integer({ min: 1, max: 3000 });
const aht = fc.integer({ min: 30, max: 900 });
const targetSl = fc.double({ min: 0.05, max: 0.99, noNaN: true });
const targetTime = fc.integer({ min: 0, max: 120 });

describe("the per-interval measures follow the contract's formulas", () => {
  // 100 calls × 180 s / 1800 s = 10 Erlangs on 14 agents, with C from exact rational arithmetic.
  const a = 10;
  const c = erlangCExact(a, 14);

  test("SERVICELEVEL = 1 − C·e^(−(N−A)·t/aht)", () => {
    expect(serviceLevel(100, 180, 14, 20)).toBeCloseTo(1 - c * Math.exp((-4 * 20) / 180), 14);
  });

  test("ASA = C·aht/(N−A), QUEUETIME = aht/(N−A), QUEUELENGTH = C·A/(N−A)", () => {
    expect(averageSpeedOfAnswer(100, 180, 14)).toBeCloseTo((c * 180) / 4, 12);
    expect(queueTime(100, 180, 14)).toBeCloseTo(180 / 4, 12);
    expect(queueLength(100, 180, 14)).toBeCloseTo((c * a) / 4, 14);
  });

  test("OCCUPANCY = min(1, A/N)", () => {
    expect(occupancy(100, 180, 14)).toBeCloseTo(10 / 14, 15);
    expect(occupancy(100, 180, 8)).toBe(1);
  });

  test("ANSWERTIME is the time at which the service level reaches the target; 0 when C ≤ 1 − sl", () => {
    const t = answerTime(100, 180, 14, 0.9);
    expect(t).toBeCloseTo((180 * Math.log(c / 0.1)) / 4, 12);
    expect(serviceLevel(100, 180, 14, t)).toBeCloseTo(0.9, 12);
    expect(answerTime(100, 180, 14, 0.5)).toBe(0); // C ≈ 0.174 < 0.5: half the calls never wait
  });

  test("the interval argument scales the traffic (default 1800 s)", () => {
    expect(serviceLevel(200, 180, 14, 20, 3600)).toBe(serviceLevel(100, 180, 14, 20));
  });

  test("agents ≤ traffic: service level 0, occupancy 1, the waits have no answer", () => {
    expect(serviceLevel(100, 180, 10, 20)).toBe(0);
    expect(occupancy(100, 180, 10)).toBe(1);
    for (const measure of [averageSpeedOfAnswer, queueTime, queueLength])
      expect(() => measure(100, 180, 10)).toThrow(
        /unstable: agents \(10\) must be more than the traffic \(10 Erlangs\)/
      );
    expect(() => answerTime(100, 180, 9, 0.8)).toThrow(WfmNoAnswerError);
  });

  test("calls = 0 is valid: AGENTS 0, SERVICELEVEL 1, ASA 0, OCCUPANCY 0", () => {
    expect(agentsForServiceLevel(0, 180, 0.8, 20)).toBe(0);
    expect(agentsForAsa(0, 180, 15)).toBe(0);
    expect(agentsFractional(0, 180, 0.8, 20)).toBe(0);
    expect(serviceLevel(0, 180, 0, 20)).toBe(1);
    expect(averageSpeedOfAnswer(0, 180, 0)).toBe(0);
    expect(occupancy(0, 180, 5)).toBe(0);
    expect(queueTime(0, 180, 0)).toBe(0);
    expect(queueLength(0, 180, 0)).toBe(0);
    expect(answerTime(0, 180, 0, 0.8)).toBe(0);
  });
});

describe("AGENTS and its relatives", () => {
  test("the worked example: 100 calls, 180 s, 80% in 20 s → 14 agents", () => {
    expect(agentsForServiceLevel(100, 180, 0.8, 20)).toBe(14);
    expect(serviceLevel(100, 180, 13, 20)).toBeLessThan(0.8);
  });

  test("large scale: 10,000 Erlangs need 10,013 agents for 80/20, at 99.87% occupancy", () => {
    const n = agentsForServiceLevel(100_000, 180, 0.8, 20);
    expect(n).toBe(10_013);
    expect(occupancy(100_000, 180, n)).toBeCloseTo(0.9987, 4);
  });

  test("the occupancy cap raises the answer to the smallest N with A/N ≤ cap", () => {
    expect(agentsForServiceLevel(100, 180, 0.8, 20, 1800, 0.7)).toBe(15);
    expect(agentsForServiceLevel(100, 180, 0.8, 20, 1800, 0.5)).toBe(20); // 10/20 is exactly 0.5
    expect(agentsForServiceLevel(100, 180, 0.8, 20, 1800, 1)).toBe(14);
  });

  test("a target needing over 1,000,000 agents is #N/A, not a hang", () => {
    expect(() => agentsForServiceLevel(20_000_000, 180, 0.8, 20)).toThrow(WfmNoAnswerError);
    expect(() => agentsForServiceLevel(1e300, 180, 0.8, 20)).toThrow(/more than 1,000,000 agents/);
    // Beyond double range the input itself is the problem: #VALUE!.
    expect(() => agentsForServiceLevel(1e308, 180, 0.8, 20)).toThrow(WfmInputError);
  });

  test("AGENTS.FRACTIONAL: the continuous service level equals the target, between N − 1 and N", () => {
    const x = agentsFractional(100, 180, 0.8, 20);
    expect(x).toBeCloseTo(13.0372, 4);
    expect(serviceLevel(100, 180, x, 20)).toBeCloseTo(0.8, 12);
  });

  test("TRUNKS: the smallest lines with blocking ≤ target", () => {
    expect(trunks(10, 0.02)).toBe(17);
    expect(erlangB(10, 17)).toBeLessThanOrEqual(0.02);
    expect(erlangB(10, 16)).toBeGreaterThan(0.02);
    expect(trunks(0, 0.01)).toBe(0);
    expect(trunks(5, 1)).toBe(0);
    // At large traffic the answer is checked against the independent fixed-point Erlang B.
    const n = trunks(10_000, 0.01);
    expect(erlangBFixed(10_000, n)).toBeLessThanOrEqual(0.01);
    expect(erlangBFixed(10_000, n - 1)).toBeGreaterThan(0.01);
  });

  test("bad targets name the argument and the fix", () => {
    expect(() => agentsForServiceLevel(100, 180, 80, 20)).toThrow(
      new WfmInputError(
        "target_sl",
        "target_sl must be between 0 and 1 (more than 0; less than 1; 80% = 0.8)"
      )
    );
    expect(() => agentsForServiceLevel(100, 180, 0, 20)).toThrow(
      /target_sl must be between 0 and 1/
    );
    expect(() => agentsForServiceLevel(100, 0, 0.8, 20)).toThrow(/aht must be > 0 seconds/);
    expect(() => agentsForServiceLevel(100, 180, 0.8, -1)).toThrow(
      /target_time must be ≥ 0 seconds/
    );
    expect(() => agentsForServiceLevel(100, 180, 0.8, 20, 1800, 85)).toThrow(
      /max_occupancy must be between 0 and 1/
    );
    expect(() => agentsForAsa(100, 180, 0)).toThrow(/target_asa must be > 0 seconds/);
    expect(() => trunks(10, 0)).toThrow(/blocking must be between 0 and 1/);
    expect(() => fte(14, 1)).toThrow(
      /shrinkage must be between 0 and 1 \(less than 1; 80% = 0.8\)/
    );
  });
});

describe("properties", () => {
  test("service level rises with agents", () => {
    fc.assert(
      fc.property(
        calls,
        aht,
        targetTime,
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (n, h, t, m, more) => {
          return serviceLevel(n, h, m + more, t) >= serviceLevel(n, h, m, t) - 1e-12;
        }
      ),
      { numRuns: 300 }
    );
  });

  test("AGENTS is minimal: it meets the target and one fewer misses", () => {
    fc.assert(
      fc.property(calls, aht, targetSl, targetTime, (n, h, sl, t) => {
        const m = agentsForServiceLevel(n, h, sl, t);
        return serviceLevel(n, h, m, t) >= sl && serviceLevel(n, h, m - 1, t) < sl;
      }),
      { numRuns: 300 }
    );
  });

  test("AGENTS is minimal at large traffic too (up to 100,000 Erlangs)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 300_000 }),
        fc.integer({ min: 60, max: 600 }),
        targetSl,
        targetTime,
        (n, h, sl, t) => {
          const m = agentsForServiceLevel(n, h, sl, t);
          return serviceLevel(n, h, m, t) >= sl && serviceLevel(n, h, m - 1, t) < sl;
        }
      ),
      { numRuns: 60 }
    );
  });

  test("AGENTS with an occupancy cap is minimal for both conditions", () => {
    fc.assert(
      fc.property(
        calls,
        aht,
        targetSl,
        targetTime,
        fc.double({ min: 0.3, max: 1, noNaN: true }),
        (n, h, sl, t, cap) => {
          const m = agentsForServiceLevel(n, h, sl, t, 1800, cap);
          const meets = (k: number): boolean =>
            serviceLevel(n, h, k, t) >= sl && occupancy(n, h, k) <= cap;
          return meets(m) && !meets(m - 1);
        }
      ),
      { numRuns: 200 }
    );
  });

  test("AGENTS.ASA is minimal", () => {
    fc.assert(
      fc.property(calls, aht, fc.double({ min: 1, max: 300, noNaN: true }), (n, h, w) => {
        const m = agentsForAsa(n, h, w);
        const a = (n * h) / 1800;
        return (
          averageSpeedOfAnswer(n, h, m) <= w &&
          (m - 1 <= a || averageSpeedOfAnswer(n, h, m - 1) > w)
        );
      }),
      { numRuns: 200 }
    );
  });

  test("AGENTS.FRACTIONAL lies in (N − 1, N] and its service level is the target", () => {
    fc.assert(
      fc.property(calls, aht, targetSl, targetTime, (n, h, sl, t) => {
        const x = agentsFractional(n, h, sl, t);
        const m = agentsForServiceLevel(n, h, sl, t);
        return x > m - 1 && x <= m && Math.abs(serviceLevel(n, h, x, t) - sl) < 1e-9;
      }),
      { numRuns: 100 }
    );
  });

  test("CALLCAPACITY and AGENTS invert each other", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), aht, targetSl, targetTime, (m, h, sl, t) => {
        const c = callCapacity(m, h, sl, t);
        return (
          agentsForServiceLevel(c, h, sl, t) <= m && agentsForServiceLevel(c + 1, h, sl, t) > m
        );
      }),
      { numRuns: 200 }
    );
  });

  test("TRUNKS is minimal", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 5000, noNaN: true }),
        fc.double({ min: 0.001, max: 0.5, noNaN: true }),
        (a, p) => {
          const n = trunks(a, p);
          return erlangB(a, n) <= p && (n === 0 || erlangB(a, n - 1) > p);
        }
      ),
      { numRuns: 200 }
    );
  });

  test("FTE divides by (1 − shrinkage), never multiplies by (1 + shrinkage)", () => {
    expect(fte(14, 0.3)).toBeCloseTo(20, 12);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        (m, s) => {
          const staff = fte(m, s);
          return (
            Math.abs(staff * (1 - s) - m) <= 1e-12 * Math.max(1, m) && staff >= m * (1 + s) - 1e-9
          );
        }
      ),
      { numRuns: 300 }
    );
  });
});
