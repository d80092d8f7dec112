import { WfmNumError } from "./errors";
import { fraction, nonNegative } from "./validate";

/**
 * Staff to schedule for `agents` on the phones when a fraction `shrinkage` of paid time is lost to
 * breaks, training, absence: agents / (1 − shrinkage). Not rounded, and never agents × (1 + shrinkage),
 * which understaffs (14 agents at 30% shrinkage need 20 scheduled, not 18.2).
 */
export function fte(agents: number, shrinkage: number): number {
  nonNegative("agents", agents);
  fraction("shrinkage", shrinkage, { openHigh: true });
  const staff = agents / (1 - shrinkage);
  if (!Number.isFinite(staff)) {
    throw new WfmNumError(
      "agents",
      `agents / (1 − shrinkage) is beyond the largest number Excel holds: agents (${agents}) is too large`
    );
  }
  return staff;
}
