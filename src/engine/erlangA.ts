import { WfmInputError, WfmNoAnswerError } from "./errors";
import { MAX_AGENTS, waitProbability } from "./erlangB";
import { serviceLevelAt } from "./staffing";
import { DEFAULT_INTERVAL_SEC, trafficErlangs } from "./traffic";
import { nonNegative, positive } from "./validate";
import { ChainBudget, TAIL_EPSILON, cellChainBudget, termsLeft } from "./chainBudget";
import { FreeAgentStates, LN_RESCALE, RESCALE, logAddExp } from "./freeAgentStates";
import { NegativeBinomialCdf } from "./negativeBinomialCdf";
import { CHAIN_TERM_WEIGHT, countOperations } from "./work";

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

/**
 * The queue part of the chain is summed term by term only while that stays within one cell's work budget
 * (CELL_OPERATION_BUDGET, each term weighing CHAIN_TERM_WEIGHT). Beyond it, two cases: patience so long
 * that Erlang A is Erlang C to within LIMIT_TOLERANCE (then the Erlang C limit is returned, as the model
 * converges to it), or a queue so close to full load that millions of callers wait (then #N/A with a
 * message: add agents, shorten patience or use Erlang C).
 */
/** The Erlang C limit is used only when it is provably this close to Erlang A (absolute, on fractions). */
const LIMIT_TOLERANCE = 1e-12;

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
 * All Erlang A measures at N = below.agents agents, for a target time (0 when only abandon, ASA and
 * occupancy are wanted). `q` has calls > 0. Throws WfmNoAnswerError when the chain would need more terms
 * than `budget` has left and Erlang C is not provably as close.
 */
export function erlangAAt(
  q: ErlangAQuestion,
  below: FreeAgentStates,
  targetTimeSec: number,
  budget: ChainBudget = cellChainBudget()
): ErlangAResult {
  const n = below.agents;
  const { lambda, theta } = q;
  const busyRate = n * q.mu; // Nµ, departures from the queue's head
  const limit = erlangCLimit(q, below, targetTimeSec);
  if (limit) return limit;
  const answerChance = new NegativeBinomialCdf(busyRate, theta, targetTimeSec);

  // The queue's mass sits near (λ − Nµ)/θ callers: past the budget there is no need to start.
  const allowedTerms = termsLeft(budget);
  if ((lambda - busyRate) / theta > allowedTerms) throw tooMuchWork(q);
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
  let terms = 0;
  for (let k = 0; ; k++) {
    terms = k + 1;
    const perExit = 1 / (busyRate + (k + 1) * theta); // one division per term: this loop is the cost
    const w = r * busyRate * perExit;
    h += perExit;
    const pm = answerChance.next(); // P(M = k)
    sumDC += pm * sumW;
    sumW += w;
    sumWF += w * answerChance.cdf;
    sumWH += w * h;
    sumR += r;
    sumKR += k * r;
    const ratio = lambda * perExit; // r_{k+1}/r_k, decreasing in k
    r *= ratio;
    // Checked every 16th term (a few extra terms only add digits below the sum's last one).
    if (ratio < 1 && (k & 15) === 15) {
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
    // A term whose answer-time weight is still walked in logs costs about twice as much.
    if (k + answerChance.logSteps >= allowedTerms) {
      countOperations((terms + answerChance.logSteps) * CHAIN_TERM_WEIGHT);
      throw tooMuchWork(q);
    }
  }
  const spent = (terms + answerChance.logSteps) * CHAIN_TERM_WEIGHT;
  budget.operationsLeft -= spent;
  countOperations(spent);

  // Σ w_k·P(M > k): by subtraction while P(M > k) is not small, else as Σ_m P(M = m)·Σ_{k<m} w_k.
  let answeredInTime = 0;
  if (sumW > 0) {
    answeredInTime =
      sumWF <= 0.5 * sumW ? sumW - sumWF : sumDC + sumW * restOf(answerChance, q, budget);
  }

  const lnBelow = below.lnSum;
  const lnUpper = lnScale; // the sums above are relative to e^lnScale·π_N
  const lnTotal = logAddExp(lnBelow, Math.log(sumR) + lnUpper);
  const share = (sum: number) => (sum > 0 ? Math.exp(Math.log(sum) + lnUpper - lnTotal) : 0);
  const freeAgent = Math.exp(lnBelow - lnTotal); // P(an agent is free on arrival)
  const answered = freeAgent + share(sumW);
  // θ/λ may overflow for a denormal arrival rate, so the ratio is taken in logs with the share.
  const abandonRate =
    sumKR > 0
      ? Math.min(
          1,
          Math.exp(Math.log(theta) - Math.log(lambda) + Math.log(sumKR) + lnUpper - lnTotal)
        )
      : 0;
  return {
    abandonRate,
    // min: each part is a share of one total, but rounding may push their sum a last digit past 1.
    serviceLevel: Math.min(1, freeAgent + share(answeredInTime)),
    averageSpeedOfAnswerSec: answered > 0 ? share(sumWH) / answered : NaN,
    // min: rounding in the last digit must not report an agent busy more than all the time.
    occupancy: n > 0 ? Math.min(1, (q.trafficErl * (1 - abandonRate)) / n) : 0,
    waitProbability: share(sumR),
  };
}

function restOf(
  answerChance: NegativeBinomialCdf,
  q: ErlangAQuestion,
  budget: ChainBudget
): number {
  const rest = answerChance.restAfterCurrent(budget);
  if (rest === undefined) throw tooMuchWork(q);
  return rest;
}

function tooMuchWork(q: ErlangAQuestion): WfmNoAnswerError {
  const patience = 1 / q.theta;
  return new WfmNoAnswerError(
    `Erlang A would need more than the ${termsLeft(cellChainBudget()).toLocaleString("en-US")} queue states one cell may sum for this question (patience ${patience.toPrecision(3)} s is long for a queue this close to full load, so millions of callers wait): add agents, shorten patience, or use the Erlang C functions`
  );
}

/**
 * Erlang C's measures when they are provably within LIMIT_TOLERANCE of Erlang A's, else undefined. With
 * ε = θ/(Nµ) each queue weight r_k = ρ^k·Π_{j≤k} 1/(1 + jε) is within k²ε of Erlang C's ρ^k, the tagged
 * caller's chance Nµ/(Nµ + (k+1)θ) within (k+1)ε of 1, and its answer-time count M (negative binomial)
 * has a mean within θt(1 + Nµt) of Erlang C's Poisson(Nµt); the terms that matter end by k_C, where ρ^k
 * falls below 2^−60. The abandon rate is then θ·E[queue length]/λ with Erlang C's queue length.
 */
function erlangCLimit(
  q: ErlangAQuestion,
  below: FreeAgentStates,
  targetTimeSec: number
): ErlangAResult | undefined {
  const n = below.agents;
  const busyRate = n * q.mu;
  if (!(q.lambda < busyRate)) return undefined;
  const gap = (busyRate - q.lambda) / busyRate; // 1 − ρ
  const decay = -Math.log1p(-gap); // −ln ρ
  const termsC0 = (60 * Math.LN2 + 2 * Math.log(1 / gap)) / decay;
  const termsC = termsC0 + Math.log(termsC0 + 2) / decay;
  const eps = q.theta / busyRate;
  const t = targetTimeSec;
  const deviation = eps * (termsC * termsC + 2 * termsC + 2) + q.theta * t * (2 + busyRate * t);
  if (!(deviation <= LIMIT_TOLERANCE)) return undefined;
  const a = q.trafficErl;
  const b = Math.exp(-logAddExp(0, below.lnSum)); // Erlang B at N: 1/(1 + S_N)
  const c = waitProbability(a, n, b);
  const waitSec = c / ((n - a) * q.mu); // Erlang C's mean wait of all calls
  const abandonRate = Math.min(1, q.theta * waitSec);
  return {
    abandonRate,
    serviceLevel: serviceLevelAt(a, n, b, t * q.mu),
    averageSpeedOfAnswerSec: waitSec / (1 - abandonRate),
    occupancy: Math.min(1, (a * (1 - abandonRate)) / n),
    waitProbability: c,
  };
}

/**
 * No calls, or so few that the arrival rate underflows to 0 (1e−320 calls): nobody waits. With no agents
 * every caller abandons (exactly: nobody is ever answered), unless there are no callers at all.
 */
function noTraffic(trafficErl: number, agents: number): ErlangAResult {
  const callers = trafficErl > 0;
  if (agents === 0 && callers) {
    return {
      abandonRate: 1,
      serviceLevel: 0,
      averageSpeedOfAnswerSec: NaN,
      occupancy: 0,
      waitProbability: 1,
    };
  }
  return {
    abandonRate: 0,
    serviceLevel: 1,
    averageSpeedOfAnswerSec: 0,
    occupancy: agents > 0 ? Math.min(1, trafficErl / agents) : 0,
    waitProbability: 0,
  };
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
  if (q.lambda === 0 || q.trafficErl === 0 || agents === 0) return noTraffic(q.trafficErl, agents);
  const budget = cellChainBudget();
  budget.operationsLeft -= agents; // the walk over the free-agent states, one step per agent
  return erlangAAt(q, new FreeAgentStates(q.trafficErl).advanceTo(agents), targetTimeSec, budget);
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
