import { callerOf, column, loadBuiltFunctions, StubExcelError } from "../helpers/builtFunctions";

/**
 * The Erlang A functions and STAFFPLAN as Excel calls them: the built dist/functions.js in a bare sandbox,
 * each function by its id, 2-D arrays in, null for omitted optional arguments. Expected values are the
 * published cases R16 and R17 (../../docs/functions.md cites them) and the Erlang C case R1.
 */
const fns = loadBuiltFunctions();
const call = callerOf(fns);
const col = column;

describe("dist/functions.js: the Erlang A functions by id", () => {
  test("R16: ABANDON and SERVICELEVEL.A at 100 calls, 180 s, 14 agents, patience 300 s", () => {
    expect(call("ABANDON", [[100]], [[180]], [[14]], [[300]], null)[0][0]).toBeCloseTo(0.013984, 6);
    expect(
      call("SERVICELEVEL.A", [[100]], [[180]], [[14]], [[300]], [[20]], null)[0][0]
    ).toBeCloseTo(0.916792, 6);
  });

  test("R17: AGENTS.A with every cap given, and with the caps omitted", () => {
    expect(
      call("AGENTS.A", [[100]], [[180]], [[300]], [[0.8]], [[20]], [[1800]], [[0.05]], [[0.85]])
    ).toEqual([[13]]);
    expect(call("AGENTS.A", [[100]], [[180]], [[300]], [[0.8]], [[20]], null, null, null)).toEqual([
      [13],
    ]);
  });

  test("OCCUPANCY.A is calls × (1 − abandon) × aht / (interval × agents), from the built ABANDON", () => {
    const abandon = call("ABANDON", [[100]], [[180]], [[14]], [[300]], null)[0][0] as number;
    const occupancy = call("OCCUPANCY.A", [[100]], [[180]], [[14]], [[300]], null)[0][0] as number;
    expect(occupancy).toBeCloseTo((100 * (1 - abandon) * 180) / (1800 * 14), 12);
  });

  test("ASA.A is below Erlang C's ASA (callers who leave shorten the wait) and #N/A with no agents", () => {
    const asaA = call("ASA.A", col(100, 100), [[180]], col(14, 0), [[300]], null);
    const asaC = call("ASA", [[100]], [[180]], [[14]], null)[0][0] as number;
    expect(asaA[0][0] as number).toBeGreaterThan(0);
    expect(asaA[0][0] as number).toBeLessThan(asaC);
    expect((asaA[1][0] as StubExcelError).code).toBe("#N/A");
  });

  test("a bad patience gives #VALUE! naming it, in its own cell only", () => {
    const out = call("ABANDON", [[100]], [[180]], [[14]], col(300, 0, null), null);
    expect(out[0][0]).toBeCloseTo(0.013984, 6);
    expect((out[1][0] as StubExcelError).code).toBe("#VALUE!");
    expect((out[1][0] as StubExcelError).message).toMatch(/patience must be > 0/);
    expect(out[2][0]).toBe("");
  });

  test("STAFFPLAN spills six columns per row; Erlang C without patience, blank rows stay blank", () => {
    const plan = call(
      "STAFFPLAN",
      col(100, null, -5),
      [[180]],
      [[0.8]],
      [[20]],
      null,
      [[0.3]],
      null,
      null
    );
    expect(plan).toHaveLength(3);
    // R1 (Erlang C): 14 agents, FTE 14 / (1 − 0.3) = 20, SL 0.88835, ASA 7.8359 s, occupancy 10/14, no abandon.
    expect(plan[0][0]).toBe(14);
    expect(plan[0][1]).toBeCloseTo(20, 12);
    expect(plan[0][2]).toBeCloseTo(0.88835, 5);
    expect(plan[0][3]).toBeCloseTo(7.8359, 4);
    expect(plan[0][4]).toBeCloseTo(10 / 14, 12);
    expect(plan[0][5]).toBe("");
    expect(plan[1]).toEqual(["", "", "", "", "", ""]);
    expect(plan[2].every((cell) => (cell as StubExcelError).code === "#VALUE!")).toBe(true);
  });

  test("STAFFPLAN with patience is Erlang A in every column (R17's 13 agents meet 80/20)", () => {
    const [row] = call("STAFFPLAN", [[100]], [[180]], [[0.8]], [[20]], null, null, null, [[300]]);
    expect(row[0]).toBe(13);
    expect(row[1]).toBe(13);
    expect(row[2] as number).toBeGreaterThanOrEqual(0.8);
    expect(row[5] as number).toBeGreaterThan(0);
  });
});
