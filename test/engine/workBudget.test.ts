import { agentsErlangA } from "../../src/engine/erlangAStaffing";
import { erlangA } from "../../src/engine/erlangA";
import { agentsForAsa, agentsForServiceLevel } from "../../src/engine/staffing";
import { agentsFractional, callCapacity, trunks } from "../../src/engine/capacity";
import { erlangB } from "../../src/engine/erlangB";
import { WfmInputError, WfmNoAnswerError } from "../../src/engine/errors";
import { CELL_OPERATION_BUDGET, operationsCounted } from "../../src/engine/work";

/**
 * The worst cases of each search and series, swept on a grid of extremes: every call ends within one
 * cell's operation budget (counted by the engine's loops, not timed) with an answer or an error that
 * says why. The grid holds the cases issue 11 found slow: AGENTS.A near 71,800 Erlangs, long patience
 * near full load, 1e10–1e12 calls.
 */

function withinBudget(label: string, f: () => number): void {
  const before = operationsCounted();
  let result: number | undefined;
  try {
    result = f();
  } catch (e) {
    if (!(e instanceof WfmNoAnswerError || e instanceof WfmInputError)) throw e;
    expect(e.message.length).toBeGreaterThan(10);
  }
  const operations = operationsCounted() - before;
  if (operations > CELL_OPERATION_BUDGET) throw new Error(`${label}: ${operations} operations`);
  if (result !== undefined) expect(Number.isFinite(result)).toBe(true);
}

const traffics = [1e-300, 0.5, 100, 9999.99, 71800, 999_999.5, 1e7, 1e300];
const aht = 180;
const callsOf = (erlangs: number) => (erlangs * 1800) / aht;

describe("Erlang C searches stay within the cell budget", () => {
  test.each(traffics)("AGENTS, AGENTS.ASA, AGENTS.FRACTIONAL at %p Erlangs", (a) => {
    for (const sl of [1e-9, 0.8, 1 - 1e-12])
      for (const t of [0, 20, 1e6])
        for (const cap of [undefined, 1e-300, 0.5, 1]) {
          const calls = callsOf(a);
          withinBudget(`AGENTS ${a} ${sl} ${t} ${cap}`, () =>
            agentsForServiceLevel(calls, aht, sl, t, 1800, cap)
          );
          withinBudget(`AGENTS.ASA ${a} ${t} ${cap}`, () =>
            agentsForAsa(calls, aht, Math.max(t, 1e-300), 1800, cap)
          );
        }
    for (const sl of [1e-9, 0.8, 1 - 1e-12])
      withinBudget(`AGENTS.FRACTIONAL ${a} ${sl}`, () => agentsFractional(callsOf(a), aht, sl, 20));
  });

  test("CALLCAPACITY, TRUNKS and ERLANGB at the agent limit", () => {
    for (const agents of [0.5, 14, 999_999, 1e6])
      for (const interval of [1e-300, 1800, 1e9, 1e300])
        withinBudget(`CALLCAPACITY ${agents} ${interval}`, () =>
          callCapacity(agents, aht, 0.8, 20, interval)
        );
    for (const a of traffics)
      for (const p of [1e-300, 0.01, 0.5, 1]) withinBudget(`TRUNKS ${a} ${p}`, () => trunks(a, p));
    for (const a of traffics)
      for (const x of [0.5, 999_999.5, 1e6]) withinBudget(`ERLANGB ${a} ${x}`, () => erlangB(a, x));
  });
});

describe("Erlang A stays within the cell budget", () => {
  const patiences = [1e-300, 1, 60, 300, 1e5, 1e7, 1e9, 1e12, 1e300];

  test.each([100, 9999.99, 71800, 999_999.5])("AGENTS.A at %p Erlangs, every patience", (a) => {
    for (const patience of patiences)
      for (const [sl, t] of [
        [0.8, 20],
        [1e-9, 0],
        [0.999999, 1e6],
      ])
        withinBudget(`AGENTS.A ${a} ${patience} ${sl} ${t}`, () =>
          agentsErlangA(callsOf(a), aht, patience, sl, t, 1800, 0.05, 0.85)
        );
  });

  test("the measures at N just below, at and just above the traffic", () => {
    for (const a of [100, 71800, 999_999])
      for (const n of [0, a - 1, a, a + 1, Math.min(1e6, a + 1000)])
        for (const patience of patiences)
          withinBudget(
            `ERLANG A ${a} ${n} ${patience}`,
            () => erlangA(callsOf(a), aht, n, patience, 20).serviceLevel
          );
  });

  test("1e10 and 1e12 calls are refused before any work", () => {
    for (const calls of [1e10, 1e12]) {
      const before = operationsCounted();
      expect(() => agentsErlangA(calls, aht, 300, 0.8, 20)).toThrow(WfmNoAnswerError);
      expect(operationsCounted() - before).toBe(0);
    }
  });
});
