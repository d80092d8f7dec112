/**
 * Contact records summed per agent and day (input.md §1, "per agent, for agent tables"): only answered
 * records have an agent, so an agent's figures are those of its answered calls, with the queues' definitions.
 * A bad cell leaves that figure out for the agent's whole day, as it does for a queue-interval.
 */
import type { SumField } from "./fields";
import type { AgentDayRow } from "./types";

/** The figures an agent has: those of answered records (no offered, abandoned or waiting: no agent then). */
const AGENT_FIELDS: SumField[] = [
  "answered",
  "handleSec",
  "fcrResolved",
  "fcrEligible",
  "surveys",
  "satisfied",
  "scoreSum",
  "promoters",
  "passives",
  "detractors",
];

/** What one answered record gives its agent; null where the record has no usable value. */
export interface AnsweredCall {
  handleSec: number | null;
  holdSec: number | null;
  resolved: boolean | null;
  /** The rating in points of 100, and whether it counts as satisfied. */
  rating: { points: number; satisfied: boolean } | null;
  nps: number | null;
}

interface AgentBucket {
  row: AgentDayRow;
  spoiled: Set<SumField> | null;
  holdSpoiled: boolean;
}

export class AgentDaySums {
  // Day, then agent: a number lookup and a lookup of the cell's own string, no key built per record.
  private readonly byDay = new Map<number, Map<string, AgentBucket>>();
  private readonly buckets: AgentBucket[] = [];
  private readonly fields: SumField[];

  /**
   * @param measured the fields the records measure (an agent sums those of them an agent can have)
   * @param sumsHold hold is read as its own column (talk + hold + ACW), so it is summed too
   */
  constructor(
    measured: Set<SumField>,
    private readonly sumsHold: boolean
  ) {
    this.fields = AGENT_FIELDS.filter((f) => measured.has(f));
  }

  add(day: number, agent: string, call: AnsweredCall, spoiled: SumField[] | null): void {
    let ofDay = this.byDay.get(day);
    if (!ofDay) {
      ofDay = new Map();
      this.byDay.set(day, ofDay);
    }
    let ab = ofDay.get(agent);
    if (!ab) {
      const v: Partial<Record<SumField, number>> = {};
      for (const f of this.fields) v[f] = 0;
      const row: AgentDayRow = { agent, day, v, ...(this.sumsHold ? { holdSec: 0 } : {}) };
      ab = { row, spoiled: null, holdSpoiled: false };
      ofDay.set(agent, ab);
      this.buckets.push(ab);
    }
    const a = ab.row.v as Record<SumField, number>;
    a.answered++;
    if (call.handleSec !== null) a.handleSec += call.handleSec;
    if (call.holdSec !== null && ab.row.holdSec !== undefined) ab.row.holdSec += call.holdSec;
    else if (this.sumsHold) ab.holdSpoiled = true;
    if (call.resolved !== null) {
      a.fcrEligible++;
      if (call.resolved) a.fcrResolved++;
    }
    if (call.rating !== null) {
      a.surveys++;
      a.scoreSum += call.rating.points;
      if (call.rating.satisfied) a.satisfied++;
    }
    if (call.nps !== null) {
      if (call.nps >= 9) a.promoters++;
      else if (call.nps >= 7) a.passives++;
      else a.detractors++;
    }
    if (spoiled) {
      ab.spoiled ??= new Set();
      for (const f of spoiled) ab.spoiled.add(f);
    }
  }

  /** Every agent-day, with the figures a bad cell spoiled left out. */
  rows(): AgentDayRow[] {
    for (const ab of this.buckets) {
      if (ab.spoiled) for (const f of ab.spoiled) delete ab.row.v[f];
      if (ab.holdSpoiled) delete ab.row.holdSec;
    }
    return this.buckets.map((ab) => ab.row);
  }
}
