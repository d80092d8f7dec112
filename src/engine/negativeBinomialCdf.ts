import { ChainBudget, TAIL_EPSILON, termsLeft } from "./chainBudget";
import { CHAIN_TERM_WEIGHT, countOperations } from "./work";

/** Below e^−700 a probability weight cannot change a double sum of weights near 1. */
const NEGLIGIBLE_LOG = -700;

/**
 * P(M = m), m = 0, 1, 2, … in turn and its running CDF, for M ~ NegativeBinomial(Nµ/θ + 1, 1 − e^−θt):
 * P(M = 0) = e^−(Nµ+θ)t, P(M = m)/P(M = m−1) = (1 − e^−θt)/θ · (Nµ + mθ)/m. Walked in logs while the
 * weights are below e^−700 (a long target time with many agents), then as plain products.
 */
export class NegativeBinomialCdf {
  cdf = 0;
  private m = -1;
  private exhausted = false;
  /** Steps taken in logs so far (each costs a logarithm: the work budget counts them). */
  logSteps = 0;
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
    if (this.m > 0 && !this.exhausted) {
      const step = (this.growth * (this.busyRate + this.m * this.theta)) / this.m;
      if (this.pm > 0) {
        this.pm *= step;
        // Past the mode the weights only fall: once one underflows the rest are 0 (no more logs).
        if (this.pm === 0) this.exhausted = true;
      } else {
        this.lnPm += Math.log(step);
        this.logSteps++;
      }
    }
    if (this.pm === 0 && !this.exhausted && this.lnPm >= NEGLIGIBLE_LOG) {
      this.pm = Math.exp(this.lnPm); // from now on the plain product carries it
    }
    this.cdf += this.pm;
    return this.pm;
  }

  /** P(M > m) for the current m, summed forward (used only once the CDF is past one half). */
  restAfterCurrent(budget: ChainBudget): number | undefined {
    let rest = 0;
    for (let i = 1; i <= termsLeft(budget); i++) {
      const m = this.m + 1;
      const step = (this.growth * (this.busyRate + m * this.theta)) / m;
      const p = this.next();
      rest += p;
      if (step < 1 && (p * step) / (1 - step) <= TAIL_EPSILON * rest) {
        budget.operationsLeft -= i * CHAIN_TERM_WEIGHT;
        countOperations(i * CHAIN_TERM_WEIGHT);
        return rest;
      }
    }
    return undefined; // over the budget
  }
}
