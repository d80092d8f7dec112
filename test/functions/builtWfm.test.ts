import { FROZEN_IDS } from "./frozenIds";
import { callerOf, column, loadBuiltFunctions, StubExcelError } from "../helpers/builtFunctions";

/**
 * The built dist/functions.js as Excel loads it (a bare sandbox with only CustomFunctions), every Erlang
 * C, Erlang B, plan and scorecard function called by its id with 2-D arrays and null for omitted arguments.
 */
const fns = loadBuiltFunctions();
const call = callerOf(fns);
const col = column;

describe("dist/functions.js: the WFM functions by id", () => {
  test("registers exactly the contract's function ids", () => {
    expect([...fns.keys()].sort()).toEqual([...FROZEN_IDS].sort());
  });

  test("AGENTS over a column spills a column, errors in their own cells", () => {
    const out = call("AGENTS", col(100, null, -1, 100_000), [[180]], [[0.8]], [[20]], null, null);
    expect(out[0][0]).toBe(14);
    expect(out[1][0]).toBe("");
    expect((out[2][0] as StubExcelError).code).toBe("#VALUE!");
    expect(out[3][0]).toBe(10_013);
    expect(call("AGENTS", [[100]], [[180]], [[0.8]], [[20]], [[1800]], [[0.7]])).toEqual([[15]]);
  });

  test("the per-interval measures", () => {
    const at = (id: string): number => call(id, [[100]], [[180]], [[14]], null)[0][0] as number;
    expect(call("ERLANGC", [[10]], [[14]])[0][0]).toBeCloseTo(0.1741319, 7);
    expect(call("ERLANGB", [[1]], [[2]])[0][0]).toBeCloseTo(0.2, 14);
    expect(call("SERVICELEVEL", [[100]], [[180]], [[14]], [[20]], null)[0][0]).toBeCloseTo(
      0.88835,
      5
    );
    expect(at("ASA")).toBeCloseTo(7.8359, 4);
    expect(at("QUEUETIME")).toBeCloseTo(45, 12);
    expect(at("OCCUPANCY")).toBeCloseTo(0.7142857, 7);
    expect(at("QUEUELENGTH")).toBeCloseTo((at("ASA") * 100) / 1800, 12); // Little's law: Lq = λ·ASA
    expect(call("ANSWERTIME", [[100]], [[180]], [[14]], [[0.5]], null)).toEqual([[0]]);
    expect((call("ASA", [[100]], [[180]], [[10]], null)[0][0] as StubExcelError).code).toBe("#N/A");
  });

  test("the searches and plans", () => {
    const m = call("AGENTS.ASA", [[100]], [[180]], [[20]], null, null)[0][0] as number;
    const asa = call("ASA", [[100]], [[180]], [[m, m - 1]], null) as number[][];
    expect(asa[0][0]).toBeLessThanOrEqual(20);
    expect(asa[0][1]).toBeGreaterThan(20);
    expect(call("AGENTS.FRACTIONAL", [[100]], [[180]], [[0.8]], [[20]], null)[0][0]).toBeCloseTo(
      13.0372,
      4
    );
    expect(call("TRUNKS", [[10]], [[0.02]])).toEqual([[17]]);
    expect(call("FTE", [[14]], [[0.3]])[0][0]).toBeCloseTo(20, 12);
    const capacity = call("CALLCAPACITY", [[14]], [[180]], [[0.8]], [[20]], null)[0][0] as number;
    expect(
      call("AGENTS", col(capacity, capacity + 1), [[180]], [[0.8]], [[20]], null, null)
    ).toEqual([[14], [15]]);
  });

  test("costs, KPIs, scorecard", () => {
    expect(call("COSTPERCALL", [[5000]], [[1250]])).toEqual([[4]]);
    expect(call("NPS", [[50]], [[30]], [[20]])).toEqual([[30]]);
    expect(call("KPI.ATTAINMENT", [[0.72]], [[0.8]], [["higher"]], null)[0][0]).toBeCloseTo(
      0.9,
      15
    );
    expect(call("KPI.STATUS", [[0.77, 0.8]], [[0.8]], [[-1]], null)).toEqual([["GREEN", "GREEN"]]);
    expect(
      call("SCORECARD", col(0.8, 60), col(0.8, 30), col(1, 1), col("higher", "lower"))
    ).toEqual([[75]]);
  });

  test("SELFTEST spills the audit table, every row passing", () => {
    const table = call("SELFTEST");
    expect(table[0]).toEqual(["case", "source", "expected", "computed", "pass"]);
    expect(table.slice(1).every((row) => row[4] === true)).toBe(true);
  });
});
