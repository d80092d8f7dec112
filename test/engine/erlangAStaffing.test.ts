import fc from "fast-check";
import { erlangA } from "../../src/engine/erlangA";
import { agentsErlangA, staffErlangA } from "../../src/engine/erlangAStaffing";
import { WfmInputError, WfmNoAnswerError } from "../../src/engine/errors";
import { staffPlanRow } from "../../src/engine/staffPlan";
import { selfTest } from "../../src/engine/selftest";

describe("AGENTS.A", () => {
  test("R17 (pyworkforce Erlang A guide): SL 0.8 / 20 s, abandon ≤ 5%, occupancy ≤ 85% → 13 agents", () => {
    expect(agentsErlangA(100, 180, 300, 0.8, 20, 1800, 0.05, 0.85)).toBe(13);
  });

  test("no calls need no agents", () => {
    expect(agentsErlangA(0, 180, 300, 0.8, 20)).toBe(0);
  });

  const question = fc.record({
    calls: fc.integer({ min: 1, max: 3000 }),
    ahtSec: fc.integer({ min: 30, max: 900 }),
    patienceSec: fc.double({ min: 1, max: 5000, noNaN: true }),
    targetSl: fc.double({ min: 0.05, max: 0.99, noNaN: true }),
    targetTimeSec: fc.integer({ min: 0, max: 120 }),
    maxAbandon: fc.option(fc.double({ min: 0.005, max: 0.5, noNaN: true }), { nil: undefined }),
    maxOccupancy: fc.option(fc.double({ min: 0.5, max: 1, noNaN: true }), { nil: undefined }),
  });

  const meets = (
    q: {
      calls: number;
      ahtSec: number;
      patienceSec: number;
      targetSl: number;
      targetTimeSec: number;
      maxAbandon?: number;
      maxOccupancy?: number;
    },
    agents: number
  ) => {
    const m = erlangA(q.calls, q.ahtSec, agents, q.patienceSec, q.targetTimeSec);
    return (
      m.serviceLevel >= q.targetSl &&
      (q.maxAbandon === undefined || m.abandonRate <= q.maxAbandon) &&
      (q.maxOccupancy === undefined || m.occupancy <= q.maxOccupancy)
    );
  };

  test("the answer meets every target given and one agent fewer does not (minimal)", () => {
    fc.assert(
      fc.property(question, (q) => {
        const n = agentsErlangA(
          q.calls,
          q.ahtSec,
          q.patienceSec,
          q.targetSl,
          q.targetTimeSec,
          1800,
          q.maxAbandon,
          q.maxOccupancy
        );
        expect(meets(q, n)).toBe(true);
        expect(meets(q, n - 1)).toBe(false);
      }),
      { numRuns: 200, seed: 17 }
    );
  });

  test("the starting guess never changes the answer, and the measures returned are those at the answer", () => {
    fc.assert(
      fc.property(question, fc.integer({ min: 0, max: 2000 }), (q, guess) => {
        const targets = {
          targetSl: q.targetSl,
          targetTimeSec: q.targetTimeSec,
          maxAbandon: q.maxAbandon,
          maxOccupancy: q.maxOccupancy,
        };
        const cold = staffErlangA(q.calls, q.ahtSec, q.patienceSec, targets);
        const warm = staffErlangA(q.calls, q.ahtSec, q.patienceSec, targets, 1800, guess);
        expect(warm.agents).toBe(cold.agents);
        expect(warm.measures).toEqual(
          erlangA(q.calls, q.ahtSec, cold.agents, q.patienceSec, q.targetTimeSec)
        );
      }),
      { numRuns: 150, seed: 19 }
    );
  });

  test("abandonment only helps: never more agents than Erlang C's AGENTS for the same SL target", () => {
    // 10,000 Erlangs: Erlang C needs 10,013 for 80/20 (shared/reference notes).
    const n = agentsErlangA(100000, 180, 120, 0.8, 20);
    expect(n).toBeLessThanOrEqual(10013);
    expect(erlangA(100000, 180, n, 120, 20).serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(erlangA(100000, 180, n - 1, 120, 20).serviceLevel).toBeLessThan(0.8);
  });

  test("targets past the agent limit are #N/A, not a hang", () => {
    expect(() => agentsErlangA(1e8, 180, 120, 0.8, 20)).toThrow(WfmNoAnswerError);
  });

  const bad: [string, () => unknown, RegExp][] = [
    ["patience 0", () => agentsErlangA(100, 180, 0, 0.8, 20), /patience must be > 0 seconds/],
    [
      "target_sl 80",
      () => agentsErlangA(100, 180, 300, 80, 20),
      /target_sl must be between .*80% = 0.8/,
    ],
    ["target_sl 1", () => agentsErlangA(100, 180, 300, 1, 20), /target_sl must be between/],
    ["target_sl 0", () => agentsErlangA(100, 180, 300, 0, 20), /target_sl must be between/],
    [
      "target_time < 0",
      () => agentsErlangA(100, 180, 300, 0.8, -1),
      /target_time must be ≥ 0 seconds/,
    ],
    [
      "max_abandon 0",
      () => agentsErlangA(100, 180, 300, 0.8, 20, 1800, 0),
      /max_abandon must be between/,
    ],
    [
      "max_abandon 5",
      () => agentsErlangA(100, 180, 300, 0.8, 20, 1800, 5),
      /max_abandon must be between/,
    ],
    [
      "max_occupancy 85",
      () => agentsErlangA(100, 180, 300, 0.8, 20, 1800, undefined, 85),
      /max_occupancy must be between/,
    ],
    ["aht 0", () => agentsErlangA(100, 0, 300, 0.8, 20), /aht must be > 0 seconds/],
  ];
  test.each(bad)("bad input: %s", (_name, call, message) => {
    expect(call).toThrow(WfmInputError);
    expect(call).toThrow(message);
  });
});

describe("STAFFPLAN rows", () => {
  test("Erlang C without patience: R1 (14 agents, SL 0.88835, ASA 7.8359 s, occupancy 0.7142857) and R2 (20 FTE at 30% shrinkage)", () => {
    const row = staffPlanRow({
      calls: 100,
      ahtSec: 180,
      targetSl: 0.8,
      targetTimeSec: 20,
      shrinkage: 0.3,
    });
    expect(row.agents).toBe(14);
    expect(row.fte).toBeCloseTo(20, 12);
    expect(Math.abs(row.serviceLevel - 0.88835)).toBeLessThanOrEqual(5e-6);
    expect(Math.abs(row.averageSpeedOfAnswerSec - 7.8359)).toBeLessThanOrEqual(5e-5);
    expect(Math.abs(row.occupancy - 0.7142857)).toBeLessThanOrEqual(5e-8);
    expect(row.abandonRate).toBeUndefined();
  });

  test("R3: the occupancy cap raises Erlang C's answer to 15", () => {
    expect(
      staffPlanRow({ calls: 100, ahtSec: 180, targetSl: 0.8, targetTimeSec: 20, maxOccupancy: 0.7 })
        .agents
    ).toBe(15);
  });

  test("with patience every column is Erlang A at AGENTS.A's answer", () => {
    const row = staffPlanRow({
      calls: 100,
      ahtSec: 180,
      targetSl: 0.8,
      targetTimeSec: 20,
      maxOccupancy: 0.85,
      patienceSec: 300,
      shrinkage: 0.25,
    });
    const n = agentsErlangA(100, 180, 300, 0.8, 20, 1800, undefined, 0.85);
    const m = erlangA(100, 180, n, 300, 20);
    expect(row).toEqual({
      agents: n,
      fte: n / 0.75,
      serviceLevel: m.serviceLevel,
      averageSpeedOfAnswerSec: m.averageSpeedOfAnswerSec,
      occupancy: m.occupancy,
      abandonRate: m.abandonRate,
    });
    // 14 agents give SL 0.916792 (R16), 13 give 0.858: 80/20 needs 13.
    expect(n).toBe(13);
  });

  test("a bad shrinkage is reported even when the search would succeed", () => {
    expect(() =>
      staffPlanRow({ calls: 100, ahtSec: 180, targetSl: 0.8, targetTimeSec: 20, shrinkage: 30 })
    ).toThrow(/shrinkage must be between/);
  });
});

describe("SELFTEST includes the Erlang A published cases", () => {
  test("R16-sl, R16-ab and R17 are recomputed live and pass", () => {
    const rows = selfTest().filter((r) => /^R1[67]/.test(r.label));
    expect(rows.map((r) => r.label)).toEqual([
      "R16-sl SERVICELEVEL.A",
      "R16-ab ABANDON",
      "R17 AGENTS.A",
    ]);
    for (const r of rows) expect(r).toMatchObject({ pass: true });
  });
});
