import * as fs from "fs";
import * as path from "path";
import { EVALUATORS, PUBLISHED_CASES, PublishedCase, selfTest } from "../../src/engine/selftest";

/**
 * The published reference cases (src/engine/publishedCases.json, a copy of shared/reference with sources),
 * each recomputed by the engine: every case of a function that exists must match to its printed precision.
 */

const ERLANG_C_AND_PLANS = [
  "ERLANGB",
  "ERLANGC",
  "SERVICELEVEL",
  "ASA",
  "OCCUPANCY",
  "AGENTS",
  "AGENTS.FRACTIONAL",
  "TRUNKS",
  "FTE",
];

describe("published cases", () => {
  const mine = PUBLISHED_CASES.filter((c) => ERLANG_C_AND_PLANS.includes(c.fn));

  test("the Erlang C, Erlang B and plan functions have published cases, and an evaluator each", () => {
    expect(mine.length).toBeGreaterThanOrEqual(18);
    for (const fn of ERLANG_C_AND_PLANS) expect(EVALUATORS[fn]).toBeDefined();
  });

  test.each(mine.map((c) => [`${c.id} ${c.fn}`, c] as [string, PublishedCase]))("%s", (_, c) => {
    const computed = EVALUATORS[c.fn](c.args);
    expect(Math.abs(computed - c.expected)).toBeLessThanOrEqual(c.tolerance ?? 0);
  });

  test("the project's copy matches shared/reference when that is present", () => {
    const shared = path.resolve(__dirname, "../../../shared/reference/published-cases.json");
    if (!fs.existsSync(shared)) return;
    const copy = path.resolve(__dirname, "../../src/engine/publishedCases.json");
    expect(JSON.parse(fs.readFileSync(copy, "utf8"))).toEqual(
      JSON.parse(fs.readFileSync(shared, "utf8"))
    );
  });
});

describe("SELFTEST", () => {
  test("every case with an evaluator is recomputed and passes", () => {
    const rows = selfTest();
    expect(rows.length).toBe(PUBLISHED_CASES.filter((c) => EVALUATORS[c.fn]).length);
    expect(rows.filter((r) => !r.pass)).toEqual([]);
    expect(rows[0]).toEqual({
      label: "R1 AGENTS",
      source: PUBLISHED_CASES[0].source,
      expected: 14,
      computed: 14,
      pass: true,
    });
  });

  test("cases of functions without an evaluator are skipped; a wrong result or an error fails", () => {
    const cases: PublishedCase[] = [
      { id: "X1", source: "s", fn: "NOT.YET", args: {}, expected: 1 },
      { id: "X2", source: "s", fn: "TWICE", args: { x: 2 }, expected: 4.001, tolerance: 0.01 },
      { id: "X3", source: "s", fn: "TWICE", args: { x: 2 }, expected: 5 },
      { id: "X4", source: "s", fn: "THROWS", args: {}, expected: 0 },
    ];
    const rows = selfTest(cases, {
      TWICE: (a) => 2 * a.x,
      THROWS: () => {
        throw new Error("no answer");
      },
    });
    expect(rows.map((r) => [r.label, r.computed, r.pass])).toEqual([
      ["X2 TWICE", 4, true],
      ["X3 TWICE", 4, false],
      ["X4 THROWS", "no answer", false],
    ]);
  });
});
