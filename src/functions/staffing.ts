/*
 * The WFM staffing searches and FTE: JSDoc-tagged wrappers only (see functions.ts for the conventions).
 */
import { agentsFractional, callCapacity, trunks } from "../engine/capacity";
import { fte } from "../engine/fte";
import { agentsForAsa, agentsForServiceLevel } from "../engine/staffing";
import { broadcastInto, intervalArg, required } from "./broadcast";

/**
 * The smallest whole number of agents that meets the service-level target (and the occupancy cap).
 * @customfunction AGENTS
 * @param {any[][]} calls Calls offered in the interval (a cell or a range).
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} target_sl Service-level target, a fraction (0.8 = 80%).
 * @param {any[][]} target_time Answer-time target, in seconds (e.g. 20 for 80/20).
 * @param {any[][]} [interval] Length of the interval, in seconds (default 1800).
 * @param {any[][]} [max_occupancy] Highest allowed occupancy, a fraction (e.g. 0.85); default no cap.
 * @returns {any[][]} Agents needed, a whole number.
 */
export function AGENTS(
  calls: any[][],
  aht: any[][],
  target_sl: any[][],
  target_time: any[][],
  interval?: any[][],
  max_occupancy?: any[][]
): any[][] {
  return broadcastInto(
    [
      ...required({ calls, aht, target_sl, target_time }),
      intervalArg(interval),
      { name: "max_occupancy", value: max_occupancy, optional: true },
    ],
    agentsForServiceLevel
  );
}

/**
 * The smallest whole number of agents with an average speed of answer at or below target_asa.
 * @customfunction AGENTS.ASA
 * @param {any[][]} calls Calls offered in the interval.
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} target_asa Target average speed of answer, in seconds.
 * @param {any[][]} [interval] Length of the interval, in seconds (default 1800).
 * @param {any[][]} [max_occupancy] Highest allowed occupancy, a fraction (e.g. 0.85); default no cap.
 * @returns {any[][]} Agents needed, a whole number.
 */
export function AGENTS_ASA(
  calls: any[][],
  aht: any[][],
  target_asa: any[][],
  interval?: any[][],
  max_occupancy?: any[][]
): any[][] {
  return broadcastInto(
    [
      ...required({ calls, aht, target_asa }),
      intervalArg(interval),
      { name: "max_occupancy", value: max_occupancy, optional: true },
    ],
    agentsForAsa
  );
}

/**
 * The exact (fractional) number of agents at which the service level equals target_sl.
 * @customfunction AGENTS.FRACTIONAL
 * @param {any[][]} calls Calls offered in the interval.
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} target_sl Service-level target, a fraction (0.8 = 80%).
 * @param {any[][]} target_time Answer-time target, in seconds.
 * @param {any[][]} [interval] Length of the interval, in seconds (default 1800).
 * @returns {any[][]} Agents needed, a real number (not rounded up).
 */
export function AGENTS_FRACTIONAL(
  calls: any[][],
  aht: any[][],
  target_sl: any[][],
  target_time: any[][],
  interval?: any[][]
): any[][] {
  return broadcastInto(
    [...required({ calls, aht, target_sl, target_time }), intervalArg(interval)],
    agentsFractional
  );
}

/**
 * The largest whole number of calls per interval that the agents can take while meeting the target.
 * @customfunction CALLCAPACITY
 * @param {any[][]} agents Number of agents on the phones.
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} target_sl Service-level target, a fraction (0.8 = 80%).
 * @param {any[][]} target_time Answer-time target, in seconds.
 * @param {any[][]} [interval] Length of the interval, in seconds (default 1800).
 * @returns {any[][]} Calls per interval, a whole number.
 */
export function CALLCAPACITY(
  agents: any[][],
  aht: any[][],
  target_sl: any[][],
  target_time: any[][],
  interval?: any[][]
): any[][] {
  return broadcastInto(
    [...required({ agents, aht, target_sl, target_time }), intervalArg(interval)],
    callCapacity
  );
}

/**
 * The smallest number of lines whose Erlang B blocking is at or below the target.
 * @customfunction TRUNKS
 * @param {any[][]} traffic Offered traffic, in Erlangs.
 * @param {any[][]} blocking Highest allowed blocking probability, a fraction (0.01 = 1%).
 * @returns {any[][]} Lines needed, a whole number.
 */
export function TRUNKS(traffic: any[][], blocking: any[][]): any[][] {
  return broadcastInto(required({ traffic, blocking }), trunks);
}

/**
 * Staff to schedule: agents / (1 − shrinkage), not rounded.
 * @customfunction FTE
 * @param {any[][]} agents Agents needed on the phones.
 * @param {any[][]} shrinkage Fraction of paid time lost to breaks, training and absence (0.3 = 30%).
 * @returns {any[][]} Full-time equivalents to schedule.
 */
export function FTE(agents: any[][], shrinkage: any[][]): any[][] {
  return broadcastInto(required({ agents, shrinkage }), fte);
}
