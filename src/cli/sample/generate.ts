/**
 * The sample month: a deterministic contact centre for September and October 2026 (three queues, daily rows
 * with every column of the spec) and a service-jobs table for October. Staffing follows Erlang C: each half
 * hour is staffed with the agents the engine says the forecast needs (times a staffing factor that is short
 * on some days), and the achieved service level and ASA are the engine's for the calls that came. A few bad
 * rows are planted in October so the data-quality section has something to show.
 */
import { agentsForServiceLevel, averageSpeedOfAnswer, serviceLevel } from "../../engine/staffing";
import { dayToIso, monthFirstDay, weekdayOf } from "../../report";
import { Random } from "./prng";
import { SAMPLE_FILES } from "./files";
import {
  dayShape,
  HALF_HOUR_SHAPE,
  isHoliday,
  OPEN_FROM_MINUTE,
  QUEUES,
  type QueueProfile,
} from "./shape";

export const ACTIVITY_HEADERS = [
  "Date",
  "Queue",
  "Offered",
  "Answered",
  "Abandoned",
  "Short abandons",
  "Answered within SL",
  "Total wait seconds",
  "Total handle seconds",
  "Staffed hours",
  "Paid hours",
  "Forecast offered",
  "First contact resolved",
  "First contact eligible",
  "Surveys",
  "Satisfied",
  "Satisfaction score sum",
  "Promoters",
  "Passives",
  "Detractors",
  "Complaints",
  "QA evaluations",
  "QA score sum",
  "Cost",
];

export const SEED = 20261001;
const SL_THRESHOLD_SEC = 20;

export interface Slot {
  minute: number;
  share: number;
}

const DAY_SLOTS: Slot[] = HALF_HOUR_SHAPE.map((share, i) => ({
  minute: OPEN_FROM_MINUTE + i * 30,
  share,
}));

/** The planners' staffing factor: short on October Mondays (a rota change) and on the day after the holiday. */
function staffingFactor(day: number, queue: QueueProfile, rng: Random): number {
  const iso = dayToIso(day);
  // Planners keep a small buffer over the Erlang requirement for forecast error.
  let factor = rng.normal(1.04, 0.02);
  if (iso >= "2026-10-01" && weekdayOf(day) === 0) factor *= 0.9;
  if (iso === "2026-10-08") factor *= 0.92;
  if (iso >= "2026-10-01" && queue.name === "Technical support") factor *= 0.95;
  return factor;
}

export interface SlotResult {
  minute: number;
  offered: number;
  forecast: number;
  answered: number;
  abandoned: number;
  shortAbandons: number;
  answeredInSl: number;
  waitSec: number;
  handleSec: number;
  staffedHours: number;
}

/** One queue's day, half hour by half hour, staffed and served as Erlang C says. */
export function simulateDay(
  day: number,
  queue: QueueProfile,
  rng: Random,
  slots: Slot[] = DAY_SLOTS
): SlotResult[] {
  const expected = queue.baseDaily * dayShape(day, queue);
  // Planners forecast the shape but not the noise; the holiday catch-up on 8 October is under-forecast.
  const forecastDay =
    dayToIso(day) === "2026-10-08" ? queue.baseDaily * 1.4 : expected * rng.normal(1, 0.02);
  const actualDay = expected * rng.normal(1, 0.035);
  const factor = staffingFactor(day, queue, rng);
  // October's new billing system makes billing calls longer than the planners assumed.
  const ahtDrift = dayToIso(day) >= "2026-10-01" && queue.name === "Billing hotline" ? 1.03 : 1;
  const ahtSec = queue.ahtSec * ahtDrift * rng.normal(1, 0.03);
  return slots.map(({ minute, share }) => {
    const forecast = Math.max(0, Math.round(forecastDay * share));
    const offered = Math.max(0, Math.round(actualDay * share * rng.normal(1, 0.05)));
    const planned =
      forecast > 0 ? agentsForServiceLevel(forecast, queue.ahtSec, 0.8, SL_THRESHOLD_SEC, 1800) : 1;
    const agents = Math.max(1, Math.round(planned * factor));
    const traffic = (offered * ahtSec) / 1800;
    const sl = offered === 0 ? 1 : serviceLevel(offered, ahtSec, agents, SL_THRESHOLD_SEC, 1800);
    const asa =
      offered === 0
        ? 0
        : agents > traffic
          ? Math.min(600, averageSpeedOfAnswer(offered, ahtSec, agents, 1800))
          : 600;
    // Callers give up more the longer the wait: 1% plus a share of those not served within the threshold.
    // Agents cannot handle more than ~97% of their time, so an overloaded half hour loses the rest to abandons.
    const capacity = Math.floor((agents * 1800 * 0.97) / ahtSec);
    const abandoned = Math.max(
      offered - capacity,
      Math.min(offered, Math.round(offered * (0.01 + 0.16 * (1 - sl))))
    );
    const answered = offered - abandoned;
    const shortAbandons = Math.round(abandoned * 0.3);
    const answeredInSl = Math.min(answered, Math.round(sl * (offered - shortAbandons)));
    return {
      minute,
      offered,
      forecast,
      answered,
      abandoned,
      shortAbandons,
      answeredInSl,
      waitSec: Math.round(asa * answered),
      handleSec: Math.round(answered * ahtSec),
      staffedHours: agents * 0.5,
    };
  });
}

type Row = (string | number)[];

const sumOf = (slots: SlotResult[], k: keyof SlotResult) => slots.reduce((a, s) => a + s[k], 0);
const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** The day's quality, survey, complaint and cost figures, which follow the service the callers got. */
function dailyRow(day: number, queue: QueueProfile, slots: SlotResult[], rng: Random): Row {
  const offered = sumOf(slots, "offered");
  const answered = sumOf(slots, "answered");
  const short = sumOf(slots, "shortAbandons");
  const inSl = sumOf(slots, "answeredInSl");
  const sl = offered - short > 0 ? inSl / (offered - short) : 1;
  const staffedHours = sumOf(slots, "staffedHours");
  const shrinkage = Math.min(0.4, Math.max(0.2, rng.normal(isHoliday(day) ? 0.34 : 0.29, 0.015)));
  const paidHours = round1(staffedHours / (1 - shrinkage));
  const eligible = Math.round(answered * 0.9);
  const resolved = Math.round(eligible * Math.min(0.95, rng.normal(queue.fcrShare, 0.02)));
  const surveys = Math.round(answered * 0.08);
  const serviceDrag = Math.max(0, 0.8 - sl);
  const satisfied = Math.min(
    surveys,
    Math.round(surveys * Math.min(0.99, rng.normal(queue.satisfiedShare, 0.01) - serviceDrag * 0.3))
  );
  const scoreSum = Math.round(surveys * (rng.normal(87, 1.2) - serviceDrag * 20));
  const promoters = Math.round(surveys * Math.max(0, rng.normal(0.45, 0.03) - serviceDrag * 0.4));
  const detractors = Math.round(
    surveys * Math.min(0.6, rng.normal(0.17, 0.02) + serviceDrag * 0.4)
  );
  const passives = Math.max(0, surveys - promoters - detractors);
  const complaints = rng.poisson((answered / 10000) * (3.6 + serviceDrag * 40));
  const qaCount = rng.int(25, 40);
  const qaScoreSum = round1(qaCount * Math.min(99, rng.normal(91, 1.5)));
  const cost = round2(paidHours * queue.costPerPaidHour + answered * 0.35);
  return [
    dayToIso(day),
    queue.name,
    offered,
    answered,
    sumOf(slots, "abandoned"),
    short,
    inSl,
    sumOf(slots, "waitSec"),
    sumOf(slots, "handleSec"),
    round1(staffedHours),
    paidHours,
    sumOf(slots, "forecast"),
    resolved,
    eligible,
    surveys,
    satisfied,
    scoreSum,
    promoters,
    passives,
    detractors,
    complaints,
    qaCount,
    qaScoreSum,
    cost,
  ];
}

/** September and October 2026, three queues, one row per queue and day, with five planted bad rows. */
export function sampleActivityRows(): Row[] {
  const rng = new Random(SEED);
  const rows: Row[] = [];
  const first = monthFirstDay("2026-09");
  const last = monthFirstDay("2026-11");
  for (let day = first; day < last; day++) {
    for (const queue of QUEUES) rows.push(dailyRow(day, queue, simulateDay(day, queue, rng), rng));
  }
  plantBadRows(rows);
  return rows;
}

const col = (name: string) => ACTIVITY_HEADERS.indexOf(name);

/** The bad rows every real export has, so the data-quality section shows how each is handled. */
function plantBadRows(rows: Row[]): void {
  const find = (iso: string, queue: string) =>
    rows.findIndex((r) => r[0] === iso && r[1] === queue);
  const chat14 = rows[find("2026-10-14", "Online chat")];
  chat14[col("Answered")] = (chat14[col("Offered")] as number) + 120; // answered > offered
  rows[find("2026-10-20", "Billing hotline")][col("Surveys")] = "n/a"; // text in a number column
  rows[find("2026-10-22", "Technical support")][col("Complaints")] = -3; // negative count
  const dup = find("2026-10-21", "Technical support");
  rows.splice(dup + 1, 0, [...rows[dup]]); // the same day and queue exported twice
  const bad = [...rows[find("2026-10-27", "Billing hotline")]];
  bad[0] = "2026-10-32"; // a date that does not exist
  rows.splice(find("2026-10-27", "Online chat") + 1, 0, bad);
}

export const JOB_HEADERS = ["Job ID", "Type", "Opened", "Closed", "Standard hours"];

const JOB_TYPES = [
  { type: "Installation", count: 180, standardHours: 360, meanHours: 190, sdHours: 90 },
  { type: "Repair", count: 260, standardHours: 72, meanHours: 30, sdHours: 22 },
  { type: "Change of service", count: 140, standardHours: 24, meanHours: 16, sdHours: 9 },
];

const stamp = (hoursSinceEpoch: number) => {
  const minutes = Math.round(hoursSinceEpoch * 60);
  const day = Math.floor(minutes / 1440);
  const m = minutes - day * 1440;
  return `${dayToIso(day)} ${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
};

/** October's installs, repairs and changes, opened in working hours and closed some hours later. */
export function sampleJobRows(): Row[] {
  const rng = new Random(SEED + 1);
  const first = monthFirstDay("2026-10");
  const rows: Row[] = [];
  let id = 1;
  for (const t of JOB_TYPES) {
    for (let i = 0; i < t.count; i++) {
      const openedDay = first + rng.int(0, 30);
      const opened = openedDay * 24 + 8 + rng.uniform(0, 10);
      const hours = Math.max(0.5, rng.normal(t.meanHours, t.sdHours));
      rows.push([
        `J${String(id++).padStart(5, "0")}`,
        t.type,
        stamp(opened),
        stamp(opened + hours),
        t.standardHours,
      ]);
    }
  }
  rows.sort(
    (a, b) => String(a[2]).localeCompare(String(b[2])) || String(a[0]).localeCompare(String(b[0]))
  );
  // A job closed before it was opened: a typing error in the closing time.
  const r = rows[57];
  r[3] = stamp(Date.parse(`${String(r[2]).replace(" ", "T")}:00Z`) / 3600000 - 5);
  return rows;
}

/** A year of half-hour rows (48 a day) for the three queues: the speed check for large inputs. */
export function intervalYearRows(firstDay: number, days = 365): Row[] {
  const rng = new Random(SEED + 2);
  const night = 0.004;
  const daySlots = new Map(DAY_SLOTS.map((s) => [s.minute, s.share * (1 - 24 * night)]));
  const slots: Slot[] = Array.from({ length: 48 }, (_, i) => ({
    minute: i * 30,
    share: daySlots.get(i * 30) ?? night,
  }));
  const rows: Row[] = [];
  for (let day = firstDay; day < firstDay + days; day++) {
    for (const queue of QUEUES) {
      for (const s of simulateDay(day, queue, rng, slots)) {
        const t = `${String(Math.floor(s.minute / 60)).padStart(2, "0")}:${String(s.minute % 60).padStart(2, "0")}`;
        rows.push([
          dayToIso(day),
          t,
          queue.name,
          s.offered,
          s.answered,
          s.abandoned,
          s.shortAbandons,
          s.answeredInSl,
          s.waitSec,
          s.handleSec,
          s.staffedHours,
          s.forecast,
        ]);
      }
    }
  }
  return rows;
}

/** The interval file: the activity columns up to staffed hours, with the interval after the date. */
export const INTERVAL_HEADERS = [
  "Date",
  "Interval",
  ...ACTIVITY_HEADERS.slice(1, ACTIVITY_HEADERS.indexOf("Staffed hours") + 1),
  "Forecast offered",
];

/** CSV text (RFC 4180 quoting where needed), "\n" line ends. */
export function toCsv(headers: string[], rows: Row[]): string {
  const quote = (v: string | number) => {
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [headers, ...rows].map((r) => r.map(quote).join(",")).join("\n") + "\n";
}

export function sampleFiles(): Record<string, string> {
  return {
    [SAMPLE_FILES.activity]: toCsv(ACTIVITY_HEADERS, sampleActivityRows()),
    [SAMPLE_FILES.jobs]: toCsv(JOB_HEADERS, sampleJobRows()),
  };
}
