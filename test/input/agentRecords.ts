/**
 * Eight contact records across three agents (A1, A2, A3), one abandoned and one IVR-only (neither has an
 * agent), over two days of October 2026, plus one record of September for A1 (another month). Ratings are on
 * a 1–5 scale (satisfied ≥ 4, 20 points per step); handle = talk + hold + ACW (an empty hold is 0 s).
 */
export const AGENT_HEADERS = [
  "Start Time",
  "Queue",
  "Agent ID",
  "Outcome",
  "Wait",
  "Talk",
  "Hold",
  "ACW",
  "Resolved",
  "Satisfaction",
  "NPS",
];

// prettier-ignore
export const AGENT_ROWS: unknown[][] = [
  ["2026-10-05 09:00", "Q1", "A1", "Answered", "10", "100", "20", "30", "Y", "5", "10"],
  ["2026-10-05 09:10", "Q1", "A1", "Answered", "30", "200", "0", "40", "N", "3", "7"],
  ["2026-10-05 09:20", "Q2", "A2", "Answered", "5", "150", "10", "20", "Y", "4", "6"],
  ["2026-10-06 10:00", "Q1", "A1", "Answered", "8", "60", "", "10", "Y", "", "9"],
  ["2026-10-06 10:05", "Q2", "A3", "Answered", "12", "300", "60", "60", "", "2", ""],
  ["2026-10-06 10:10", "Q2", "", "Abandoned", "40", "", "", "", "", "", ""],
  ["2026-10-06 10:15", "Q1", "", "IVR", "", "", "", "", "", "", ""],
  ["2026-10-06 10:20", "Q2", "A2", "Answered", "3", "90", "5", "15", "N", "5", "10"],
  ["2026-09-30 11:00", "Q1", "A1", "Answered", "6", "500", "0", "0", "Y", "5", "10"],
];
