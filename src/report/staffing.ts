import type { ActivityRow } from "./rows";

export interface StaffingSettings {
  intervalSec: number | null;
  openHoursPerDay: number;
  slTarget: number;
  slThresholdSec: number;
}

export interface StaffingAnalysis {
  pending: true;
}

/** Filled in once the Erlang C engine (src/engine/staffing.ts, issue 3) is committed. */
export function analyseStaffing(
  _rows: ActivityRow[],
  _settings: StaffingSettings
): StaffingAnalysis | null {
  return null;
}
