/**
 * An independent high-precision reference for Erlang B and C, written for the tests and sharing no code
 * with src/engine: every double input is taken as its exact binary fraction p/q, then
 *  - small sizes: Erlang's recursion 1/B(n) = 1 + (n/A)·1/B(n−1) in exact rational arithmetic (BigInt);
 *  - any size: the same recursion from n = 0 in fixed point with 128 fractional bits (BigInt), whose
 *    relative error shrinks at every step, so N steps leave at most N·2^−128;
 *  - fractional servers x = k + f: the base 1/B(f, A) = ∫₀^∞ (1 + u/A)^f e^−u du by its asymptotic series
 *    Σ f(f−1)…(f−j+1)/A^j (A ≥ 60, where its smallest term is below 1e−24) or by Gauss–Legendre
 *    quadrature on panels graded towards u = 0 (smaller A), then the fixed-point recursion up to x.
 * The engine instead sums the recursion from the top with a tail bound and uses a continued fraction.
 */

export interface Fraction {
  num: bigint;
  den: bigint;
}

/** The exact value of a finite double x ≥ 0 as num/den with den a power of two. */
export function exactFraction(x: number): Fraction {
  if (!(x >= 0) || !Number.isFinite(x)) throw new Error(`exactFraction: ${x}`);
  if (x === 0) return { num: 0n, den: 1n };
  let den = 1n;
  let m = x;
  while (!Number.isInteger(m)) {
    m *= 2;
    den *= 2n;
  }
  return { num: BigInt(m), den };
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** num/den (both > 0) rounded to a double, with ~70 significant bits before the final rounding. */
export function toNumber({ num, den }: Fraction): number {
  if (num === 0n) return 0;
  const shift = bitLength(den) - bitLength(num) + 70;
  const q = shift >= 0 ? (num << BigInt(shift)) / den : num / (den << BigInt(-shift));
  let value = Number(q);
  let s = shift;
  while (s > 1000) {
    value *= 2 ** -1000;
    s -= 1000;
  }
  while (s < -1000) {
    value *= 2 ** 1000;
    s += 1000;
  }
  return value * 2 ** -s;
}

/** 1/B(n, A) = u/pⁿ exactly, for A = p/q: u₀ = 1, uₙ = pⁿ + n·q·uₙ₋₁. */
function inverseBlockingExact(a: number, n: number): Fraction {
  const { num: p, den: q } = exactFraction(a);
  let u = 1n;
  let pn = 1n;
  for (let k = 1; k <= n; k++) {
    pn *= p;
    u = pn + BigInt(k) * q * u;
  }
  return { num: u, den: pn };
}

/** Exact Erlang B for whole n (rational arithmetic; for n up to a few thousand). */
export function erlangBExact(a: number, n: number): number {
  const inv = inverseBlockingExact(a, n);
  return toNumber({ num: inv.den, den: inv.num });
}

/** Exact Erlang C for whole n > A: C = N·B / (N − A(1 − B)), all in rationals. */
export function erlangCExact(a: number, n: number): number {
  const { num: p, den: q } = exactFraction(a);
  const { num: u, den: pn } = inverseBlockingExact(a, n);
  // B = pn/u, A = p/q: C = N·q·pn / (N·q·u − p·(u − pn)).
  const N = BigInt(n);
  const den = N * q * u - p * (u - pn);
  if (den <= 0n) return 1;
  return toNumber({ num: N * q * pn, den });
}

const FRACTION_BITS = 128n;
const ONE = 1n << FRACTION_BITS;

/** 1/B(x, A) in fixed point (value·2^128), from the base y(x − ⌊x⌋) by Erlang's recursion. */
function inverseBlockingFixed(a: number, x: number): bigint {
  const { num: p, den: q } = exactFraction(a);
  const k = Math.floor(x);
  const f = exactFraction(x - k);
  let y =
    f.num === 0n
      ? ONE
      : BigInt(Math.round(inverseBlockingBase(a, x - k) * 2 ** 60)) << (FRACTION_BITS - 60n);
  // y(f + j) = 1 + ((f + j)/A)·y(f + j − 1), with (f + j)/A = (f.num + j·f.den)·q / (f.den·p).
  for (let j = 1; j <= k; j++) {
    const servers = f.num + BigInt(j) * f.den;
    y = ONE + (servers * q * y) / (f.den * p);
  }
  return y;
}

/** Erlang B for whole or fractional x, any size (fixed point; ~1e−16 relative for fractional x). */
export function erlangBFixed(a: number, x: number): number {
  return toNumber({ num: ONE, den: inverseBlockingFixed(a, x) });
}

/** Erlang C from the fixed-point Erlang B, in rationals: N·B / ((N − A) + A·B). */
export function erlangCFixed(a: number, x: number): number {
  if (x <= a) return 1;
  const A = exactFraction(a);
  const X = exactFraction(x);
  const y = inverseBlockingFixed(a, x); // 1/B = y / ONE
  // C = x·B / ((x − A) + A·B) with B = ONE/y: x·ONE / ((x − A)·y + A·ONE), times X.den·A.den.
  const num = X.num * A.den * ONE;
  const den = (X.num * A.den - A.num * X.den) * y + A.num * X.den * ONE;
  return toNumber({ num, den });
}

/** 1/B(f, A) for 0 < f < 1 in double precision (see the header for the two methods). */
export function inverseBlockingBase(a: number, f: number): number {
  return a >= 60 ? asymptoticBase(a, f) : quadratureBase(a, f);
}

function asymptoticBase(a: number, f: number): number {
  let term = 1;
  let sum = 1;
  for (let j = 1; j < a; j++) {
    term *= (f - j + 1) / a;
    sum += term;
    if (Math.abs(term) < 1e-24) break;
  }
  return sum;
}

const GAUSS_ORDER = 20;
const gauss = gaussLegendre(GAUSS_ORDER);

/** Nodes and weights of Gauss–Legendre quadrature on [−1, 1], by Newton's method on Pₙ. */
function gaussLegendre(n: number): { nodes: number[]; weights: number[] } {
  const nodes: number[] = [];
  const weights: number[] = [];
  for (let i = 1; i <= n; i++) {
    let x = Math.cos((Math.PI * (i - 0.25)) / (n + 0.5));
    let derivative = 0;
    for (let iteration = 0; iteration < 100; iteration++) {
      let p0 = 1;
      let p1 = x;
      for (let k = 2; k <= n; k++) {
        const p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      derivative = (n * (x * p1 - p0)) / (x * x - 1);
      const dx = p1 / derivative;
      x -= dx;
      if (Math.abs(dx) < 1e-16) break;
    }
    nodes.push(x);
    weights.push(2 / ((1 - x * x) * derivative * derivative));
  }
  return { nodes, weights };
}

/**
 * ∫₀^∞ (1 + u/A)^f e^−u du on panels [0, A/1024], doubling up to width 1 (the integrand's nearest
 * singularity is at u = −A), then unit panels to u = 100 (the rest is below e^−100).
 */
function quadratureBase(a: number, f: number): number {
  const edges = [0];
  for (let w = a / 1024; w < 1; w *= 2) edges.push(edges[edges.length - 1] + w);
  while (edges[edges.length - 1] < 100) edges.push(edges[edges.length - 1] + 1);
  let sum = 0;
  for (let i = 1; i < edges.length; i++) {
    const mid = (edges[i] + edges[i - 1]) / 2;
    const half = (edges[i] - edges[i - 1]) / 2;
    for (let j = 0; j < GAUSS_ORDER; j++) {
      const u = mid + half * gauss.nodes[j];
      sum += half * gauss.weights[j] * Math.pow(1 + u / a, f) * Math.exp(-u);
    }
  }
  return sum;
}
