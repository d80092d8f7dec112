import { WfmInputError } from "./errors";
import { positive, nonNegative } from "./validate";

/** The default interval the calls arrive in: half an hour, as in the contract. */
export const DEFAULT_INTERVAL_SEC = 1800;

/** Offered load in Erlangs, A = calls × aht / interval (the definition of the Erlang as a unit of traffic). */
export function trafficErlangs(
  calls: number,
  ahtSec: number,
  intervalSec: number = DEFAULT_INTERVAL_SEC
): number {
  nonNegative("calls", calls);
  positive("aht", ahtSec, "seconds");
  positive("interval", intervalSec, "seconds");
  const erlangs = (calls * ahtSec) / intervalSec;
  if (!Number.isFinite(erlangs)) {
    throw new WfmInputError(
      "calls",
      "calls × aht / interval is too large to compute (over 1e308 Erlangs)",
      { key: "errors.engineTrafficTooLarge" }
    );
  }
  return erlangs;
}
