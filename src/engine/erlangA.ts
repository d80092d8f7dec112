import { WfmInputError, WfmNoAnswerError } from "./errors";
import { MAX_AGENTS } from "./erlangB";
import { DEFAULT_INTERVAL_SEC, trafficErlangs } from "./traffic";
import { nonNegative, positive } from "./validate";

/**
 * Erlang A: the M/M/N+M queue (Palm; Mandelbaum & Zeltyn, "The M/M/n+G queue: summary of performance
 * measures"). Calls arrive at rate λ, agents serve at rate µ = 1/aht, a waiting caller abandons at rate
 * θ = 1/patience. The number in system is a birth–death chain, birth λ, death min(n,N)µ + max(n−N,0)θ,
 * stable for every N because abandonment empties the queue.
 *
 * Every measure comes from one pass over the chain, relative to π_N (the state with all agents busy and
 * nobody waiting):
 * - below N, S_N = Σ_{n<N} π_n/π_N by Erlang's recursion S_N = (N/A)(1 + S_{N−1}), scaled so it stays finite
 *   where Erlang B underflows (N ≫ A);
 * - above N, r_k = π_{N+k}/π_N = Π_{j≤k} λ/(Nµ + jθ), summed until the rest is provably negligible.
 *
 * A tagged caller who finds k callers waiting is answered when k+1 departures from the queue ahead of it
 * have happened (rates Nµ + jθ, j = k…0) before its own patience runs out. Tilting by its patience, it is
 * answered with probability Nµ/(Nµ+(k+1)θ), and the time to answer is then a sum of exponentials with
 * rates Nµ + jθ, j = 1…k+1, whose e^−θ·time is Beta(Nµ/θ + 1, k+1) distributed. Hence
 *   P(answered within t | k) = Nµ/(Nµ+(k+1)θ) · P(M ≥ k+1),   M ~ NegativeBinomial(Nµ/θ + 1, 1 − e^−θt),
 *   E[wait; answered | k]   = Nµ/(Nµ+(k+1)θ) · Σ_{j=1}^{k+1} 1/(Nµ + jθ).
 * Summed over k with weights π_{N+k} (PASTA) these are exact; the tests check them against the closed
 * forms with incomplete gamma functions.
 */

export interface ErlangAResult {
  /** Fraction of offered calls that abandon: θ·E[queue length]/λ. */
  abandonRate: number;
  /** Calls answered within the target time / calls offered (abandons count against it). */
  serviceLevel: number;
  /** Mean wait of answered calls, seconds (answered immediately counts as 0). */
  averageSpeedOfAnswerSec: number;
  /** calls·(1 − abandon)·aht / (interval·N); 0 with no agents. */
  occupancy: number;
  /** Fraction of offered calls that find every agent busy. */
  waitProbability: number;
}

/** Stop summing when the rest is below this fraction of the sum (below double precision). */
const TAIL_EPSILON = 2 ** -60;
/** Keep running sums finite: rescale by this factor when a term grows past it. */
const RESCALE = 1e250;
const LN_RESCALE = Math.log(RESCALE);
/** Below e^−700 a probability weight cannot change a double sum of weights near 1. */
const NEGLIGIBLE_LOG = -700;
/**
 * A bound on the terms of the queue part of the chain. The queue's mass sits near (λ − Nµ)/θ callers, so
 * this is only reached when patience is absurdly long for an overloaded queue (e.g. 10 calls/s too many
 * and 6 days of patience); Erlang A then behaves as an unstable Erlang C and has no useful answer.
 */
const MAX_QUEUE_TERMS = 5_000_000;

/** Validated rates of one Erlang A question. */
export interface ErlangAQuestion {
  /** Offered load A = calls·aht/interval, Erlangs. */
  trafficErl: number;
  /** Arrivals per second. */
  lambda: number;
  /** Service rate per agent, per second (1/aht). */
  mu: number;
  /** Abandonment rate of a waiting caller, per second (1/patience). */
  theta: number;
}

export function erlangAQuestion(
  calls: number,
  ahtSec: number,
  patienceSec: number,
  intervalSec: number
): ErlangAQuestion {
  const trafficErl = trafficErlangs(calls, ahtSec, intervalSec);
  positive("patience", patienceSec, "seconds");
  return { trafficErl, lambda: calls / intervalSec, mu: 1 / ahtSec, theta: 1 / patienceSec };
}

export function checkAgents(agents: number): number {
  nonNegative("agents", agents);
  if (!Number.isInteger(agents)) {
    throw new WfmInputError(
      "agents",
      `agents must be a whole number for Erlang A (got ${agents}; round up to ${Math.ceil(agents)})`
    );
  }
  if (agents > MAX_AGENTS) {
    throw new WfmNoAnswerError(
      `agents (${agents}) is over the limit of ${MAX_AGENTS.toLocaleString("en-US")} agents`
    );
  }
  return agents;
}

/**
 * S_N = Σ_{n<N} π_n/π_N, walked upward one agent at a time (each step is O(1), which is what makes the
 * staffing search incremental). Kept as mantissa·e^lnScale; `unit` is e^−lnScale.
 */
export class FreeAgentStates {
  agents = 0;
  private mantissa = 0;
  private unit = 1;
  private lnScale = 0;

  constructor(private readonly trafficErl: number) {}

  /** ln S_N; −∞ with no agents (there is no state below N). */
  get lnSum(): number {
    return Math.log(this.mantissa) + this.lnScale;
  }

  advanceTo(agents: number): this {
    for (let n = this.agents + 1; n <= agents; n++) {
      this.mantissa = (n / this.trafficErl) * (this.unit + this.mantissa);
      if (this.mantissa > RESCALE) {
        this.mantissa /= RESCALE;
        this.unit /= RESCALE;
        this.lnScale += LN_RESCALE;
      }
    }
    this.agents = Math.max(this.agents, agents);
    return this;
  }

  clone(): FreeAgentStates {
    return Object.assign(new FreeAgentStates(this.trafficErl), this);
  }
}

/**
 * All Erlang A measures at N = below.agents agents, for a target time (0 when only abandon, ASA and
 * occupancy are wanted). `q` has calls > 0.
 */
export function erlangAAt(
  q: ErlangAQuestion,
  below: FreeAgentStates,
  targetTimeSec: number
): ErlangAResult {
  const n = below.agents;
  const { lambda, theta } = q;
  const busyRate = n * q.mu; // Nµ, departures from the queue's head
  const answerChance = new NegativeBinomialCdf(busyRate, theta, targetTimeSec);

  if ((lambda - busyRate) / theta > MAX_QUEUE_TERMS) throw tooPatient();
  // Sums over the queue states k ≥ 0, relative to π_N and to e^lnScale.
  let r = 1; // r_k = π_{N+k}/π_N
  let lnScale = 0;
  let sumR = 0; // Σ r_k: P(wait)/π_N
  let sumKR = 0; // Σ k·r_k: E[queue length]/π_N
  let sumW = 0; // Σ w_k, w_k = r_k·Nµ/(Nµ+(k+1)θ): P(answered after waiting)/π_N
  let sumWH = 0; // Σ w_k·h_{k+1}: E[wait; answered]/π_N
  let sumWF = 0; // Σ w_k·P(M ≤ k): answered, but after the target time
  let sumDC = 0; // Σ_m P(M = m)·Σ_{k<m} w_k, the same sum as Σ w_k·P(M > k) without the subtraction
  let h = 0; // h_{k+1} = Σ_{j=1}^{k+1} 1/(Nµ + jθ), seconds
  for (let k = 0; ; k++) {
    const exitRate = busyRate + (k + 1) * theta;
    const w = (r * busyRate) / exitRate;
    h += 1 / exitRate;
    const pm = answerChance.next(); // P(M = k)
    sumDC += pm * sumW;
    sumW += w;
    sumWF += w * answerChance.cdf;
    sumWH += w * h;
    sumR += r;
    sumKR += k * r;
    const ratio = lambda / exitRate; // r_{k+1}/r_k, decreasing in k
    r *= ratio;
    if (ratio < 1) {
      // r_{k+j} ≤ r·ratio^(j−1): the rest of Σ (k+1)·r_k is at most r·(k+2)/(1−ratio)².
      const rest = (r * (k + 2)) / ((1 - ratio) * (1 - ratio));
      if (rest <= TAIL_EPSILON * (sumR + sumKR)) break;
    }
    if (r > RESCALE) {
      r /= RESCALE;
      sumR /= RESCALE;
      sumKR /= RESCALE;
      sumW /= RESCALE;
      sumWH /= RESCALE;
      sumWF /= RESCALE;
      sumDC /= RESCALE;
      lnScale += LN_RESCALE;
    }
    if (k >= MAX_QUEUE_TERMS) throw tooPatient();
  }

  // Σ w_k·P(M > k): by subtraction while P(M > k) is not small, else as Σ_m P(M = m)·Σ_{k<m} w_k.
  let answeredInTime = 0;
  if (sumW > 0) {
    answeredInTime =
      sumWF <= 0.5 * sumW ? sumW - sumWF : sumDC + sumW * answerChance.restAfterCurrent();
  }

  const lnBelow = below.lnSum;
  const lnUpper = lnScale; // the sums above are relative to e^lnScale·π_N
  const lnTotal = logAddExp(lnBelow, Math.log(sumR) + lnUpper);
  const share = (sum: number) => (sum > 0 ? Math.exp(Math.log(sum) + lnUpper - lnTotal) : 0);
  const freeAgent = Math.exp(lnBelow - lnTotal); // P(an agent is free on arrival)
  const answered = freeAgent + share(sumW);
  const abandonRate = (theta / lambda) * share(sumKR);
  return {
    abandonRate,
    serviceLevel: freeAgent + share(answeredInTime),
    averageSpeedOfAnswerSec: answered > 0 ? share(sumWH) / answered : NaN,
    // min: rounding in the last digit must not report an agent busy more than all the time.
    occupancy: n > 0 ? Math.min(1, (q.trafficErl * (1 - abandonRate)) / n) : 0,
    waitProbability: share(sumR),
  };
}

function tooPatient(): WfmNoAnswerError {
  return new WfmNoAnswerError(
    `patience is too long for this overloaded queue (Erlang A would need over ${MAX_QUEUE_TERMS.toLocaleString("en-US")} queue states): add agents or shorten patience`
  );
}

function logAddExp(x: number, y: number): number {
  if (x === -Infinity) return y;
  if (y === -Infinity) return x;
  return x > y ? x + Math.log1p(Math.exp(y - x)) : y + Math.log1p(Math.exp(x - y));
}

/**
 * P(M = m), m = 0, 1, 2, … in turn and its running CDF, for M ~ NegativeBinomial(Nµ/θ + 1, 1 − e^−θt):
 * P(M = 0) = e^−(Nµ+θ)t, P(M = m)/P(M = m−1) = (1 − e^−θt)/θ · (Nµ + mθ)/m. Walked in logs while the
 * weights are below e^−700 (a long target time with many agents), then as plain products.
 */
class NegativeBinomialCdf {
  cdf = 0;
  private m = -1;
  private pm = 0;
  private lnPm: number;
  private readonly growth: number; // (1 − e^−θt)/θ, → t as θ → 0

  constructor(
    private readonly busyRate: number,
    private readonly theta: number,
    targetTimeSec: number
  ) {
    this.lnPm = -(busyRate + theta) * targetTimeSec;
    this.growth = -Math.expm1(-theta * targetTimeSec) / theta;
  }

  /** Advances to the next m and returns P(M = m). */
  next(): number {
    this.m++;
    if (this.m > 0) {
      const step = (this.growth * (this.busyRate + this.m * this.theta)) / this.m;
      if (this.pm > 0 || this.lnPm >= NEGLIGIBLE_LOG) this.pm *= step;
      else this.lnPm += Math.log(step);
    }
    if (this.pm === 0 && this.lnPm >= NEGLIGIBLE_LOG) {
      this.pm = Math.exp(this.lnPm);
      this.lnPm = -Infinity; // from now on the plain product carries it
    }
    this.cdf += this.pm;
    return this.pm;
  }

  /** P(M > m) for the current m, summed forward (used only once the CDF is past one half). */
  restAfterCurrent(): number {
    let rest = 0;
    for (let i = 0; i < MAX_QUEUE_TERMS; i++) {
      const m = this.m + 1;
      const step = (this.growth * (this.busyRate + m * this.theta)) / m;
      const p = this.next();
      rest += p;
      if (step < 1 && (p * step) / (1 - step) <= TAIL_EPSILON * rest) break;
    }
    return rest;
  }
}

function measures(
  calls: number,
  ahtSec: number,
  agents: number,
  patienceSec: number,
  targetTimeSec: number,
  intervalSec: number
): ErlangAResult {
  const q = erlangAQuestion(calls, ahtSec, patienceSec, intervalSec);
  checkAgents(agents);
  nonNegative("target_time", targetTimeSec, "seconds");
  if (calls === 0) {
    return {
      abandonRate: 0,
      serviceLevel: 1,
      averageSpeedOfAnswerSec: 0,
      occupancy: 0,
      waitProbability: 0,
    };
  }
  return erlangAAt(q, new FreeAgentStates(q.trafficErl).advanceTo(agents), targetTimeSec);
}

/** Every Erlang A measure at once (one pass over the chain). */
export function erlangA(
  calls: number,
  ahtSec: number,
  agents: number,
  patienceSec: number,
  targetTimeSec = 0,
  intervalSec: number = DEFAULT_INTERVAL_SEC
): ErlangAResult {
  return measures(calls, ahtSec, agents, patienceSec, targetTimeSec, intervalSec);
}

/** Fraction of offered calls that abandon. */
export function abandonRate(
  calls: number,
  ahtSec: number,
  agents: number,
  patienceSec: number,
  intervalSec: number = DEFAULT_INTERVAL_SEC
): number {
  return measures(calls, ahtSec, agents, patienceSec, 0, intervalSec).abandonRate;
}

/** Calls answered within targetTimeSec / calls offered. */
export function serviceLevelA(
  calls: number,
  ahtSec: number,
  agents: number,
  patienceSec: number,
  targetTimeSec: number,
  intervalSec: number = DEFAULT_INTERVAL_SEC
): number {
  return measures(calls, ahtSec, agents, patienceSec, targetTimeSec, intervalSec).serviceLevel;
}

/** Mean wait of answered calls, seconds; #N/A when no call is answered (no agents). */
export function averageSpeedOfAnswerA(
  calls: number,
  ahtSec: number,
  agents: number,
  patienceSec: number,
  intervalSec: number = DEFAULT_INTERVAL_SEC
): number {
  const asa = measures(calls, ahtSec, agents, patienceSec, 0, intervalSec).averageSpeedOfAnswerSec;
  if (Number.isNaN(asa))
    throw new WfmNoAnswerError("no call is answered with 0 agents, so there is no ASA");
  return asa;
}

/** calls·(1 − abandon)·aht/(interval·N): the share of agent time spent on answered calls. */
export function occupancyA(
  calls: number,
  ahtSec: number,
  agents: number,
  patienceSec: number,
  intervalSec: number = DEFAULT_INTERVAL_SEC
): number {
  return measures(calls, ahtSec, agents, patienceSec, 0, intervalSec).occupancy;
}
