/*
 * The Erlang A functions (callers abandon): JSDoc-tagged wrappers only (see functions.ts for the
 * conventions; STAFFPLAN is in staffPlan.ts). The user's reference is docs/functions.md, "Erlang A".
 */
import { abandonRate, averageSpeedOfAnswerA, occupancyA, serviceLevelA } from "../engine/erlangA";
import { staffErlangA } from "../engine/erlangAStaffing";
import { broadcast, broadcastInto, intervalArg, required } from "./broadcast";
import { scaledGuess } from "./searchStart";

const num = (v: unknown) => v as number;
const optionalNum = (v: unknown) => v as number | undefined;

/**
 * Fraction of offered calls that abandon (Erlang A: exponential patience).
 * @customfunction ABANDON
 * @param {any[][]} calls Calls offered in the interval (a cell or a range).
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} agents Agents on the phones, a whole number.
 * @param {any[][]} patience Average time a caller waits before hanging up, in seconds.
 * @param {any[][]} [interval] Length of the interval, in seconds (default 1800).
 * @returns {any[][]} Abandon rate, a fraction of offered calls.
 */
export function ABANDON(
  calls: any[][],
  aht: any[][],
  agents: any[][],
  patience: any[][],
  interval?: any[][]
): any[][] {
  return broadcastInto(
    [...required({ calls, aht, agents, patience }), intervalArg(interval)],
    abandonRate
  );
}

/**
 * Calls answered within target_time as a fraction of calls offered, with callers abandoning (Erlang A).
 * @customfunction SERVICELEVEL.A
 * @param {any[][]} calls Calls offered in the interval (a cell or a range).
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} agents Agents on the phones, a whole number.
 * @param {any[][]} patience Average time a caller waits before hanging up, in seconds.
 * @param {any[][]} target_time Answer-time target, in seconds (e.g. 20 for 80/20).
 * @param {any[][]} [interval] Length of the interval, in seconds (default 1800).
 * @returns {any[][]} Service level, a fraction of offered calls (abandoned calls count against it).
 */
export function SERVICELEVEL_A(
  calls: any[][],
  aht: any[][],
  agents: any[][],
  patience: any[][],
  target_time: any[][],
  interval?: any[][]
): any[][] {
  return broadcastInto(
    [
      ...required({ calls, aht, agents, patience }),
      { name: "target_time", value: target_time },
      intervalArg(interval),
    ],
    serviceLevelA
  );
}

/**
 * Average wait of answered calls, in seconds, with callers abandoning (Erlang A).
 * @customfunction ASA.A
 * @param {any[][]} calls Calls offered in the interval (a cell or a range).
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} agents Agents on the phones, a whole number.
 * @param {any[][]} patience Average time a caller waits before hanging up, in seconds.
 * @param {any[][]} [interval] Length of the interval, in seconds (default 1800).
 * @returns {any[][]} Average speed of answer of answered calls, in seconds.
 */
export function ASA_A(
  calls: any[][],
  aht: any[][],
  agents: any[][],
  patience: any[][],
  interval?: any[][]
): any[][] {
  return broadcastInto(
    [...required({ calls, aht, agents, patience }), intervalArg(interval)],
    averageSpeedOfAnswerA
  );
}

/**
 * Agent occupancy with callers abandoning: calls × (1 − abandon) × aht / (interval × agents).
 * @customfunction OCCUPANCY.A
 * @param {any[][]} calls Calls offered in the interval (a cell or a range).
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} agents Agents on the phones, a whole number.
 * @param {any[][]} patience Average time a caller waits before hanging up, in seconds.
 * @param {any[][]} [interval] Length of the interval, in seconds (default 1800).
 * @returns {any[][]} Occupancy, a fraction of agent time.
 */
export function OCCUPANCY_A(
  calls: any[][],
  aht: any[][],
  agents: any[][],
  patience: any[][],
  interval?: any[][]
): any[][] {
  return broadcastInto(
    [...required({ calls, aht, agents, patience }), intervalArg(interval)],
    occupancyA
  );
}

/**
 * The smallest whole number of agents meeting every target given, with callers abandoning (Erlang A).
 * @customfunction AGENTS.A
 * @param {any[][]} calls Calls offered in the interval (a cell or a range).
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} patience Average time a caller waits before hanging up, in seconds.
 * @param {any[][]} target_sl Service-level target, a fraction (0.8 = 80%).
 * @param {any[][]} target_time Answer-time target, in seconds (e.g. 20 for 80/20).
 * @param {any[][]} [interval] Length of the interval, in seconds (default 1800).
 * @param {any[][]} [max_abandon] Highest allowed abandon rate, a fraction (e.g. 0.05); default no cap.
 * @param {any[][]} [max_occupancy] Highest allowed occupancy, a fraction (e.g. 0.85); default no cap.
 * @returns {any[][]} Agents needed, a whole number.
 */
export function AGENTS_A(
  calls: any[][],
  aht: any[][],
  patience: any[][],
  target_sl: any[][],
  target_time: any[][],
  interval?: any[][],
  max_abandon?: any[][],
  max_occupancy?: any[][]
): any[][] {
  // Neighbouring intervals need similar staff: each cell starts its search from the previous answer.
  let previous: { agents: number; calls: number } | undefined;
  return broadcast(
    [
      ...required({ calls, aht, patience, target_sl, target_time }),
      intervalArg(interval),
      { name: "max_abandon", value: max_abandon, optional: true },
      { name: "max_occupancy", value: max_occupancy, optional: true },
    ],
    (n, h, p, s, t, i, ab, occ) => {
      const targets = {
        targetSl: num(s),
        targetTimeSec: num(t),
        maxAbandon: optionalNum(ab),
        maxOccupancy: optionalNum(occ),
      };
      const guess = scaledGuess(previous, num(n));
      const { agents } = staffErlangA(num(n), num(h), num(p), targets, num(i), guess);
      previous = { agents, calls: num(n) };
      return agents;
    }
  );
}
