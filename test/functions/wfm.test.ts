import { StubExcelError } from "../helpers/customFunctionsGlobal";
import {
  ASA,
  ERLANGB,
  ERLANGC,
  OCCUPANCY,
  SELFTEST,
  SERVICELEVEL,
  TRAFFIC,
} from "../../src/functions/functions";
import { COSTPERCALL, KPI_ATTAINMENT, KPI_STATUS, NPS, SCORECARD } from "../../src/functions/kpi";
import { AGENTS, AGENTS_ASA, CALLCAPACITY, FTE, TRUNKS } from "../../src/functions/staffing";

/**
 * The Excel door, called as Excel calls it: 2-D arrays, null for omitted arguments, text and booleans
 * where users typed them. Bad input: one test per kind, each inside a spilled range whose other cells
 * must still compute.
 */

function error(cell: unknown): { code: string; message?: string } {
  expect(cell).toBeInstanceOf(StubExcelError);
  return cell as StubExcelError;
}

const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

/** AGENTS over a column of calls at 180 s, 80% in 20 s, default interval. */
const agents = (calls: unknown[][], target_sl: unknown = [[0.8]]): unknown[][] =>
  AGENTS(calls as any[][], [[180]], target_sl as any[][], [[20]], null as any, null as any);

describe("bad input, one kind at a time, inside a range that still computes", () => {
  test("negative", () => {
    const out = agents(col(100, -5, 200));
    expect(out[0][0]).toBe(14);
    expect(error(out[1][0])).toEqual({ code: "#VALUE!", message: "calls must be ≥ 0" });
    expect(out[2][0]).toBe(agents([[200]])[0][0]);
  });

  test("zero where it is not allowed", () => {
    const out = AGENTS([[100]], col(180, 0), [[0.8]], [[20]]);
    expect(out[0][0]).toBe(14);
    expect(error(out[1][0])).toEqual({ code: "#VALUE!", message: "aht must be > 0 seconds" });
  });

  test("NaN", () => {
    const out = agents(col(NaN, 100));
    expect(error(out[0][0])).toEqual({ code: "#VALUE!", message: "calls must be a finite number" });
    expect(out[1][0]).toBe(14);
  });

  test("text", () => {
    const out = agents(col("abc", 100));
    expect(error(out[0][0]).message).toBe('calls must be a number, not the text "abc"');
    expect(out[1][0]).toBe(14);
  });

  test("booleans", () => {
    const out = agents(col(true, 100));
    expect(error(out[0][0])).toEqual({
      code: "#VALUE!",
      message: "calls must be a number, not TRUE",
    });
    expect(out[1][0]).toBe(14);
  });

  test("blanks: blank in, blank out; an omitted optional argument takes its default", () => {
    expect(agents(col(null, "", 100))).toEqual([[""], [""], [14]]);
    expect(SERVICELEVEL([[100]], [[180]], [[14]], [[20]], null as any)).toEqual(
      SERVICELEVEL([[100]], [[180]], [[14]], [[20]], [[1800]])
    );
    // A blank cell in an optional range is the default too (no occupancy cap).
    expect(AGENTS(col(100, 100), [[180]], [[0.8]], [[20]], null as any, col(0.7, null))).toEqual([
      [15],
      [14],
    ]);
  });

  test("1e308: beyond double range is #VALUE!, beyond the agent limit is #N/A", () => {
    const out = agents(col(1e308, 1e300, 100));
    expect(error(out[0][0])).toEqual({
      code: "#VALUE!",
      message: "calls × aht / interval is too large to compute (over 1e308 Erlangs)",
    });
    expect(error(out[1][0]).code).toBe("#N/A");
    expect(error(out[1][0]).message).toMatch(/more than 1,000,000 agents/);
    expect(out[2][0]).toBe(14);
    const sl = SERVICELEVEL([[100]], [[180]], col(1e308, 14), [[20]]);
    expect(error(sl[0][0])).toEqual({
      code: "#N/A",
      message: "agents (1e+308) is over the limit of 1,000,000",
    });
    expect(sl[1][0]).toBeCloseTo(0.88835, 5);
  });

  test("a percentage typed as 80 instead of 0.8", () => {
    const out = agents([[100]], [[0.8, 80]]);
    expect(out[0][0]).toBe(14);
    expect(error(out[0][1])).toEqual({
      code: "#VALUE!",
      message: "target_sl must be between 0 and 1 (more than 0; less than 1; 80% = 0.8)",
    });
  });

  test("mismatched range shapes", () => {
    const out = AGENTS(col(100, 200, 300), col(180, 200), [[0.8]], [[20]]);
    expect(out.length).toBe(1);
    expect(error(out[0][0])).toEqual({
      code: "#VALUE!",
      message: "aht (2×1) and calls (3×1) must be ranges of the same shape, or single values",
    });
  });

  test("agents ≤ traffic: ASA is #N/A (unstable), service level 0, Erlang C 1, occupancy 1", () => {
    const asa = ASA([[100]], [[180]], col(14, 10, 8));
    expect(asa[0][0]).toBeCloseTo(7.8359, 4);
    expect(error(asa[1][0])).toEqual({
      code: "#N/A",
      message: "the queue is unstable: agents (10) must be more than the traffic (10 Erlangs)",
    });
    expect(error(asa[2][0]).code).toBe("#N/A");
    expect(SERVICELEVEL([[100]], [[180]], [[10]], [[20]])).toEqual([[0]]);
    expect(ERLANGC([[10]], [[9]])).toEqual([[1]]);
    expect(OCCUPANCY([[100]], [[180]], [[8]])).toEqual([[1]]);
  });
});

describe("ranges broadcast and spill", () => {
  test("a row of agents against one traffic gives a row of results", () => {
    const out = ERLANGB([[10]], [[10, 17, 17.5]]) as number[][];
    // B(10 servers, 10 E) = 0.2145823431…, Erlang's recursion in exact fractions (the classic table's 0.2146).
    expect(out[0][0]).toBeCloseTo(0.2145823431, 10);
    expect(out[0][1]).toBeLessThanOrEqual(0.02);
    expect(out[0][2]).toBeLessThan(out[0][1]);
  });

  test("the staffing functions through the door", () => {
    expect(TRAFFIC([[100]], [[180]], null as any)).toEqual([[10]]);
    // T&C: ASA(8 agents, 100 calls/h, 180 s) ≈ 10 s (rounded: it is just over 10, so 10 s needs 9).
    const asaAt8 = ASA([[100]], [[180]], [[8]], [[3600]])[0][0] as number;
    expect(asaAt8).toBeCloseTo(10, 0);
    expect(AGENTS_ASA([[100]], [[180]], [[asaAt8, 10]], [[3600]])).toEqual([[8, 9]]);
    expect(TRUNKS([[10]], [[0.02]])).toEqual([[17]]);
    expect((FTE([[14]], [[0.3]]) as number[][])[0][0]).toBeCloseTo(20, 12);
    const capacity = CALLCAPACITY([[14]], [[180]], [[0.8]], [[20]])[0][0] as number;
    expect(agents(col(capacity, capacity + 1))).toEqual([[14], [15]]);
  });
});

describe("costs, KPIs and the scorecard", () => {
  test("COSTPERCALL and NPS", () => {
    const cost = COSTPERCALL([[5000]], col(1250, 0));
    expect(cost[0][0]).toBe(4);
    expect(error(cost[1][0]).code).toBe("#N/A");
    expect(NPS([[60]], [[25]], [[15]])[0][0]).toBeCloseTo(45, 12);
  });

  test("KPI.ATTAINMENT and KPI.STATUS take text or ±1 directions; anything else is #VALUE!", () => {
    const att = KPI_ATTAINMENT(
      col(0.72, 40, 40),
      col(0.8, 30, 30),
      col("higher", "LOWER", "sideways"),
      null as any
    );
    expect(att[0][0]).toBeCloseTo(0.9, 15);
    expect(att[1][0]).toBeCloseTo(0.75, 15);
    expect(error(att[2][0]).message).toBe(
      'direction must be "higher" or "lower" (or 1 / -1), not "sideways"'
    );
    expect(KPI_STATUS(col(0.8, 0.77, 0.5), [[0.8]], [[1]], null as any)).toEqual([
      ["GREEN"],
      ["AMBER"],
      ["RED"],
    ]);
  });

  test("SCORECARD reads whole ranges and returns one value; rows with a blank actual are left out", () => {
    const out = SCORECARD(
      col(0.72, 40, null),
      col(0.8, 30, 0.9),
      col(2, 1, 5),
      col("higher", "lower", "higher")
    );
    expect(out.length).toBe(1);
    expect(out[0][0]).toBeCloseTo((100 * (2 * 0.9 + 0.75)) / 3, 12);
  });

  test("SCORECARD errors name the argument and the row", () => {
    expect(
      error(SCORECARD(col(1, 2), col(1, 2), col(1, 1, 1), col("higher", "higher"))[0][0]).message
    ).toBe("weights (3×1) and targets (2×1) must be ranges of the same shape, or single values");
    expect(
      error(SCORECARD(col(1, 2), col(1, null), col(1, 1), col("higher", "higher"))[0][0]).message
    ).toMatch(/^targets \(row 2\) is blank/);
    expect(
      error(SCORECARD(col(1, 2), col(1, 0), col(1, 1), col("higher", "higher"))[0][0]).message
    ).toBe("target must be > 0 (row 2)");
    expect(error(SCORECARD(col(1), col(1), col(1), col("up"))[0][0]).message).toMatch(
      /^directions \(row 1\) must be "higher" or "lower"/
    );
    expect(SCORECARD(col(null), col(1), col(1), col("higher"))).toEqual([[""]]);
  });
});

describe("SELFTEST", () => {
  test("spills a header and one passing row per published case with a function", () => {
    const table = SELFTEST();
    expect(table[0]).toEqual(["case", "source", "expected", "computed", "pass"]);
    expect(table.length).toBeGreaterThan(18);
    for (const row of table.slice(1)) {
      expect(row).toHaveLength(5);
      expect(row[4]).toBe(true);
    }
  });
});
