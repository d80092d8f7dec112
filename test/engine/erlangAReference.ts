/**
 * Independent references for the Erlang A tests, sharing no code with src/engine/erlangA.ts:
 * - closedForm: the M/M/n+M closed forms with incomplete gamma functions (Mandelbaum & Zeltyn, "The
 *   M/M/n+G queue: summary of performance measures", exponential patience), evaluated in logs;
 * - bruteChain: the stationary distribution of the birth–death chain summed naively in log space,
 *   far past any state with mass, for E[queue length].
 *
 * Notation: λ arrivals/s, µ = 1/aht, θ = 1/patience, c = Nµ, a = Nµ/θ, x = λ/θ, A = λ/µ.
 *   Σ_{n≤N} π_n/π_N = e^A A^−N Γ(N+1, A)             (Erlang B's incomplete-gamma form)
 *   Σ_{k≥0} π_{N+k}/π_N = Γ(a+1) x^−a e^x P(a, x)   (Σ x^k/(a+1)_k)
 *   answered within t, having waited = π_N a Γ(a+1) e^x x^−(a+1) [P(a+1, x) − P(a+1, x e^−θt)]
 *   wait of answered calls = ∫₀^∞ (answered − answered within s) ds, by quadrature over y = x e^−θs.
 */

/** ln Γ(z), z > 0: Stirling's series at z ≥ 15, shifted up by the recurrence below that. */
export function lnGamma(z: number): number {
  let shift = 0;
  while (z < 15) {
    shift -= Math.log(z);
    z += 1;
  }
  const z2 = 1 / (z * z);
  const series =
    (1 / z) * (1 / 12 - z2 * (1 / 360 - z2 * (1 / 1260 - z2 * (1 / 1680 - z2 / 1188))));
  return shift + (z - 0.5) * Math.log(z) - z + 0.5 * Math.log(2 * Math.PI) + series;
}

/** Regularized lower incomplete gamma P(s, x), by its series below s+1 and Legendre's continued fraction above. */
export function gammaP(s: number, x: number): number {
  if (x <= 0) return 0;
  const lnPrefix = -x + s * Math.log(x) - lnGamma(s);
  if (x < s + 1) {
    let term = 1 / s;
    let sum = term;
    for (let n = 1; n < 1e7; n++) {
      term *= x / (s + n);
      sum += term;
      if (term < sum * 1e-17) break;
    }
    return Math.exp(lnPrefix + Math.log(sum));
  }
  return 1 - gammaQContinuedFraction(s, x, lnPrefix);
}

/** Regularized upper incomplete gamma Q(s, x), accurate also when it is tiny. */
export function gammaQ(s: number, x: number): number {
  const lnPrefix = -x + s * Math.log(x) - lnGamma(s);
  return x < s + 1 ? 1 - gammaP(s, x) : gammaQContinuedFraction(s, x, lnPrefix);
}

function gammaQContinuedFraction(s: number, x: number, lnPrefix: number): number {
  const tiny = 1e-300;
  let b = x + 1 - s;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e7; i++) {
    const an = -i * (i - s);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-16) break;
  }
  return Math.exp(lnPrefix + Math.log(h));
}

export interface Case {
  calls: number;
  ahtSec: number;
  agents: number;
  patienceSec: number;
  targetTimeSec: number;
  intervalSec: number;
}

function rates(k: Case) {
  const lambda = k.calls / k.intervalSec;
  const mu = 1 / k.ahtSec;
  const theta = 1 / k.patienceSec;
  return { lambda, mu, theta, A: lambda / mu, a: (k.agents * mu) / theta, x: lambda / theta };
}

/** Closed-form Erlang A measures (agents ≥ 1, calls > 0). */
export function closedForm(k: Case) {
  const { lambda, theta, A, a, x } = rates(k);
  const N = k.agents;
  const lnLower = A - N * Math.log(A) + lnGamma(N + 1) + Math.log(gammaQ(N + 1, A));
  const lnUpper = lnGamma(a + 1) - a * Math.log(x) + x + Math.log(gammaP(a, x));
  // π_N is counted in both sums.
  const lnTop = Math.max(lnLower, lnUpper);
  const lnPiN = -(
    lnTop + Math.log(Math.exp(lnLower - lnTop) + Math.exp(lnUpper - lnTop) - Math.exp(-lnTop))
  );
  const lnWaitingPart = Math.log(a) + lnGamma(a + 1) + x - (a + 1) * Math.log(x) + lnPiN;
  const freeAgent = Math.exp(lnLower + lnPiN) - Math.exp(lnPiN);
  const answeredAfterWait = Math.exp(lnWaitingPart) * gammaP(a + 1, x);
  const answeredWithin =
    Math.exp(lnWaitingPart) *
    (gammaP(a + 1, x) - gammaP(a + 1, x * Math.exp(-theta * k.targetTimeSec)));
  const waitOfAnswered =
    (Math.exp(lnWaitingPart) / theta) * integrate((y) => gammaP(a + 1, y) / y, 0, x);
  const answered = freeAgent + answeredAfterWait;
  return {
    serviceLevel: freeAgent + answeredWithin,
    abandonRate: 1 - answered,
    averageSpeedOfAnswerSec: waitOfAnswered / answered,
    occupancy: (A * answered) / N,
    lambda,
  };
}

/** Adaptive Simpson quadrature to a relative tolerance of about 1e-12. */
function integrate(f: (y: number) => number, lo: number, hi: number): number {
  const simpson = (a: number, b: number, fa: number, fm: number, fb: number) =>
    ((b - a) / 6) * (fa + 4 * fm + fb);
  const whole0 = simpson(lo, hi, f(lo) || 0, f((lo + hi) / 2), f(hi));
  const scale = Math.abs(whole0) || 1;
  const step = (
    a: number,
    b: number,
    fa: number,
    fm: number,
    fb: number,
    whole: number,
    depth: number
  ): number => {
    const m = (a + b) / 2;
    const lm = (a + m) / 2;
    const rm = (m + b) / 2;
    const flm = f(lm);
    const frm = f(rm);
    const left = simpson(a, m, fa, flm, fm);
    const right = simpson(m, b, fm, frm, fb);
    if (depth > 40 || Math.abs(left + right - whole) <= 15e-13 * scale)
      return left + right + (left + right - whole) / 15;
    return step(a, m, fa, flm, fm, left, depth + 1) + step(m, b, fm, frm, fb, right, depth + 1);
  };
  // Split at the bulk of P(a+1, y) so the first estimate cannot miss it.
  const points = [lo, ...[0.25, 0.5, 0.75].map((p) => lo + p * (hi - lo)), hi];
  let total = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const fa = a === 0 ? 0 : f(a);
    total += step(a, b, fa, f((a + b) / 2), f(b), simpson(a, b, fa, f((a + b) / 2), f(b)), 0);
  }
  return total;
}

/** E[number waiting] from the chain's stationary distribution, summed in log space over many states. */
export function bruteQueueLength(k: Case): number {
  const { lambda, mu, theta } = rates(k);
  const N = k.agents;
  const ln: number[] = [0];
  let top = 0;
  for (let n = 1; ; n++) {
    const death = Math.min(n, N) * mu + Math.max(n - N, 0) * theta;
    ln.push(ln[n - 1] + Math.log(lambda / death));
    top = Math.max(top, ln[n]);
    if (n > N + 10 && lambda / death < 0.9 && ln[n] < top - 80) break;
  }
  let z = 0;
  let q = 0;
  ln.forEach((l, n) => {
    const p = Math.exp(l - top);
    z += p;
    q += Math.max(n - N, 0) * p;
  });
  return q / z;
}
