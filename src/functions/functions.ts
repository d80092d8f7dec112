/*
 * The WFM custom functions (../../docs/functions.md is the user's reference). Each function here is only a
 * JSDoc-tagged wrapper: it names its arguments, broadcasts over ranges and calls the engine. The JSDoc
 * becomes functions.json; the build appends CustomFunctions.associate(id, fn) for each one. Ids are
 * frozen by test/functions/metadata.test.ts: an id may be added, never renamed or removed.
 *
 * This file: traffic, Erlang B and C, the per-interval service measures, SELFTEST. The staffing searches
 * are in staffing.ts, Erlang A in abandonment.ts, STAFFPLAN in staffPlan.ts, costs and scorecards in
 * kpi.ts, forecasts in forecast.ts (all listed in build/function-sources.js). Each function's parameters
 * are also described in src/contract/wfmFunctions.ts; test/functions/contract.test.ts keeps the two, and
 * the reviewed golden copy of functions.json, in step.
 */
import { erlangB, erlangC } from "../engine/erlangB";
import { selfTest } from "../engine/selftest";
import {
  answerTime,
  averageSpeedOfAnswer,
  occupancy,
  queueLength,
  queueTime,
  serviceLevel,
} from "../engine/staffing";
import { trafficErlangs } from "../engine/traffic";
import { broadcast, broadcastInto, intervalArg, required } from "./broadcast";

/**
 * Offered load in Erlangs: calls × aht / interval.
 * @customfunction TRAFFIC
 * @param {any[][]} calls Calls offered in the interval (a cell or a range).
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} [interval] Length of the interval the calls arrive in, in seconds (default 1800 = 30 minutes).
 * @returns {any[][]} Traffic in Erlangs.
 */
export function TRAFFIC(calls: any[][], aht: any[][], interval?: any[][]): any[][] {
  return broadcast(
    [{ name: "calls", value: calls }, { name: "aht", value: aht }, intervalArg(interval)],
    (n, h, i) => trafficErlangs(n as number, h as number, i as number)
  );
}

/**
 * Erlang B: the probability that a call is blocked when all lines are busy (no queue).
 * @customfunction ERLANGB
 * @param {any[][]} traffic Offered traffic, in Erlangs.
 * @param {any[][]} servers Number of lines or servers; may be fractional.
 * @returns {any[][]} Blocking probability, a fraction from 0 to 1.
 */
export function ERLANGB(traffic: any[][], servers: any[][]): any[][] {
  return broadcastInto(required({ traffic, servers }), erlangB);
}

/**
 * Erlang C: the probability that a call has to wait (1 when agents ≤ traffic).
 * @customfunction ERLANGC
 * @param {any[][]} traffic Offered traffic, in Erlangs.
 * @param {any[][]} agents Number of agents; may be fractional.
 * @returns {any[][]} Probability of waiting, a fraction from 0 to 1.
 */
export function ERLANGC(traffic: any[][], agents: any[][]): any[][] {
  return broadcastInto(required({ traffic, agents }), erlangC);
}

/**
 * Service level: the fraction of offered calls answered within target_time (0 when agents ≤ traffic).
 * @customfunction SERVICELEVEL
 * @param {any[][]} calls Calls offered in the interval.
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} agents Number of agents on the phones.
 * @param {any[][]} target_time Answer-time target, in seconds (e.g. 20 for 80/20).
 * @param {any[][]} [interval] Length of the interval, in seconds (default 1800).
 * @returns {any[][]} Service level, a fraction (0.8 = 80%).
 */
export function SERVICELEVEL(
  calls: any[][],
  aht: any[][],
  agents: any[][],
  target_time: any[][],
  interval?: any[][]
): any[][] {
  return broadcastInto(
    [...required({ calls, aht, agents, target_time }), intervalArg(interval)],
    serviceLevel
  );
}

/**
 * Average speed of answer over all calls, in seconds (#N/A when agents ≤ traffic).
 * @customfunction ASA
 * @param {any[][]} calls Calls offered in the interval.
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} agents Number of agents on the phones.
 * @param {any[][]} [interval] Length of the interval, in seconds (default 1800).
 * @returns {any[][]} Average wait of all calls, in seconds.
 */
export function ASA(calls: any[][], aht: any[][], agents: any[][], interval?: any[][]): any[][] {
  return perInterval(calls, aht, agents, interval, averageSpeedOfAnswer);
}

/**
 * Average wait of the calls that do wait, in seconds: aht / (agents − traffic).
 * @customfunction QUEUETIME
 * @param {any[][]} calls Calls offered in the interval.
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} agents Number of agents on the phones.
 * @param {any[][]} [interval] Length of the interval, in seconds (default 1800).
 * @returns {any[][]} Average wait of the waiting calls, in seconds.
 */
export function QUEUETIME(
  calls: any[][],
  aht: any[][],
  agents: any[][],
  interval?: any[][]
): any[][] {
  return perInterval(calls, aht, agents, interval, queueTime);
}

/**
 * Average number of calls waiting in the queue.
 * @customfunction QUEUELENGTH
 * @param {any[][]} calls Calls offered in the interval.
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} agents Number of agents on the phones.
 * @param {any[][]} [interval] Length of the interval, in seconds (default 1800).
 * @returns {any[][]} Average number of calls waiting.
 */
export function QUEUELENGTH(
  calls: any[][],
  aht: any[][],
  agents: any[][],
  interval?: any[][]
): any[][] {
  return perInterval(calls, aht, agents, interval, queueLength);
}

/**
 * Agent occupancy: the fraction of agent time spent handling calls, min(1, traffic / agents).
 * @customfunction OCCUPANCY
 * @param {any[][]} calls Calls offered in the interval.
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} agents Number of agents on the phones.
 * @param {any[][]} [interval] Length of the interval, in seconds (default 1800).
 * @returns {any[][]} Occupancy, a fraction (0.85 = 85%).
 */
export function OCCUPANCY(
  calls: any[][],
  aht: any[][],
  agents: any[][],
  interval?: any[][]
): any[][] {
  return perInterval(calls, aht, agents, interval, occupancy);
}

/**
 * The time within which target_sl of the calls are answered, in seconds.
 * @customfunction ANSWERTIME
 * @param {any[][]} calls Calls offered in the interval.
 * @param {any[][]} aht Average handle time, in seconds.
 * @param {any[][]} agents Number of agents on the phones.
 * @param {any[][]} target_sl Fraction of calls to answer, e.g. 0.8 for 80%.
 * @param {any[][]} [interval] Length of the interval, in seconds (default 1800).
 * @returns {any[][]} Answer time, in seconds.
 */
export function ANSWERTIME(
  calls: any[][],
  aht: any[][],
  agents: any[][],
  target_sl: any[][],
  interval?: any[][]
): any[][] {
  return broadcastInto(
    [...required({ calls, aht, agents, target_sl }), intervalArg(interval)],
    answerTime
  );
}

/**
 * Recomputes the published reference cases live: case, source, expected, computed, pass.
 * @customfunction SELFTEST
 * @returns {any[][]} A table with a header row and one row per published case.
 */
export function SELFTEST(): any[][] {
  const rows: any[][] = [["case", "source", "expected", "computed", "pass"]];
  for (const r of selfTest()) rows.push([r.label, r.source, r.expected, r.computed, r.pass]);
  return rows;
}

/** The measures that take (calls, aht, agents, [interval]). */
function perInterval(
  calls: unknown,
  aht: unknown,
  agents: unknown,
  interval: unknown,
  measure: (calls: number, ahtSec: number, agents: number, intervalSec: number) => number
): any[][] {
  return broadcastInto([...required({ calls, aht, agents }), intervalArg(interval)], measure);
}
