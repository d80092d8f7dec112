/** A seeded PRNG (mulberry32, public domain) so the sample data is the same on every machine and run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  uniform(low = 0, high = 1): number {
    return low + (high - low) * this.next();
  }
  /** Roughly normal (sum of uniforms), cheap and deterministic. */
  normal(mean: number, sd: number): number {
    let s = 0;
    for (let i = 0; i < 6; i++) s += this.next();
    return mean + sd * (s - 3) * Math.SQRT2;
  }
  /** Poisson by inversion (small means) or its normal approximation. */
  poisson(mean: number): number {
    if (mean > 50) return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))));
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }
  int(low: number, high: number): number {
    return Math.floor(this.uniform(low, high + 1));
  }
}
