/**
 * Erlang-implied staffing (spec §3.5): for each queue's day (daily rows) or interval (interval rows), the
 * agents Erlang C says the achieved volume and AHT needed to meet the service-level target, against the
 * agents the staffed hours paid for, and the service level Erlang C predicts with the staffed agents.
 *
 * The shortfall is never netted (spec §5): required and staffed are compared per queue per period, and the
 * shortfall is the sum over the short queue-periods only; a surplus in another queue or another interval
 * of the day never offsets it. A day is under-staffed when any of its queue-periods is short.
 *
 * Daily rows carry no intraday shape, so a day's calls and staffed hours are spread evenly over the open
 * hours (openHoursPerDay): the check is then for an average hour, which understates peak-hour needs; the
 * report says so. The Erlang arithmetic is the engine's (src/engine/staffing.ts), never re-done here.
 */
import { agentsForServiceLevel, serviceLevel } from "../engine/staffing";
import type { ActivityRow } from "./rows";

export interface StaffingSettings {
  /** Interval length for interval rows; null for daily rows. */
  intervalSec: number | null;
  openHoursPerDay: number;
  slTarget: number;
  slThresholdSec: number;
}

export interface StaffingDay {
  day: number;
  offered: number;
  requiredHours: number;
  staffedHours: number;
  /** Σ over the day's short queue-periods of (required − staffed) agent-hours; ≥ 0. */
  shortfallHours: number;
  /** Σ over the day's other queue-periods of (staffed − required) agent-hours; ≥ 0. */
  surplusHours: number;
  /** The day's queue-periods checked, and how many of them were short. */
  periodsChecked: number;
  periodsUnder: number;
  /** Erlang C service level with the staffed agents, weighted by calls. */
  predictedSl: number | null;
}

export interface StaffingAnalysis {
  mode: "daily" | "interval";
  periodSec: number;
  days: StaffingDay[];
  periodsChecked: number;
  periodsUnder: number;
  /** Rows without offered, answered, handle time or staffed hours: not checked. */
  periodsSkipped: number;
  /** Days with at least one short queue-period. */
  daysUnder: number;
  /** Days with no short queue-period and staffed more than OVER_STAFFED_MARGIN above required. */
  daysOver: number;
  /** Σ of the days' shortfalls: the sum over every short queue-period of the month. */
  shortfallHours: number;
  /** Calls-weighted Erlang SL as staffed, and had every short period been staffed to the requirement. */
  predictedSl: number;
  predictedSlIfStaffed: number;
  /** predictedSlIfStaffed − predictedSl: the service level the shortfall cost, ≥ 0 (a fraction). */
  slLost: number;
}

/** A day is over-staffed when it had more than this share of agent-hours above the requirement. */
export const OVER_STAFFED_MARGIN = 0.15;

type DayAccumulator = StaffingDay & { slCalls: number; slSum: number };

export function analyseStaffing(
  rows: ActivityRow[],
  settings: StaffingSettings
): StaffingAnalysis | null {
  const mode = settings.intervalSec === null ? "daily" : "interval";
  const periodSec = settings.intervalSec ?? settings.openHoursPerDay * 3600;
  const periodHours = periodSec / 3600;
  const byDay = new Map<number, DayAccumulator>();
  let checked = 0;
  let under = 0;
  let skipped = 0;
  let callsAll = 0;
  let slAsStaffed = 0;
  let slIfStaffed = 0;
  // Cache: identical (calls, aht) pairs recur in interval data and each search costs a few hundred steps.
  const required = new Map<string, number>();
  for (const r of rows) {
    const { offered, answered, handleSec, staffedHours } = r.v;
    if (
      offered === undefined ||
      answered === undefined ||
      handleSec === undefined ||
      staffedHours === undefined ||
      answered === 0
    ) {
      skipped++;
      continue;
    }
    const ahtSec = handleSec / answered;
    if (!(ahtSec > 0)) {
      skipped++;
      continue;
    }
    const key = `${offered}|${ahtSec}`;
    let need = required.get(key);
    if (need === undefined) {
      need = agentsForServiceLevel(
        offered,
        ahtSec,
        settings.slTarget,
        settings.slThresholdSec,
        periodSec
      );
      required.set(key, need);
    }
    const staffedAgents = staffedHours / periodHours;
    const predicted =
      offered === 0
        ? 1
        : serviceLevel(offered, ahtSec, staffedAgents, settings.slThresholdSec, periodSec);
    const atRequired =
      offered === 0 ? 1 : serviceLevel(offered, ahtSec, need, settings.slThresholdSec, periodSec);
    const requiredHours = need * periodHours;
    // One queue-period: its gap stands alone, whatever the others did.
    const gap = staffedHours - requiredHours;
    const short = staffedAgents < need;
    checked++;
    if (short) under++;
    callsAll += offered;
    slAsStaffed += offered * predicted;
    slIfStaffed += offered * Math.max(predicted, atRequired);
    const d = byDay.get(r.day) ?? newDay(r.day);
    d.offered += offered;
    d.requiredHours += requiredHours;
    d.staffedHours += staffedHours;
    if (short) d.shortfallHours += -gap;
    else d.surplusHours += gap;
    d.periodsChecked++;
    if (short) d.periodsUnder++;
    d.slCalls += offered;
    d.slSum += offered * predicted;
    byDay.set(r.day, d);
  }
  if (checked === 0) return null;
  const days: StaffingDay[] = [...byDay.values()]
    .sort((a, b) => a.day - b.day)
    .map(({ slCalls, slSum, ...d }) => ({
      ...d,
      predictedSl: slCalls > 0 ? slSum / slCalls : null,
    }));
  const predictedSl = callsAll > 0 ? slAsStaffed / callsAll : 1;
  const predictedSlIfStaffed = callsAll > 0 ? slIfStaffed / callsAll : 1;
  return {
    mode,
    periodSec,
    days,
    periodsChecked: checked,
    periodsUnder: under,
    periodsSkipped: skipped,
    daysUnder: days.filter((d) => d.periodsUnder > 0).length,
    daysOver: days.filter(
      (d) =>
        d.periodsUnder === 0 &&
        d.staffedHours - d.requiredHours > OVER_STAFFED_MARGIN * d.requiredHours
    ).length,
    shortfallHours: days.reduce((a, d) => a + d.shortfallHours, 0),
    predictedSl,
    predictedSlIfStaffed,
    slLost: Math.max(0, predictedSlIfStaffed - predictedSl),
  };
}

function newDay(day: number): DayAccumulator {
  return {
    day,
    offered: 0,
    requiredHours: 0,
    staffedHours: 0,
    shortfallHours: 0,
    surplusHours: 0,
    periodsChecked: 0,
    periodsUnder: 0,
    predictedSl: null,
    slCalls: 0,
    slSum: 0,
  };
}
