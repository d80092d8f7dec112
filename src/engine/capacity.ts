import { WfmNoAnswerError } from "./errors";
import { MAX_AGENTS, blocking, checkAgentLimit, erlangB } from "./erlangB";
import { agentsForServiceLevel, serviceLevel, serviceLevelAt } from "./staffing";
import { DEFAULT_INTERVAL_SEC, trafficErlangs } from "./traffic";
import { fraction, nonNegative, positive } from "./validate";
import { SERIES_STEP_WEIGHT, WALK_STEP_WEIGHT, countOperations } from "./work";

/**
 * The inverse questions: how many agents exactly (fractional), how many calls a team can take, how many
 * lines a loss system needs. Each is a bounded search over the forward functions, so it agrees with them.
 */

/**
 * The real number of agents x at which the continuous Erlang C service level (Jagerman's extension of
 * Erlang B to fractional servers) equals targetSl. Lies in (max(A, N−1), N] where N = AGENTS.
 */
export function agentsFractional(
  calls: number,
  ahtSec: number,
  targetSl: number,
  targetTimeSec: number,
  intervalSec: number = DEFAULT_INTERVAL_SEC
): number {
  const whole = agentsForServiceLevel(calls, ahtSec, targetSl, targetTimeSec, intervalSec);
  if (whole === 0) return 0;
  const a = trafficErlangs(calls, ahtSec, intervalSec);
  const tau = targetTimeSec / ahtSec;
  // The service level is 0 at x = A and rises continuously: a sign change brackets the root.
  const gap = (x: number): number => serviceLevelAt(a, x, blocking(a, x), tau) - targetSl;
  return bracketedRoot(gap, Math.max(a, whole - 1), whole);
}

/**
 * The root of an increasing function with f(low) < 0 ≤ f(high): the Illinois variant of regula falsi,
 * which keeps the bracket and converges superlinearly; falls back to halving. At most 200 steps.
 */
function bracketedRoot(f: (x: number) => number, low: number, high: number): number {
  let fLow = f(low);
  let fHigh = f(high);
  if (fHigh === 0 || fLow >= 0) return fLow >= 0 ? low : high;
  let side = 0;
  countOperations(200 * SERIES_STEP_WEIGHT); // the steps' own overhead; each f(x) counts its own work
  for (let i = 0; i < 200 && high - low > 4 * Number.EPSILON * high; i++) {
    let x = (low * fHigh - high * fLow) / (fHigh - fLow);
    if (!(x > low && x < high) || i % 8 === 7) x = (low + high) / 2;
    const fx = f(x);
    if (fx === 0) return x;
    if (fx < 0) {
      low = x;
      fLow = fx;
      if (side === -1) fHigh /= 2;
      side = -1;
    } else {
      high = x;
      fHigh = fx;
      if (side === 1) fLow /= 2;
      side = 1;
    }
  }
  return high;
}

/**
 * The largest whole number of calls per interval that `agents` can take with serviceLevel ≥ targetSl:
 * a binary search on calls (service level falls as calls rise), below the stability limit A < N.
 */
export function callCapacity(
  agents: number,
  ahtSec: number,
  targetSl: number,
  targetTimeSec: number,
  intervalSec: number = DEFAULT_INTERVAL_SEC
): number {
  nonNegative("agents", agents);
  positive("aht", ahtSec, "seconds");
  fraction("target_sl", targetSl, { openLow: true, openHigh: true });
  nonNegative("target_time", targetTimeSec, "seconds");
  positive("interval", intervalSec, "seconds");
  checkAgentLimit("agents", agents);
  const meets = (calls: number): boolean =>
    serviceLevel(calls, ahtSec, agents, targetTimeSec, intervalSec) >= targetSl;
  // Every call count from `low` meets the target and every count from `high` misses it (A ≥ N is unstable).
  let low = 0;
  let high = Math.floor((agents * intervalSec) / ahtSec) + 1;
  // Halving a bracket wider than 2^53 stalls (low + 1 === low): a capacity that large is not a whole
  // number of calls a double can hold, so it is refused instead of searched.
  if (!(high <= Number.MAX_SAFE_INTEGER)) throw capacityTooLarge(agents, ahtSec, intervalSec);
  while (high - low > 1) {
    const mid = low + Math.floor((high - low) / 2);
    if (meets(mid)) low = mid;
    else high = mid;
  }
  return low;
}

/**
 * The smallest whole number of lines with Erlang B blocking ≤ maxBlocking. Starts at the lower bound
 * A·(1 − p) (carried traffic A·(1 − B) cannot exceed the lines) and walks up by Erlang's recursion.
 */
export function trunks(trafficErl: number, maxBlocking: number): number {
  nonNegative("traffic", trafficErl, "Erlangs");
  fraction("blocking", maxBlocking, { openLow: true });
  if (trafficErl === 0 || maxBlocking === 1) return 0;
  let n = Math.max(0, Math.floor(trafficErl * (1 - maxBlocking)));
  if (n > MAX_AGENTS) throw tooManyLines();
  let b = erlangB(trafficErl, n);
  const first = n;
  while (b > maxBlocking) {
    if (n >= MAX_AGENTS) throw tooManyLines();
    n++;
    b = (trafficErl * b) / (n + trafficErl * b);
  }
  countOperations((n - first + 1) * WALK_STEP_WEIGHT);
  return n;
}

function capacityTooLarge(agents: number, ahtSec: number, intervalSec: number): WfmNoAnswerError {
  return new WfmNoAnswerError(
    `agents × interval / aht (${agents} × ${intervalSec} / ${ahtSec}) allows more than 2^53 (about 9.007e15) calls, past the whole numbers a spreadsheet holds exactly: check interval and aht (seconds)`
  );
}

function tooManyLines(): WfmNoAnswerError {
  return new WfmNoAnswerError(
    `the blocking target needs more than ${MAX_AGENTS.toLocaleString("en-US")} lines, the limit of this function`
  );
}
