import { fraction, nonNegative } from "./validate";

/**
 * Staff to schedule for `agents` on the phones when a fraction `shrinkage` of paid time is lost to
 * breaks, training, absence: agents / (1 − shrinkage). Not rounded, and never agents × (1 + shrinkage),
 * which understaffs (14 agents at 30% shrinkage need 20 scheduled, not 18.2).
 */
export function fte(agents: number, shrinkage: number): number {
  nonNegative("agents", agents);
  fraction("shrinkage", shrinkage, { openHigh: true });
  return agents / (1 - shrinkage);
}
