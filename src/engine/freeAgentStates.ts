import { countOperations } from "./work";

/** Keep running sums finite: rescale by this factor when a term grows past it. */
export const RESCALE = 1e250;
export const LN_RESCALE = Math.log(RESCALE);
/** A step factor n/A beyond this is taken in logs: RESCALE·FACTOR_LIMIT stays below the largest double. */
const FACTOR_LIMIT = 1e50;

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
    // Locals, not fields, in the loop: it runs once per agent, up to a million times per cell.
    const a = this.trafficErl;
    const lnTraffic = Math.log(a);
    let mantissa = this.mantissa;
    let unit = this.unit;
    let lnScale = this.lnScale;
    for (let n = this.agents + 1; n <= agents; n++) {
      const factor = n / a;
      if (factor < FACTOR_LIMIT) {
        mantissa = factor * (unit + mantissa);
        if (mantissa > RESCALE) {
          mantissa /= RESCALE;
          unit /= RESCALE;
          lnScale += LN_RESCALE;
        }
      } else {
        // Tiny traffic (1e−100 Erlangs): n/A would overflow the mantissa, so this step is taken in logs.
        lnScale += Math.log(n) - lnTraffic + Math.log(unit + mantissa);
        mantissa = 1;
        unit = Math.exp(-lnScale);
      }
    }
    this.mantissa = mantissa;
    this.unit = unit;
    this.lnScale = lnScale;
    countOperations(Math.max(0, agents - this.agents));
    this.agents = Math.max(this.agents, agents);
    return this;
  }

  clone(): FreeAgentStates {
    return Object.assign(new FreeAgentStates(this.trafficErl), this);
  }
}

/** ln(e^x + e^y) without overflow. */
export function logAddExp(x: number, y: number): number {
  if (x === -Infinity) return y;
  if (y === -Infinity) return x;
  return x > y ? x + Math.log1p(Math.exp(y - x)) : y + Math.log1p(Math.exp(x - y));
}
