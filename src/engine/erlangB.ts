import { argumentName, WfmNoAnswerError } from "./errors";
import { nonNegative } from "./validate";
import { SERIES_STEP_WEIGHT, countOperations } from "./work";

/**
 * Erlang B, the blocking probability of an M/M/N/N loss system, for whole and fractional servers.
 *
 * Erlang's recursion 1/B(x) = 1 + (x/A)·1/B(x−1) unrolled from the top gives a series of positive terms,
 *   1/B(x) = Σ_{j<k} t_j + t_k/B(f),   t_j = Π_{i<j} (x−i)/A,   k = ⌊x⌋, f = x − k,
 * which is summed only until the rest is negligible: once x−j < A the rest is at most t_j·(x−j)/(A−x+j)
 * (because 1/B(y) ≤ A/(A−y) for y < A). Near the staffing point this stops after about 10·√A terms, not
 * x, and it never uses factorials or powers of A. For fractional x the base 1/B(f) is Jagerman's
 * continuous extension B(f, A) = A^f e^−A / Γ(f+1, A), from the incomplete gamma function.
 */

/** The agent and server limit of every function: beyond it a search or a series is refused (#N/A). */
export const MAX_AGENTS = 1_000_000;

/** Every series and search stops at MAX_AGENTS: more agents or servers is a question with no answer (#N/A). */
export function checkAgentLimit(name: string, value: number): void {
  if (value > MAX_AGENTS) {
    throw new WfmNoAnswerError(
      `${name} (${value}) is over the limit of ${MAX_AGENTS.toLocaleString("en-US")}`,
      {
        key: "errors.engineOverLimit",
        params: { argument: argumentName(name), value: String(value), limit: MAX_AGENTS },
      }
    );
  }
}

/** Stop summing when the rest of the series is below this fraction of the sum (below double precision). */
const TAIL_EPSILON = 2 ** -60;

/** Keep the running sum finite: rescale by this factor when it grows past it. */
const RESCALE = 1e280;

/** ln of a number below half the smallest double: B below e^−UNDERFLOW_EXPONENT rounds to 0. */
const UNDERFLOW_EXPONENT = 750;

/** Erlang B blocking probability B(servers, traffic). `servers` may be fractional. */
export function erlangB(trafficErl: number, servers: number): number {
  nonNegative("traffic", trafficErl, "Erlangs");
  nonNegative("servers", servers);
  checkAgentLimit("servers", servers);
  return blocking(trafficErl, servers);
}

/** erlangB without argument checks, for the searches that call it with values they have checked. */
export function blocking(a: number, x: number): number {
  if (x === 0) return 1;
  if (a === 0) return 0;
  if (underflows(a, x)) return 0;
  const k = Math.floor(x);
  let sum = 1;
  let term = 1;
  let rescales = 0;
  for (let j = 1; j <= k; j++) {
    const rest = x - j;
    term *= (rest + 1) / a;
    sum += term;
    if (rest < a && term * rest <= TAIL_EPSILON * sum * (a - rest)) {
      countOperations(j);
      return scaledInverse(sum, rescales);
    }
    if (sum > RESCALE) {
      sum /= RESCALE;
      term /= RESCALE;
      rescales++;
    }
  }
  countOperations(k);
  const f = x - k;
  if (f > 0) sum += term * (inverseBlockingBase(a, f) - 1);
  return scaledInverse(sum, rescales);
}

function scaledInverse(sum: number, rescales: number): number {
  let b = 1 / sum;
  for (let i = 0; i < rescales; i++) b /= RESCALE;
  // A probability: the incomplete-gamma base of a fractional x may round its sum a last digit below 1.
  return Math.min(1, b);
}

/**
 * True when B(x, A) is certainly below the smallest double. For x ≥ A the Poisson median bound and
 * Stirling's lower bound give B(x, A) ≤ 2·exp(−(x·ln(x/A) − x + A)).
 */
function underflows(a: number, x: number): boolean {
  return x > a && x * Math.log(x / a) - (x - a) > UNDERFLOW_EXPONENT;
}

/**
 * 1/B(f, A) for 0 < f < 1: e^A·A^−f·Γ(f+1, A) = ∫₀^∞ (1 + u/A)^f e^−u du. A continued fraction for
 * Γ(a, A) (Legendre's, evaluated by the modified Lentz method) when A ≥ 2; below that, Γ(a) minus the
 * series of the lower incomplete gamma γ(a, A) (both as in Numerical Recipes §6.2).
 */
function inverseBlockingBase(a: number, f: number): number {
  const shape = f + 1;
  return a >= 2 ? a * upperGammaContinuedFraction(shape, a) : upperGammaBySeries(shape, a, f);
}

const TINY = 1e-300;
const MAX_ITERATIONS = 10_000;

/** Γ(s, x)·e^x·x^−s by Legendre's continued fraction 1/(x+1−s− 1(1−s)/(x+3−s− 2(2−s)/(x+5−s− …))). */
function upperGammaContinuedFraction(s: number, x: number): number {
  let b = x + 1 - s;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - s);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-16) {
      countOperations(i * SERIES_STEP_WEIGHT);
      return h;
    }
  }
  countOperations(MAX_ITERATIONS * SERIES_STEP_WEIGHT);
  return h;
}

/** e^x·x^−f·(Γ(s) − γ(s, x)) with s = f + 1, for small x: γ(s, x) = e^−x x^s Σ xⁿ / (s(s+1)…(s+n)). */
function upperGammaBySeries(s: number, x: number, f: number): number {
  let term = 1 / s;
  let sum = term;
  let n = 1;
  for (; n <= MAX_ITERATIONS; n++) {
    term *= x / (s + n);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  countOperations(n * SERIES_STEP_WEIGHT);
  return (Math.exp(x) * gamma(s)) / Math.pow(x, f) - x * sum;
}

/** Lanczos coefficients for g = 7, n = 9 (relative error about 1e−15 for the arguments used here, 1 ≤ s < 2). */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** Γ(s) for s ≥ 1/2 by the Lanczos approximation. */
function gamma(s: number): number {
  const z = s - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return Math.sqrt(2 * Math.PI) * Math.pow(t, z + 0.5) * Math.exp(-t) * sum;
}

/**
 * Erlang C, the probability that a call waits in an M/M/N queue: C = N·B / (N − A(1 − B)), written as
 * N·B / ((N − A) + A·B) so no digits are lost when N is close to A. 1 when agents ≤ traffic (unstable).
 */
export function erlangC(trafficErl: number, agents: number): number {
  nonNegative("traffic", trafficErl, "Erlangs");
  nonNegative("agents", agents);
  checkAgentLimit("agents", agents);
  return waitProbability(trafficErl, agents, blocking(trafficErl, agents));
}

/** Erlang C from Erlang B at the same point (used by the searches, which walk B along N). */
export function waitProbability(a: number, n: number, b: number): number {
  if (n <= a) return 1;
  return Math.min(1, (n * b) / (n - a + a * b));
}
