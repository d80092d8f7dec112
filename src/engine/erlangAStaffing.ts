import { WfmNoAnswerError } from "./errors";
import { MAX_AGENTS } from "./erlangB";
import { ChainBudget, cellChainBudget } from "./chainBudget";
import { FreeAgentStates } from "./freeAgentStates";
import { ErlangAQuestion, ErlangAResult, erlangAAt, erlangAQuestion } from "./erlangA";
import { agentsForServiceLevel } from "./staffing";
import { operationsCounted } from "./work";
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
  // No calls, or so few that the arrival rate underflows (1e−320 calls): nobody needs an agent.
  if (q.lambda === 0 || q.trafficErl === 0) return { agents: 0, measures: NO_CALLS };
  // With no guess, start from Erlang C's answer: Erlang A converges to it as patience grows, and a
  // start there keeps long-patience searches away from N ≈ A, where the chain is longest.
  const before = operationsCounted();
  const guess =
    startAgents ??
    erlangCGuess(calls, ahtSec, targets.targetSl, targets.targetTimeSec, intervalSec);
  const budget = cellChainBudget();
  budget.operationsLeft -= operationsCounted() - before; // the guess is part of the cell's work
  return new Search(q, targets, budget).run(guess);
}

function erlangCGuess(
  calls: number,
  ahtSec: number,
  targetSl: number,
  targetTimeSec: number,
  intervalSec: number
): number | undefined {
  try {
    return agentsForServiceLevel(calls, ahtSec, targetSl, targetTimeSec, intervalSec);
  } catch {
    return undefined; // over the agent limit: the search reports it with its own message
  }
}

function checkTargets(t: ErlangATargets): void {
  fraction("target_sl", t.targetSl, { openLow: true, openHigh: true });
  nonNegative("target_time", t.targetTimeSec, "seconds");
  if (t.maxAbandon !== undefined) fraction("max_abandon", t.maxAbandon, { openLow: true });
  if (t.maxOccupancy !== undefined) fraction("max_occupancy", t.maxOccupancy, { openLow: true });
}

interface Candidate {
  states: FreeAgentStates;
  measures: ErlangAResult;
  meets: boolean;
}

class Search {
  /** The largest N known to miss a target, with the free-agent states at it. */
  private miss: FreeAgentStates;
  private hit: Candidate | undefined;
  constructor(
    private readonly q: ErlangAQuestion,
    private readonly targets: ErlangATargets,
    /** One cell's work, shared by every candidate the search evaluates. */
    private readonly budget: ChainBudget
  ) {
    const lowest = this.lowerBound();
    // Checked before walking the free-agent states up to it: that walk is one step per agent.
    if (lowest > MAX_AGENTS) throw needsOverLimit();
    this.miss = this.advance(new FreeAgentStates(q.trafficErl), lowest - 1);
  }

  /**
   * Every agent answers at most its share of the traffic, so answered/offered ≤ N/A; a service level
   * of s, or an abandon rate of at most m, needs N ≥ A·s and N ≥ A·(1 − m). With both caps, occupancy
   * A·(1 − abandon)/N ≤ c needs N ≥ A·(1 − m)/c. With calls, N ≥ 1.
   */
  private lowerBound(): number {
    const { targetSl, maxAbandon, maxOccupancy } = this.targets;
    const answered = maxAbandon === undefined ? 0 : 1 - maxAbandon;
    const busy = maxOccupancy === undefined ? 0 : answered / maxOccupancy;
    const share = Math.max(targetSl, answered, busy);
    return Math.max(1, Math.floor(this.q.trafficErl * share * (1 - 1e-9)));
  }

  run(startAgents: number | undefined): ErlangAStaffing {
    const floor = this.miss.agents + 1;
    const start = Math.round(startAgents ?? Math.ceil(this.q.trafficErl));
    const guess = Math.min(MAX_AGENTS, Math.max(floor, start));
    // The guess and the points a gallop down from it tries (guess − 1, − 2, − 4, …), their free-agent
    // states built in one walk up from the known miss: galloping down never walks the same agents twice.
    const points = [guess];
    for (let step = 1; guess - step > this.miss.agents; step *= 2) points.push(guess - step);
    if (points[points.length - 1] > floor) points.push(floor);
    const ladder = this.statesAt([...points].reverse());
    if (this.evaluate(guess, ladder.get(guess)).meets) {
      for (const n of points.slice(1)) if (!this.evaluate(n, ladder.get(n)).meets) break;
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
    return { agents: this.hit!.states.agents, measures: this.hit!.measures };
  }

  /** The free-agent states at each of `ascending` (all above the known miss), in one walk. */
  private statesAt(ascending: number[]): Map<number, FreeAgentStates> {
    const states = new Map<number, FreeAgentStates>();
    let walker = this.miss;
    for (const n of ascending) {
      walker = this.advance(walker, n);
      states.set(n, walker);
    }
    return states;
  }

  /** A copy of `from` walked up to n agents, its steps charged to the cell's budget. */
  private advance(from: FreeAgentStates, n: number): FreeAgentStates {
    this.budget.operationsLeft -= n - from.agents;
    return from.clone().advanceTo(n);
  }

  /** Evaluates N (above the known miss) and narrows the bracket. */
  private evaluate(n: number, ready?: FreeAgentStates): Candidate {
    const states = ready ?? this.advance(this.miss, n);
    const measures = this.measuresAt(states);
    const candidate = { states, measures, meets: this.meets(measures) };
    if (candidate.meets) {
      if (!this.hit || n < this.hit.states.agents) this.hit = candidate;
    } else if (n > this.miss.agents) {
      this.miss = states;
    }
    return candidate;
  }

  /** The measures at N; a chain over the cell's budget ends the search with #N/A (never a guess). */
  private measuresAt(states: FreeAgentStates): ErlangAResult {
    return erlangAAt(this.q, states, this.targets.targetTimeSec, this.budget);
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
