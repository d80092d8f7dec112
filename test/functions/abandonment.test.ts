import "../helpers/customFunctionsGlobal"; // installs the stub CustomFunctions global
import { StubExcelError } from "../helpers/customFunctionsGlobal";
import {
  ABANDON,
  AGENTS_A,
  ASA_A,
  OCCUPANCY_A,
  SERVICELEVEL_A,
} from "../../src/functions/abandonment";
import { STAFFPLAN } from "../../src/functions/staffPlan";
import { erlangA } from "../../src/engine/erlangA";
import { agentsErlangA } from "../../src/engine/erlangAStaffing";
import { staffPlanRow } from "../../src/engine/staffPlan";

const code = (cell: unknown) => (cell as StubExcelError).code;
const message = (cell: unknown) => (cell as StubExcelError).message;

describe("Erlang A functions: Excel-shaped arguments", () => {
  test("R16 through the wrappers: 2-D arrays, null for an omitted interval", () => {
    expect(
      Math.abs(
        SERVICELEVEL_A([[100]], [[180]], [[14]], [[300]], [[20]], null as never)[0][0] - 0.916792
      )
    ).toBeLessThanOrEqual(5e-7);
    expect(
      Math.abs(ABANDON([[100]], [[180]], [[14]], [[300]])[0][0] - 0.013984)
    ).toBeLessThanOrEqual(5e-7);
  });

  test("ranges broadcast against single values; blank in, blank out; a bad cell errs alone", () => {
    const out = ABANDON(
      [[100], [null], [-5], [100]],
      [[180]],
      [[14], [14], [14], [13]],
      [[300]],
      [[1800]]
    );
    expect(out[0][0]).toBe(erlangA(100, 180, 14, 300).abandonRate);
    expect(out[1][0]).toBe("");
    expect(code(out[2][0])).toBe("#VALUE!");
    expect(message(out[2][0])).toMatch(/calls must be ≥ 0/);
    expect(out[3][0]).toBe(erlangA(100, 180, 13, 300).abandonRate);
  });

  test("patience ≤ 0 and fractional agents are #VALUE! naming the argument; no agents has no ASA (#N/A)", () => {
    expect(message(ABANDON([[100]], [[180]], [[14]], [[0]])[0][0])).toMatch(
      /patience must be > 0 seconds/
    );
    expect(message(OCCUPANCY_A([[100]], [[180]], [[12.5]], [[60]])[0][0])).toMatch(
      /agents must be a whole number/
    );
    expect(message(SERVICELEVEL_A([[100]], [[180]], [[14]], [["soon"]], [[20]])[0][0])).toMatch(
      /patience must be a number, not the text "soon"/
    );
    expect(code(ASA_A([[100]], [[180]], [[0]], [[60]])[0][0])).toBe("#N/A");
  });

  test("ASA.A and OCCUPANCY.A are the engine's answered-call measures", () => {
    const m = erlangA(250, 240, 30, 90, 0);
    expect(ASA_A([[250]], [[240]], [[30]], [[90]])).toEqual([[m.averageSpeedOfAnswerSec]]);
    expect(OCCUPANCY_A([[250]], [[240]], [[30]], [[90]])).toEqual([[m.occupancy]]);
  });

  test("AGENTS.A: R17, optional caps omitted (null) or blank, and each row equals the single-cell answer", () => {
    expect(
      AGENTS_A([[100]], [[180]], [[300]], [[0.8]], [[20]], [[1800]], [[0.05]], [[0.85]])
    ).toEqual([[13]]);
    const calls = [[100], [120], [null], [2400], [90], [0]];
    const out = AGENTS_A(calls, [[180]], [[120]], [[0.8]], [[20]], null as never, null as never, [
      [0.9],
    ]);
    calls.forEach(([c], r) => {
      expect(out[r][0]).toBe(
        c === null ? "" : agentsErlangA(c, 180, 120, 0.8, 20, 1800, undefined, 0.9)
      );
    });
  });
});

describe("STAFFPLAN", () => {
  test("Erlang C without patience: six columns per row, abandon blank; blank row blank; bad row errs alone", () => {
    const out = STAFFPLAN([[100], [null], [-1], [250]], [[180]], [[0.8]], [[20]], null as never, [
      [0.3],
    ]);
    expect(out).toHaveLength(4);
    const r1 = staffPlanRow({
      calls: 100,
      ahtSec: 180,
      targetSl: 0.8,
      targetTimeSec: 20,
      shrinkage: 0.3,
    });
    expect(out[0]).toEqual([
      14,
      r1.fte,
      r1.serviceLevel,
      r1.averageSpeedOfAnswerSec,
      r1.occupancy,
      "",
    ]);
    expect(out[0][1]).toBeCloseTo(20, 12); // R2: 14 agents at 30% shrinkage = 20 FTE
    expect(out[1]).toEqual(["", "", "", "", "", ""]);
    expect(out[2].map(code)).toEqual(Array(6).fill("#VALUE!"));
    expect(message(out[2][0])).toMatch(/calls must be ≥ 0/);
    expect(out[3][0]).toBe(
      staffPlanRow({ calls: 250, ahtSec: 180, targetSl: 0.8, targetTimeSec: 20 }).agents
    );
  });

  test("with patience every column is Erlang A (per-row patience and caps)", () => {
    const out = STAFFPLAN(
      [[100], [100]],
      [[180]],
      [[0.8]],
      [[20]],
      [[1800]],
      null as never,
      [[0.85]],
      [[300], [null]]
    );
    const a = staffPlanRow({
      calls: 100,
      ahtSec: 180,
      targetSl: 0.8,
      targetTimeSec: 20,
      maxOccupancy: 0.85,
      patienceSec: 300,
    });
    expect(out[0]).toEqual([
      a.agents,
      a.fte,
      a.serviceLevel,
      a.averageSpeedOfAnswerSec,
      a.occupancy,
      a.abandonRate,
    ]);
    // The second row has no patience: Erlang C, abandon blank.
    expect(out[1][0]).toBe(14);
    expect(out[1][5]).toBe("");
  });

  test("a multi-column range is refused with one error row naming the argument", () => {
    const out = STAFFPLAN([[100, 200]], [[180]], [[0.8]], [[20]]);
    expect(out).toHaveLength(1);
    expect(out[0].map(code)).toEqual(Array(6).fill("#VALUE!"));
    expect(message(out[0][0])).toMatch(/calls must be a single column/);
  });

  test("ranges of different lengths are one error row, not a silent truncation", () => {
    const out = STAFFPLAN([[100], [200]], [[180], [180], [180]], [[0.8]], [[20]]);
    expect(out).toHaveLength(1);
    expect(message(out[0][0])).toMatch(/must be ranges of the same shape/);
  });
});
