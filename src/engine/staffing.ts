import { WfmNoAnswerError } from "./errors";
import { MAX_AGENTS, blocking, checkAgentLimit, waitProbability } from "./erlangB";
import { DEFAULT_INTERVAL_SEC, trafficErlangs } from "./traffic";
import { fraction, nonNegative, positive } from "./validate";
import { WALK_STEP_WEIGHT, countOperations } from "./work";

/**
 * Erlang C (M/M/N, no abandonment) service measures and the staffing searches built on them. Traffic is
 * A = calls × aht / interval; N agents. Formulas as in the contract (../../docs/functions.md): Erlang's
 * C formula with the exponential waiting-time tail of the M/M/N queue.
 */

export { erlangB } from "./erlangB";
export { fte } from "./fte";

/** Validated traffic and agents for the per-interval measures. */
function load(calls: number, ahtSec: number, agents: number, intervalSec: number): number {
  nonNegative("agents", agents);
  checkAgentLimit("agents", agents);
  return trafficErlangs(calls, ahtSec, intervalSec);
}

function unstable(agents: number, a: number): WfmNoAnswerError {
  return new WfmNoAnswerError(
    `the queue is unstable: agents (${agents}) must be more than the traffic (${round(a)} Erlangs)`,
    { key: "errors.engineUnstable", params: { agents: String(agents), traffic: round(a) } }
  );
}

function round(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}

/** Fraction of offered calls answered within targetTimeSec: 1 − C·e^(−(N−A)·t/aht); 0 when N ≤ A. */
export function serviceLevel(
  calls: number,
  ahtSec: number,
  agents: number,
  targetTimeSec: number,
  intervalSec: number = DEFAULT_INTERVAL_SEC
): number {
  const a = load(calls, ahtSec, agents, intervalSec);
  nonNegative("target_time", targetTimeSec, "seconds");
  if (a === 0) return 1;
  if (agents <= a) return 0;
  return serviceLevelAt(a, agents, blocking(a, agents), targetTimeSec / ahtSec);
}

/**
 * Service level from Erlang B at N (whole or fractional); `tau` is target_time / aht. Written as
 * (1 − C) + C·(1 − e^−(N−A)τ) with 1 − C = (N − A)(1 − B) / (N − A + A·B) and expm1, so both parts are
 * sums of positive terms: a service level of 1e−14 (N just above A) keeps its digits instead of being
 * the difference of two numbers near 1.
 */
export function serviceLevelAt(a: number, n: number, b: number, tau: number): number {
  if (n <= a) return 0;
  const c = waitProbability(a, n, b);
  const neverWait = ((n - a) * (1 - b)) / (n - a + a * b);
  return Math.min(1, neverWait - c * Math.expm1(-(n - a) * tau));
}

/** Average speed of answer over all calls, seconds: C·aht/(N−A). Throws WfmNoAnswerError when N ≤ A. */
export function averageSpeedOfAnswer(
  calls: number,
  ahtSec: number,
  agents: number,
  intervalSec: number = DEFAULT_INTERVAL_SEC
): number {
  return onStableQueue(calls, ahtSec, agents, intervalSec, (a) =>
    asaAt(a, agents, blocking(a, agents), ahtSec)
  );
}

/**
 * A waiting-time measure of a stable queue at traffic A: 0 with no calls (nobody waits), #N/A when
 * agents ≤ traffic (the queue grows without limit, so the wait has no finite mean).
 */
function onStableQueue(
  calls: number,
  ahtSec: number,
  agents: number,
  intervalSec: number,
  measure: (a: number) => number
): number {
  const a = load(calls, ahtSec, agents, intervalSec);
  if (a === 0) return 0;
  if (agents <= a) throw unstable(agents, a);
  return measure(a);
}

function asaAt(a: number, n: number, b: number, ahtSec: number): number {
  return (waitProbability(a, n, b) * ahtSec) / (n - a);
}

/** Average wait of the calls that wait, seconds: aht/(N−A). 0 with no calls; #N/A when N ≤ A. */
export function queueTime(
  calls: number,
  ahtSec: number,
  agents: number,
  intervalSec: number = DEFAULT_INTERVAL_SEC
): number {
  return onStableQueue(calls, ahtSec, agents, intervalSec, (a) => ahtSec / (agents - a));
}

/** Average number of calls waiting: C·A/(N−A). 0 with no calls; #N/A when N ≤ A. */
export function queueLength(
  calls: number,
  ahtSec: number,
  agents: number,
  intervalSec: number = DEFAULT_INTERVAL_SEC
): number {
  return onStableQueue(
    calls,
    ahtSec,
    agents,
    intervalSec,
    (a) => (waitProbability(a, agents, blocking(a, agents)) * a) / (agents - a)
  );
}

/** Agent occupancy: min(1, A/N); 0 with no calls. */
export function occupancy(
  calls: number,
  ahtSec: number,
  agents: number,
  intervalSec: number = DEFAULT_INTERVAL_SEC
): number {
  const a = load(calls, ahtSec, agents, intervalSec);
  return occupancyAt(a, agents);
}

function occupancyAt(a: number, n: number): number {
  if (a === 0) return 0;
  return n <= a ? 1 : a / n;
}

/**
 * The time within which targetSl of calls are answered, seconds: aht·ln(C/(1−sl))/(N−A), 0 when
 * C ≤ 1 − sl. 0 with no calls; #N/A when N ≤ A.
 */
export function answerTime(
  calls: number,
  ahtSec: number,
  agents: number,
  targetSl: number,
  intervalSec: number = DEFAULT_INTERVAL_SEC
): number {
  fraction("target_sl", targetSl, { openHigh: true });
  return onStableQueue(calls, ahtSec, agents, intervalSec, (a) => {
    const c = waitProbability(a, agents, blocking(a, agents));
    return c <= 1 - targetSl ? 0 : (ahtSec * Math.log(c / (1 - targetSl))) / (agents - a);
  });
}

/**
 * The smallest whole number of agents N with serviceLevel ≥ targetSl and, when given, A/N ≤
 * maxOccupancy. 0 with no calls. Searches upward from the first stable N, carrying Erlang B along by its
 * recursion B(N+1) = A·B/(N+1+A·B), so each candidate costs a few operations.
 */
export function agentsForServiceLevel(
  calls: number,
  ahtSec: number,
  targetSl: number,
  targetTimeSec: number,
  intervalSec: number = DEFAULT_INTERVAL_SEC,
  maxOccupancy?: number
): number {
  const a = trafficErlangs(calls, ahtSec, intervalSec);
  fraction("target_sl", targetSl, { openLow: true, openHigh: true });
  nonNegative("target_time", targetTimeSec, "seconds");
  const tau = targetTimeSec / ahtSec;
  return smallestAgents(a, maxOccupancy, (n, b) => serviceLevelAt(a, n, b, tau) >= targetSl);
}

/** The smallest whole number of agents with ASA ≤ targetAsaSec (and the occupancy cap). 0 with no calls. */
export function agentsForAsa(
  calls: number,
  ahtSec: number,
  targetAsaSec: number,
  intervalSec: number = DEFAULT_INTERVAL_SEC,
  maxOccupancy?: number
): number {
  const a = trafficErlangs(calls, ahtSec, intervalSec);
  positive("target_asa", targetAsaSec, "seconds");
  return smallestAgents(a, maxOccupancy, (n, b) => asaAt(a, n, b, ahtSec) <= targetAsaSec);
}

/**
 * The smallest whole N > A meeting `meets` (a test that only gets easier as N grows) and the occupancy
 * cap. Bounded by MAX_AGENTS.
 */
function smallestAgents(
  a: number,
  maxOccupancy: number | undefined,
  meets: (n: number, b: number) => boolean
): number {
  if (maxOccupancy !== undefined) fraction("max_occupancy", maxOccupancy, { openLow: true });
  if (a === 0) return 0;
  // N > A: traffic at the limit needs more agents than the limit. Checked before any candidate is
  // formed, because past 2^53 Erlangs N + 1 === N and a walk would never move.
  if (a >= MAX_AGENTS) throw needsOverLimit();
  let n = Math.max(Math.floor(a) + 1, occupancyFloor(a, maxOccupancy));
  let b = blocking(a, n);
  const first = n;
  while (!meets(n, b)) {
    if (n >= MAX_AGENTS) throw needsOverLimit();
    n++;
    b = (a * b) / (n + a * b);
  }
  countOperations((n - first + 1) * WALK_STEP_WEIGHT);
  return n;
}

/** The smallest whole N with occupancy A/N ≤ cap (1 when there is no cap); a ≤ MAX_AGENTS. */
function occupancyFloor(a: number, cap: number | undefined): number {
  if (cap === undefined) return 1;
  const estimate = a / cap;
  // A tiny cap (1e−300) puts A/cap past the limit, or past 2^53 where whole numbers stop.
  if (!(estimate <= MAX_AGENTS)) throw needsOverLimit();
  let n = Math.max(1, Math.ceil(estimate));
  // A/cap is within a rounding of the answer: these loops move N by one at most.
  while (n > 1 && occupancyAt(a, n - 1) <= cap) n--;
  while (occupancyAt(a, n) > cap) n++;
  return n;
}

function needsOverLimit(): WfmNoAnswerError {
  return new WfmNoAnswerError(
    `the target needs more than ${MAX_AGENTS.toLocaleString("en-US")} agents, the limit of this function`,
    { key: "errors.engineNeedsOverLimit", params: { limit: MAX_AGENTS } }
  );
}
