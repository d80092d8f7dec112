/*
 * The WFM custom functions (../../docs/functions.md is the user's reference). Each function here is only a
 * JSDoc-tagged wrapper: it names its arguments, broadcasts over ranges and calls the engine. The JSDoc
 * becomes functions.json; the build appends CustomFunctions.associate(id, fn) for each one. Ids are
 * frozen by test/functions/metadata.test.ts: an id may be added, never renamed or removed.
 */
import { DEFAULT_INTERVAL_SEC, trafficErlangs } from "../engine/traffic";
import { broadcast } from "./broadcast";

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
    [
      { name: "calls", value: calls },
      { name: "aht", value: aht },
      { name: "interval", value: interval, default: DEFAULT_INTERVAL_SEC },
    ],
    (n, h, i) => trafficErlangs(n as number, h as number, i as number)
  );
}
