/**
 * Every WFM function id of the contract (docs/functions.md). Excel stores these ids in workbooks:
 * once shipped, an id never changes. Add new ids here; never rename or remove one. The metadata test fails
 * when a frozen id disappears or an id is added without being frozen here; the bundle test fails when the
 * built functions.js does not register exactly these.
 */
export const FROZEN_IDS = [
  "TRAFFIC",
  "ERLANGB",
  "ERLANGC",
  "SERVICELEVEL",
  "ASA",
  "QUEUETIME",
  "QUEUELENGTH",
  "OCCUPANCY",
  "ANSWERTIME",
  "SELFTEST",
  "AGENTS",
  "AGENTS.ASA",
  "AGENTS.FRACTIONAL",
  "CALLCAPACITY",
  "TRUNKS",
  "FTE",
  "COSTPERCALL",
  "NPS",
  "KPI.ATTAINMENT",
  "KPI.STATUS",
  "SCORECARD",
  "ABANDON",
  "SERVICELEVEL.A",
  "ASA.A",
  "OCCUPANCY.A",
  "AGENTS.A",
  "STAFFPLAN",
  "FORECAST",
  "FORECAST.BACKTEST",
];
