import { StubExcelError } from "../helpers/customFunctionsGlobal";
import { AGENTS, AGENTS_ASA, CALLCAPACITY, FTE } from "../../src/functions/staffing";
import { ABANDON, AGENTS_A, SERVICELEVEL_A } from "../../src/functions/abandonment";
import { STAFFPLAN } from "../../src/functions/staffPlan";
import { COSTPERCALL, NPS } from "../../src/functions/kpi";
import { checkedResult } from "../../src/functions/cells";
import { WfmNumError } from "../../src/engine/errors";
import { operationsCounted } from "../../src/engine/work";
import { SWEPT_FUNCTIONS, callAndCheck } from "./extremeInputs";

/** The cases of issue 11, each as a tester typed it into a cell. */

const cell = (v: unknown) => [[v]];
const call = (fn: (...a: any[]) => any[][], ...args: unknown[]) => fn(...args.map(cell))[0][0];

function error(value: unknown, code: string, message: RegExp): void {
  expect(value).toBeInstanceOf(StubExcelError);
  expect((value as StubExcelError).code).toBe(code);
  expect((value as StubExcelError).message).toMatch(message);
}

function operationsOf(f: () => unknown): number {
  const before = operationsCounted();
  f();
  return operationsCounted() - before;
}

describe("searches past 2^53 end at once with a message", () => {
  // A 20-digit id pasted into the calls column: Excel keeps 12345678901234567890 as this double.
  const id = 12345678901234567000;

  test("AGENTS, AGENTS.ASA and STAFFPLAN with an occupancy cap", () => {
    error(call(AGENTS, id, 180, 0.8, 20, 1800, 0.85), "#N/A", /more than 1,000,000 agents/);
    error(call(AGENTS_ASA, id, 180, 20, 1800, 0.85), "#N/A", /more than 1,000,000 agents/);
    const plan = (STAFFPLAN as (...a: unknown[]) => unknown[][])(
      ...[id, 180, 0.8, 20, 1800, 0.3, 0.85].map(cell),
      null
    );
    expect(plan[0]).toHaveLength(6);
    error(plan[0][0], "#N/A", /more than 1,000,000 agents/);
  });

  test("a tiny occupancy cap puts traffic ÷ cap past the limit: #N/A, no walk", () => {
    expect(
      operationsOf(() =>
        error(call(AGENTS, 100, 180, 0.8, 20, 1800, 1e-300), "#N/A", /1,000,000 agents/)
      )
    ).toBe(0);
  });

  test("CALLCAPACITY whose capacity passes 2^53 calls", () => {
    error(call(CALLCAPACITY, 14, 180, 0.8, 20, 1e300), "#N/A", /2\^53/);
  });

  test("AGENTS.A at 1e10 and 1e12 calls is refused before any work", () => {
    for (const calls of [1e10, 1e12]) {
      expect(
        operationsOf(() =>
          error(call(AGENTS_A, calls, 180, 300, 0.8, 20), "#N/A", /more than 1,000,000 agents/)
        )
      ).toBe(0);
    }
  });
});

describe("found by the long fuzzing run", () => {
  test("STAFFPLAN's Erlang C starting guess counts against the same cell budget as its search", () => {
    // Seed 20261244 of the 12-minute run: a cap of 5e-324 sends AGENTS.A's search to its budget's edge.
    const spec = SWEPT_FUNCTIONS.find((f) => f.id === "STAFFPLAN")!;
    expect(callAndCheck(spec, [11398, 1, 5e-324, 1, 1, 0, 5e-324, 28591]).problems).toEqual([]);
  });
});

describe("long patience converges to Erlang C instead of giving up", () => {
  test("AGENTS.A(10000, 180, 1e12, 0.8, 20) = AGENTS(10000, 180, 0.8, 20) = 1011", () => {
    // 10,000 calls × 180 s / 1800 s = 1,000 Erlangs; Erlang C needs 1,011 agents for 80/20.
    expect(call(AGENTS, 10000, 180, 0.8, 20)).toBe(1011);
    for (const patience of [1e12, 1e15, 1e300]) {
      expect(call(AGENTS_A, 10000, 180, patience, 0.8, 20)).toBe(1011);
    }
  });
});

describe("no NaN, ∞ or out-of-range fraction reaches a cell", () => {
  test("ABANDON with no agents is exactly 1, however long the patience", () => {
    expect(call(ABANDON, 100, 180, 0, 1e7)).toBe(1);
  });

  test("SERVICELEVEL.A at 1e-100 calls: nobody waits", () => {
    expect(call(SERVICELEVEL_A, 1e-100, 180, 14, 300, 20)).toBe(1);
  });

  test("COSTPERCALL over a denormal count is #NUM! naming handled_calls", () => {
    error(call(COSTPERCALL, 5000, 5e-324), "#NUM!", /handled_calls \(5e-324\) is too small/);
  });

  test("FTE beyond the largest double is #NUM! naming agents", () => {
    error(call(FTE, 1e308, 0.5), "#NUM!", /agents \(1e\+308\) is too large/);
  });

  test("NPS with 1e308 promoters is 100 (all but nothing are promoters)", () => {
    expect(call(NPS, 1e308, 25, 15)).toBe(100);
  });

  test("the door's last guard names the most extreme argument", () => {
    const args = [
      { name: "calls", value: 100 },
      { name: "aht", value: 1e300 },
    ];
    expect(() => checkedResult(Infinity, args)).toThrow(WfmNumError);
    expect(() => checkedResult(Infinity, args)).toThrow(/largest number.*check aht \(1e\+300\)/);
    expect(() => checkedResult(NaN, args)).toThrow(/no defined value.*check aht/);
    expect(checkedResult(0.5, args)).toBe(0.5);
    expect(checkedResult("GREEN", args)).toBe("GREEN");
  });
});
