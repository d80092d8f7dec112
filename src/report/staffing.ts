/**
 * Erlang-implied staffing (spec §3.5): for each queue's day (daily rows) or interval (interval rows), the
 * agents Erlang C says the achieved volume and AHT needed to meet the service-level target, against the
 * agents the staffed hours paid for, and the service level Erlang C predicts with the staffed agents.
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
  /** staffed − required agent-hours: negative is a shortfall. */
  gapHours: number;
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
  daysUnder: number;
  daysOver: number;
  shortfallHours: number;
  /** Calls-weighted Erlang SL as staffed, and had every short period been staffed to the requirement. */
  predictedSl: number;
  predictedSlIfStaffed: number;
}

/** A day is over-staffed when it had more than this share of agent-hours above the requirement. */
const OVER_STAFFED_MARGIN = 0.15;

export function analyseStaffing(
  rows: ActivityRow[],
  settings: StaffingSettings
): StaffingAnalysis | null {
  const mode = settings.intervalSec === null ? "daily" : "interval";
  const periodSec = settings.intervalSec ?? settings.openHoursPerDay * 3600;
  const periodHours = periodSec / 3600;
  const byDay = new Map<number, StaffingDay & { slCalls: number; slSum: number }>();
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
    checked++;
    if (staffedAgents < need) under++;
    callsAll += offered;
    slAsStaffed += offered * predicted;
    slIfStaffed += offered * Math.max(predicted, atRequired);
    const d = byDay.get(r.day) ?? {
      day: r.day,
      offered: 0,
      requiredHours: 0,
      staffedHours: 0,
      gapHours: 0,
      predictedSl: null,
      slCalls: 0,
      slSum: 0,
    };
    d.offered += offered;
    d.requiredHours += need * periodHours;
    d.staffedHours += staffedHours;
    d.slCalls += offered;
    d.slSum += offered * predicted;
    byDay.set(r.day, d);
  }
  if (checked === 0) return null;
  const days: StaffingDay[] = [...byDay.values()]
    .sort((a, b) => a.day - b.day)
    .map(({ slCalls, slSum, ...d }) => ({
      ...d,
      gapHours: d.staffedHours - d.requiredHours,
      predictedSl: slCalls > 0 ? slSum / slCalls : null,
    }));
  const shortDays = days.filter((d) => d.gapHours < 0);
  return {
    mode,
    periodSec,
    days,
    periodsChecked: checked,
    periodsUnder: under,
    periodsSkipped: skipped,
    daysUnder: shortDays.length,
    daysOver: days.filter((d) => d.gapHours > OVER_STAFFED_MARGIN * d.requiredHours).length,
    shortfallHours: -shortDays.reduce((a, d) => a + d.gapHours, 0),
    predictedSl: callsAll > 0 ? slAsStaffed / callsAll : 1,
    predictedSlIfStaffed: callsAll > 0 ? slIfStaffed / callsAll : 1,
  };
}
