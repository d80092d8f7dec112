import fc from "fast-check";
import {
  abandonRate,
  averageSpeedOfAnswerA,
  erlangA,
  occupancyA,
  serviceLevelA,
} from "../../src/engine/erlangA";
import { WfmInputError, WfmNoAnswerError } from "../../src/engine/errors";
import { averageSpeedOfAnswer, serviceLevel } from "../../src/engine/staffing";
import { Case, bruteQueueLength, closedForm } from "./erlangAReference";

const relErr = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

function engine(k: Case) {
  return erlangA(k.calls, k.ahtSec, k.agents, k.patienceSec, k.targetTimeSec, k.intervalSec);
}

describe("Erlang A: published cases (../shared/reference/published-cases.json)", () => {
  // pyworkforce test_abandonment: 100 calls / 30 min, AHT 180 s, 14 agents, patience 300 s, 20 s target.
  test("R16-sl: SERVICELEVEL.A = 0.916792 (± 5e-7)", () => {
    expect(Math.abs(serviceLevelA(100, 180, 14, 300, 20, 1800) - 0.916792)).toBeLessThanOrEqual(
      5e-7
    );
  });

  test("R16-ab: ABANDON = 0.013984 (± 5e-7)", () => {
    expect(Math.abs(abandonRate(100, 180, 14, 300, 1800) - 0.013984)).toBeLessThanOrEqual(5e-7);
  });

  test("R16: ASA.A is the wait of answered calls, below pyworkforce's all-calls figure Lq/λ = 4.195 s", () => {
    const asa = averageSpeedOfAnswerA(100, 180, 14, 300, 1800);
    // All-calls mean wait = E[Q]/λ = abandon/θ; answered calls wait less than callers who give up.
    const allCallsWait = abandonRate(100, 180, 14, 300, 1800) * 300;
    expect(allCallsWait).toBeCloseTo(4.195, 3);
    expect(asa).toBeLessThan(allCallsWait);
    expect(
      relErr(
        asa,
        closedForm({
          calls: 100,
          ahtSec: 180,
          agents: 14,
          patienceSec: 300,
          targetTimeSec: 0,
          intervalSec: 1800,
        }).averageSpeedOfAnswerSec
      )
    ).toBeLessThan(1e-7);
  });
});

describe("Erlang A agrees with the incomplete-gamma closed forms to 1e-7 relative", () => {
  const cases: Case[] = [
    { calls: 100, ahtSec: 180, agents: 14, patienceSec: 300, targetTimeSec: 20, intervalSec: 1800 },
    { calls: 100, ahtSec: 180, agents: 5, patienceSec: 100, targetTimeSec: 20, intervalSec: 1800 }, // overloaded
    {
      calls: 2400,
      ahtSec: 300,
      agents: 380,
      patienceSec: 120,
      targetTimeSec: 20,
      intervalSec: 1800,
    },
    { calls: 60, ahtSec: 600, agents: 18, patienceSec: 5, targetTimeSec: 60, intervalSec: 1800 }, // short patience
    { calls: 60, ahtSec: 240, agents: 9, patienceSec: 20000, targetTimeSec: 30, intervalSec: 1800 }, // long patience
    {
      calls: 30000,
      ahtSec: 180,
      agents: 3050,
      patienceSec: 180,
      targetTimeSec: 15,
      intervalSec: 1800,
    }, // thousands of agents
    {
      calls: 30000,
      ahtSec: 180,
      agents: 2700,
      patienceSec: 60,
      targetTimeSec: 0,
      intervalSec: 1800,
    },
    { calls: 500, ahtSec: 200, agents: 60, patienceSec: 90, targetTimeSec: 600, intervalSec: 1800 }, // long target
  ];
  test.each(cases)(
    "$calls calls, aht $ahtSec s, $agents agents, patience $patienceSec s, t = $targetTimeSec s",
    (k) => {
      const got = engine(k);
      const want = closedForm(k);
      expect(relErr(got.serviceLevel, want.serviceLevel)).toBeLessThan(1e-7);
      expect(relErr(got.abandonRate, want.abandonRate)).toBeLessThan(1e-7);
      expect(relErr(got.averageSpeedOfAnswerSec, want.averageSpeedOfAnswerSec)).toBeLessThan(1e-7);
      expect(relErr(got.occupancy, want.occupancy)).toBeLessThan(1e-7);
    }
  );

  test("random cases (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 30, max: 900 }),
        fc.double({ min: 0.5, max: 1.3, noNaN: true }),
        fc.double({ min: 2, max: 5000, noNaN: true }),
        fc.integer({ min: 0, max: 300 }),
        (calls, ahtSec, staffing, patienceSec, targetTimeSec) => {
          const traffic = (calls * ahtSec) / 1800;
          const agents = Math.max(1, Math.round(traffic * staffing));
          const k = { calls, ahtSec, agents, patienceSec, targetTimeSec, intervalSec: 1800 };
          const got = engine(k);
          const want = closedForm(k);
          // Below 1e-6 the closed form's own subtraction P(a+1, x) − P(a+1, x·e^−θt) runs out of digits (the
          // engine matched 40-digit mpmath on such a case: SL 3.7536160119671e-10), so compare absolutely.
          if (want.serviceLevel > 1e-6)
            expect(relErr(got.serviceLevel, want.serviceLevel)).toBeLessThan(1e-7);
          else expect(Math.abs(got.serviceLevel - want.serviceLevel)).toBeLessThan(1e-13);
          // Below 1e-6 the closed form's own subtraction 1 − answered has no digits left to compare.
          if (want.abandonRate > 1e-6)
            expect(relErr(got.abandonRate, want.abandonRate)).toBeLessThan(1e-7);
          expect(relErr(got.occupancy, want.occupancy)).toBeLessThan(1e-7);
        }
      ),
      { numRuns: 100, seed: 4 }
    );
  });
});

describe("Erlang A properties", () => {
  const load = fc.record({
    calls: fc.integer({ min: 1, max: 2500 }),
    ahtSec: fc.integer({ min: 30, max: 900 }),
    patienceSec: fc.double({ min: 1, max: 3000, noNaN: true }),
    targetTimeSec: fc.integer({ min: 0, max: 120 }),
    staffing: fc.double({ min: 0.3, max: 1.5, noNaN: true }),
  });

  test("P(abandon) = (1/patience)·E[queue length]/λ, E[queue length] from the chain summed naively", () => {
    fc.assert(
      fc.property(load, ({ calls, ahtSec, patienceSec, staffing }) => {
        const agents = Math.max(1, Math.round(((calls * ahtSec) / 1800) * staffing));
        const k = { calls, ahtSec, agents, patienceSec, targetTimeSec: 0, intervalSec: 1800 };
        const queueLength = bruteQueueLength(k);
        const expected = queueLength / patienceSec / (calls / 1800);
        if (expected > 1e-12)
          expect(relErr(abandonRate(calls, ahtSec, agents, patienceSec), expected)).toBeLessThan(
            1e-9
          );
      }),
      { numRuns: 100, seed: 7 }
    );
  });

  test("abandon falls and service level rises as agents are added", () => {
    fc.assert(
      fc.property(load, ({ calls, ahtSec, patienceSec, targetTimeSec, staffing }) => {
        const agents = Math.max(0, Math.round(((calls * ahtSec) / 1800) * staffing));
        const now = erlangA(calls, ahtSec, agents, patienceSec, targetTimeSec);
        const more = erlangA(calls, ahtSec, agents + 1, patienceSec, targetTimeSec);
        expect(more.abandonRate).toBeLessThanOrEqual(now.abandonRate * (1 + 1e-12));
        expect(more.serviceLevel).toBeGreaterThanOrEqual(now.serviceLevel * (1 - 1e-12));
      }),
      { numRuns: 200, seed: 11 }
    );
  });

  test("as patience grows (stable queue) the results converge to Erlang C", () => {
    fc.assert(
      fc.property(load, ({ calls, ahtSec, targetTimeSec, staffing }) => {
        const traffic = (calls * ahtSec) / 1800;
        // At most 98% occupancy: nearer 1 the Erlang C wait (and so the 1/patience gap) grows without bound.
        const agents = Math.max(
          Math.floor(traffic) + 1,
          Math.ceil((traffic * Math.max(staffing, 1)) / 0.98)
        );
        const c = {
          sl: serviceLevel(calls, ahtSec, agents, targetTimeSec),
          asa: averageSpeedOfAnswer(calls, ahtSec, agents),
        };
        const gap = (patienceSec: number) => {
          const a = erlangA(calls, ahtSec, agents, patienceSec, targetTimeSec);
          return (
            Math.abs(a.serviceLevel - c.sl) +
            relErr(a.averageSpeedOfAnswerSec, c.asa) +
            a.abandonRate
          );
        };
        // The gap shrinks in proportion to 1/patience (100× longer patience, about 100× smaller gap), so it
        // is negligible at a patience of millennia.
        expect(gap(1e6)).toBeLessThanOrEqual(gap(1e4) + 1e-12);
        expect(gap(1e12)).toBeLessThanOrEqual(gap(1e10) / 50 + 1e-12);
        expect(gap(1e12)).toBeLessThan(1e-6);
      }),
      { numRuns: 60, seed: 13 }
    );
  });

  test("occupancy is calls·(1 − abandon)·aht/(interval·N)", () => {
    const ab = abandonRate(250, 240, 30, 90, 1800);
    expect(occupancyA(250, 240, 30, 90, 1800)).toBeCloseTo(
      (250 * (1 - ab) * 240) / (1800 * 30),
      14
    );
  });
});

describe("Erlang A edges", () => {
  test("no calls: no abandon, service level 1, ASA 0, occupancy 0", () => {
    expect(erlangA(0, 180, 10, 120, 20)).toMatchObject({
      abandonRate: 0,
      serviceLevel: 1,
      averageSpeedOfAnswerSec: 0,
      occupancy: 0,
    });
  });

  test("no agents: every caller abandons; ASA.A has no answer", () => {
    const r = erlangA(100, 180, 0, 120, 20);
    expect(r.abandonRate).toBeCloseTo(1, 12);
    expect(r.serviceLevel).toBe(0);
    expect(() => averageSpeedOfAnswerA(100, 180, 0, 120)).toThrow(WfmNoAnswerError);
  });

  test("overloaded queues are allowed: abandon is about the excess (A − N)/A", () => {
    // 100,000 calls × 180 s / 1800 s = 10,000 Erlangs on 9,000 agents with 120 s patience.
    const r = erlangA(100000, 180, 9000, 120, 20);
    expect(r.abandonRate).toBeGreaterThan(0.099);
    expect(r.abandonRate).toBeLessThan(0.1001);
    expect(r.occupancy).toBeLessThanOrEqual(1);
  });

  test("stable at 10,000 Erlangs and at extreme patience", () => {
    for (const patienceSec of [0.01, 1, 120, 1e5]) {
      for (const agents of [9500, 10013, 10500]) {
        const r = erlangA(100000, 180, agents, patienceSec, 20);
        for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
        expect(r.serviceLevel).toBeGreaterThanOrEqual(0);
        expect(r.serviceLevel).toBeLessThanOrEqual(1);
      }
    }
    // 10,013 agents meet 80/20 under Erlang C; patience can only help.
    expect(serviceLevelA(100000, 180, 10013, 1e5, 20)).toBeGreaterThan(0.8);
    const k = {
      calls: 100000,
      ahtSec: 180,
      agents: 10013,
      patienceSec: 600,
      targetTimeSec: 20,
      intervalSec: 1800,
    };
    expect(relErr(engine(k).serviceLevel, closedForm(k).serviceLevel)).toBeLessThan(1e-7);
  });

  test("an overloaded queue with absurd patience is refused, not hung", () => {
    expect(() => abandonRate(100000, 180, 5000, 1e12)).toThrow(WfmNoAnswerError);
  });
});

describe("Erlang A bad input names the argument", () => {
  const cases: [string, () => unknown, RegExp][] = [
    ["patience 0", () => abandonRate(100, 180, 14, 0), /patience must be > 0 seconds/],
    ["patience < 0", () => serviceLevelA(100, 180, 14, -5, 20), /patience must be > 0 seconds/],
    ["patience NaN", () => occupancyA(100, 180, 14, NaN), /patience must be a finite number/],
    ["calls < 0", () => abandonRate(-1, 180, 14, 300), /calls must be ≥ 0/],
    ["aht 0", () => abandonRate(100, 0, 14, 300), /aht must be > 0 seconds/],
    ["interval 0", () => abandonRate(100, 180, 14, 300, 0), /interval must be > 0 seconds/],
    ["agents < 0", () => abandonRate(100, 180, -1, 300), /agents must be ≥ 0/],
    [
      "agents fractional",
      () => abandonRate(100, 180, 13.5, 300),
      /agents must be a whole number.*14/,
    ],
    [
      "target_time < 0",
      () => serviceLevelA(100, 180, 14, 300, -1),
      /target_time must be ≥ 0 seconds/,
    ],
  ];
  test.each(cases)("%s", (_name, call, message) => {
    expect(call).toThrow(WfmInputError);
    expect(call).toThrow(message);
  });

  test("over the agent limit is #N/A, not a hang", () => {
    expect(() => abandonRate(100, 180, 2_000_000, 300)).toThrow(WfmNoAnswerError);
  });
});
