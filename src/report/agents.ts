/**
 * The agent table's figures (input.md §2, report.md "Agents"): contact records with an agent column are
 * summed per agent and day by the reader; here the report month's days are gathered per agent and each
 * KPI is the same ratio of sums as a queue's (kpis.ts), so an agent's AHT is Σ handle / Σ answered over the
 * month, never an average of daily AHTs. Only answered records carry an agent.
 */
import type { AgentDayRow } from "../input";
import { dayToMonth } from "./dates";
import { computeKpis, type KpiSettings, type KpiValues } from "./kpis";

export interface AgentFigures {
  agent: string;
  answered: number;
  kpis: KpiValues;
  /** Σ hold seconds when the records give hold (talk + hold + ACW); null otherwise. */
  holdSec: number | null;
}

/** Every agent with answered records in the month, busiest first (ties by name); empty without agents. */
export function analyseAgents(
  rows: AgentDayRow[],
  month: string,
  settings: KpiSettings
): AgentFigures[] {
  const byAgent = new Map<string, AgentDayRow[]>();
  const monthOfDay = new Map<number, string>();
  for (const r of rows) {
    let m = monthOfDay.get(r.day);
    if (m === undefined) {
      m = dayToMonth(r.day);
      monthOfDay.set(r.day, m);
    }
    if (m !== month) continue;
    const list = byAgent.get(r.agent);
    if (list) list.push(r);
    else byAgent.set(r.agent, [r]);
  }
  const out: AgentFigures[] = [];
  for (const [agent, days] of byAgent) {
    let answered = 0;
    let hold: number | null = 0;
    for (const d of days) {
      answered += d.v.answered ?? 0;
      hold = hold === null || d.holdSec === undefined ? null : hold + d.holdSec;
    }
    out.push({ agent, answered, kpis: computeKpis(days, settings), holdSec: hold });
  }
  out.sort(
    (x, y) => y.answered - x.answered || (x.agent < y.agent ? -1 : x.agent > y.agent ? 1 : 0)
  );
  return out;
}
