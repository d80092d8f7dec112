import { WfmNoAnswerError } from "./errors";
import { MAX_AGENTS } from "./erlangB";
import {
  ErlangAQuestion,
  ErlangAResult,
  FreeAgentStates,
  erlangAAt,
  erlangAQuestion,
} from "./erlangA";
import { DEFAULT_INTERVAL_SEC } from "./traffic";
import { fraction, nonNegative } from "./validate";

/**
 * AGENTS.A: the smallest whole number of agents whose Erlang A service level, abandon rate and occupancy
 * meet every target given. Each of the three only gets easier as agents are added (service level rises,
 * abandon and occupancy fall), so the feasible agents are a half-line and the answer is its first point.
 *
 * The search starts at a guess (the previous interval's answer, when a plan is computed row by row) and
 * gallops away from it, then bisects; the free-agent part of the chain is carried upward one agent at a
 * time, so a candidate costs only the short queue part of the chain. The answer never depends on the guess.
 */

export interface ErlangATargets {
  /** Fraction of offered calls to answer within targetTimeSec, strictly between 0 and 1. */
  targetSl: number;
  targetTimeSec: number;
  /** Highest acceptable fraction of offered calls abandoning. */
  maxAbandon?: number;
  /** Highest acceptable occupancy. */
  maxOccupancy?: number;
}

export interface ErlangAStaffing {
  agents: number;
  /** The Erlang A measures at that number of agents. */
  measures: ErlangAResult;
}

const NO_CALLS: ErlangAResult = {
  abandonRate: 0,
  serviceLevel: 1,
  averageSpeedOfAnswerSec: 0,
  occupancy: 0,
  waitProbability: 0,
};

/** The smallest whole number of agents meeting every target; `startAgents` is only a guess to start from. */
export function agentsErlangA(
  calls: number,
  ahtSec: number,
  patienceSec: number,
  targetSl: number,
  targetTimeSec: number,
  intervalSec: number = DEFAULT_INTERVAL_SEC,
  maxAbandon?: number,
  maxOccupancy?: number
): number {
  const targets = { targetSl, targetTimeSec, maxAbandon, maxOccupancy };
  return staffErlangA(calls, ahtSec, patienceSec, targets, intervalSec).agents;
}

/** AGENTS.A with the measures at the answer, for staffing plans. */
export function staffErlangA(
  calls: number,
  ahtSec: number,
  patienceSec: number,
  targets: ErlangATargets,
  intervalSec: number = DEFAULT_INTERVAL_SEC,
  startAgents?: number
): ErlangAStaffing {
  const q = erlangAQuestion(calls, ahtSec, patienceSec, intervalSec);
  checkTargets(targets);
  if (calls === 0) return { agents: 0, measures: NO_CALLS };
  return new Search(q, targets).run(startAgents);
}

function checkTargets(t: ErlangATargets): void {
  fraction("target_sl", t.targetSl, { openLow: true, openHigh: true });
  nonNegative("target_time", t.targetTimeSec, "seconds");
  if (t.maxAbandon !== undefined) fraction("max_abandon", t.maxAbandon, { openLow: true });
  if (t.maxOccupancy !== undefined) fraction("max_occupancy", t.maxOccupancy, { openLow: true });
}

interface Candidate {
  states: FreeAgentStates;
  measures: ErlangAResult | undefined;
  meets: boolean;
}

class Search {
  /** The largest N known to miss a target, with the free-agent states at it. */
  private miss: FreeAgentStates;
  private hit: Candidate | undefined;

  constructor(
    private readonly q: ErlangAQuestion,
    private readonly targets: ErlangATargets
  ) {
    this.miss = new FreeAgentStates(q.trafficErl).advanceTo(this.lowerBound() - 1);
  }

  /**
   * Every agent answers at most its share of the traffic, so answered/offered ≤ N/A; a service level
   * of s, or an abandon rate of at most m, needs N ≥ A·s and N ≥ A·(1 − m). With calls, N ≥ 1.
   */
  private lowerBound(): number {
    const { targetSl, maxAbandon } = this.targets;
    const share = Math.max(targetSl, maxAbandon === undefined ? 0 : 1 - maxAbandon);
    return Math.max(1, Math.floor(this.q.trafficErl * share * (1 - 1e-9)));
  }

  run(startAgents: number | undefined): ErlangAStaffing {
    const floor = this.miss.agents + 1;
    const start = Math.round(startAgents ?? Math.ceil(this.q.trafficErl));
    const guess = Math.min(MAX_AGENTS, Math.max(floor, start));
    const first = this.evaluate(guess);
    if (first.meets) {
      // Gallop down from the guess: the states below it are rebuilt from the known miss (cheap sums).
      for (let step = 1; this.hit!.states.agents > this.miss.agents + 1; step *= 2) {
        const n = Math.max(this.miss.agents + 1, this.hit!.states.agents - step);
        if (!this.evaluate(n).meets) break;
      }
    } else {
      for (let step = 1; !this.hit; step *= 2) {
        const n = this.miss.agents + step;
        if (n > MAX_AGENTS) throw needsOverLimit();
        this.evaluate(n);
      }
    }
    while (this.hit!.states.agents - this.miss.agents > 1) {
      this.evaluate(Math.floor((this.hit!.states.agents + this.miss.agents) / 2));
    }
    return { agents: this.hit!.states.agents, measures: this.hit!.measures! };
  }

  /** Evaluates N (above the known miss) and narrows the bracket. */
  private evaluate(n: number): Candidate {
    const states = this.miss.clone().advanceTo(n);
    const measures = this.measuresAt(states);
    const candidate = { states, measures, meets: measures !== undefined && this.meets(measures) };
    if (candidate.meets) {
      if (!this.hit || n < this.hit.states.agents) this.hit = candidate;
    } else if (n > this.miss.agents) {
      this.miss = states;
    }
    return candidate;
  }

  /**
   * The measures at N, or undefined for an overloaded N whose queue is too long to sum (absurd patience):
   * its queue holds about (λ − Nµ)/θ callers, millions, so it meets no target.
   */
  private measuresAt(states: FreeAgentStates): ErlangAResult | undefined {
    try {
      return erlangAAt(this.q, states, this.targets.targetTimeSec);
    } catch (e) {
      if (e instanceof WfmNoAnswerError && states.agents < this.q.trafficErl) return undefined;
      throw e;
    }
  }

  private meets(m: ErlangAResult): boolean {
    const { targetSl, maxAbandon, maxOccupancy } = this.targets;
    return (
      m.serviceLevel >= targetSl &&
      (maxAbandon === undefined || m.abandonRate <= maxAbandon) &&
      (maxOccupancy === undefined || m.occupancy <= maxOccupancy)
    );
  }
}

function needsOverLimit(): WfmNoAnswerError {
  return new WfmNoAnswerError(
    `the targets need more than ${MAX_AGENTS.toLocaleString("en-US")} agents, the limit of this function`
  );
}
