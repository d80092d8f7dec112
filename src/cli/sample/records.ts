/**
 * October 2026 of the sample centre as real platforms export it, in two files made from one simulation:
 *
 * - contact records, one row per call, as a call-detail export writes them: US dates (M/D/YY) with 12-hour
 *   times in one "Call Start" cell, durations as h:mm:ss, an outcome word per call (IVR-only calls included,
 *   which never reached a queue), flags and survey answers where there are any, and a few broken rows;
 * - the ACD's half-hour interval report of the same calls in a vendor's layout: title rows above the header,
 *   counts with averages (ASA, AHT, average abandon time) and a service level percentage, a totals row.
 *
 * Each half hour's counts are the sample month's (simulateDay: the same queues, volumes and Erlang staffing),
 * and the interval report is aggregated from the records themselves, so the two files tell the same story:
 * offered, answered and abandoned agree exactly; the averages agree to their rounding.
 */
import { monthFirstDay, dayToIso } from "../../report";
import { Random } from "./prng";
import { simulateDay, SEED, toCsv, type SlotResult } from "./generate";
import { HALF_HOUR_SHAPE, OPEN_FROM_MINUTE, QUEUES, type QueueProfile } from "./shape";

export const RECORDS_FILE = "contact-records-2026-10.csv";
export const ACD_FILE = "acd-interval-2026-10.csv";

export const RECORD_HEADERS = [
  "Call ID",
  "Call Start",
  "Queue",
  "Agent",
  "Outcome",
  "Wait Time",
  "Talk Time",
  "Hold Time",
  "After Call Work",
  "Resolved",
  "Satisfaction",
  "NPS",
];

export const ACD_HEADERS = [
  "Date",
  "Interval Start",
  "Split/Skill",
  "Calls Offered",
  "Calls Handled",
  "Calls Abandoned",
  "Short Abandons",
  "Calls Handled Within SL",
  "ASA",
  "AHT",
  "Avg Aban Time",
  "Service Level %",
];

const SL_SEC = 20;
const SHORT_SEC = 5;
/** Calls that end in the IVR (self-service, or hang-ups before queueing), as a share of queued calls. */
const IVR_SHARE = 0.04;

export interface CallRecord {
  /** Seconds since the Unix epoch (UTC wall clock: the centre's local time). */
  start: number;
  queue: string;
  agent: string;
  outcome: "Answered" | "Abandoned" | "IVR Only";
  waitSec: number;
  talkSec: number;
  holdSec: number;
  acwSec: number;
  resolved: "Y" | "N" | "";
  rating: number | null;
  nps: number | null;
}

const two = (n: number) => String(n).padStart(2, "0");

/** "10/1/26 8:03:12 AM": M/D/YY and a 12-hour clock, as US exports write it. */
export function usDateTime(epochSec: number): string {
  const d = new Date(epochSec * 1000);
  const h = d.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${two(d.getUTCFullYear() % 100)} ${h12}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${h < 12 ? "AM" : "PM"}`;
}

/** "8:30 AM". */
export function clock12(minute: number): string {
  const h = Math.floor(minute / 60);
  return `${h % 12 === 0 ? 12 : h % 12}:${two(minute % 60)} ${h < 12 ? "AM" : "PM"}`;
}

/** "0:04:07": h:mm:ss. */
export function hms(sec: number): string {
  const s = Math.round(sec);
  return `${Math.floor(s / 3600)}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
}

/** One half hour's calls: exactly the slot's counts, with waits and handle times around its ASA and AHT. */
function slotRecords(
  day: number,
  queue: QueueProfile,
  slot: SlotResult,
  rng: Random,
  agents: string[]
): CallRecord[] {
  const out: CallRecord[] = [];
  const slotStart = day * 86400 + slot.minute * 60;
  const at = () => slotStart + Math.floor(rng.uniform(0, 1800));
  const asa = slot.answered ? slot.waitSec / slot.answered : 0;
  const aht = slot.answered ? slot.handleSec / slot.answered : queue.ahtSec;
  // Answered beyond the threshold wait longer than it: their mean keeps the slot's ASA where it can.
  const late = slot.answered - slot.answeredInSl;
  const lateMean =
    late > 0 ? Math.max(SL_SEC + 5, (asa * slot.answered - slot.answeredInSl * 10) / late) : 0;
  const answered = (inSl: boolean): CallRecord => {
    const wait = inSl
      ? rng.int(0, SL_SEC)
      : SL_SEC + 1 + Math.round(-Math.log(1 - rng.uniform()) * (lateMean - SL_SEC));
    const handle = Math.max(30, rng.normal(aht, aht * 0.35));
    const hold = rng.uniform() < 0.2 ? Math.round(handle * 0.1) : 0;
    const acw = Math.round(handle * 0.15);
    const surveyed = rng.uniform() < 0.08;
    const satisfied = rng.uniform() < queue.satisfiedShare;
    return {
      start: at(),
      queue: queue.name,
      agent: agents[rng.int(0, agents.length - 1)],
      outcome: "Answered",
      waitSec: wait,
      talkSec: Math.round(handle - hold - acw),
      holdSec: hold,
      acwSec: acw,
      resolved: rng.uniform() < 0.9 ? (rng.uniform() < queue.fcrShare ? "Y" : "N") : "",
      rating: surveyed ? (satisfied ? rng.int(4, 5) : rng.int(1, 3)) : null,
      nps:
        surveyed && rng.uniform() < 0.6
          ? Math.min(10, Math.max(0, Math.round(rng.normal(satisfied ? 8.6 : 4, 1.5))))
          : null,
    };
  };
  const abandoned = (short: boolean): CallRecord => ({
    start: at(),
    queue: queue.name,
    agent: "",
    outcome: "Abandoned",
    waitSec: short ? rng.int(0, SHORT_SEC) : rng.int(SHORT_SEC + 1, 240),
    talkSec: 0,
    holdSec: 0,
    acwSec: 0,
    resolved: "",
    rating: null,
    nps: null,
  });
  for (let i = 0; i < slot.answered; i++) out.push(answered(i < slot.answeredInSl));
  for (let i = 0; i < slot.abandoned; i++) out.push(abandoned(i < slot.shortAbandons));
  const ivr = rng.poisson(slot.offered * IVR_SHARE);
  for (let i = 0; i < ivr; i++) out.push({ ...abandoned(true), outcome: "IVR Only", waitSec: 0 });
  return out;
}

/** Every call of October 2026 for the three queues, in the order they started. */
export function sampleCallRecords(): CallRecord[] {
  const rng = new Random(SEED + 3);
  const slots = HALF_HOUR_SHAPE.map((share, i) => ({ minute: OPEN_FROM_MINUTE + i * 30, share }));
  const first = monthFirstDay("2026-10");
  const last = monthFirstDay("2026-11");
  const records: CallRecord[] = [];
  for (let day = first; day < last; day++) {
    for (const [q, queue] of QUEUES.entries()) {
      const agents = Array.from({ length: 40 }, (_, i) => `A${q + 1}${two(i + 1)}`);
      for (const slot of simulateDay(day, queue, rng, slots))
        for (const r of slotRecords(day, queue, slot, rng, agents)) records.push(r);
    }
  }
  return records.sort((a, b) => a.start - b.start || a.queue.localeCompare(b.queue));
}

type Row = (string | number)[];

function recordRow(r: CallRecord, id: number): Row {
  return [
    `C${String(id).padStart(7, "0")}`,
    usDateTime(r.start),
    r.queue,
    r.agent,
    r.outcome,
    hms(r.waitSec),
    hms(r.talkSec),
    hms(r.holdSec),
    // After-call work in plain seconds, as some platforms mix units from column to column.
    r.acwSec,
    r.resolved,
    r.rating ?? "",
    r.nps ?? "",
  ];
}

/**
 * The records as CSV rows, with the broken rows every export has: a date that does not exist, an outcome
 * nobody mapped, text where a duration belongs, and a call that starts before the export's month.
 */
export function recordRows(records: CallRecord[]): Row[] {
  const rows = records.map((r, i) => recordRow(r, i + 1));
  const broken = (at: number, edit: (row: Row) => void) => {
    const row = [...rows[at]];
    row[0] = `${row[0]}-X`;
    edit(row);
    rows.splice(at + 1, 0, row);
  };
  broken(1000, (r) => (r[1] = "10/32/26 9:15:00 AM"));
  broken(20000, (r) => (r[4] = "Transferred?"));
  broken(40000, (r) => (r[5] = "n/a"));
  broken(60000, (r) => (r[6] = "-0:01:10"));
  return rows;
}

/** The ACD's interval report, aggregated from the records (IVR-only calls never reached a split). */
export function acdRows(records: CallRecord[]): Row[] {
  interface Sums {
    day: number;
    minute: number;
    queue: string;
    offered: number;
    handled: number;
    abandoned: number;
    short: number;
    inSl: number;
    wait: number;
    handle: number;
    abandonWait: number;
  }
  const slots = new Map<string, Sums>();
  for (const r of records) {
    if (r.outcome === "IVR Only") continue;
    const day = Math.floor(r.start / 86400);
    const minute = Math.floor((r.start % 86400) / 1800) * 30;
    const key = `${day}|${minute}|${r.queue}`;
    let s = slots.get(key);
    if (!s) {
      s = {
        day,
        minute,
        queue: r.queue,
        offered: 0,
        handled: 0,
        abandoned: 0,
        short: 0,
        inSl: 0,
        wait: 0,
        handle: 0,
        abandonWait: 0,
      };
      slots.set(key, s);
    }
    s.offered++;
    if (r.outcome === "Answered") {
      s.handled++;
      s.wait += r.waitSec;
      s.handle += r.talkSec + r.holdSec + r.acwSec;
      if (r.waitSec <= SL_SEC) s.inSl++;
    } else {
      s.abandoned++;
      s.abandonWait += r.waitSec;
      if (r.waitSec <= SHORT_SEC) s.short++;
    }
  }
  const order = [...slots.values()].sort(
    (a, b) => a.day - b.day || a.minute - b.minute || a.queue.localeCompare(b.queue)
  );
  const avg = (total: number, n: number) => (n ? Math.round((total / n) * 10) / 10 : "");
  const pct = (part: number, whole: number) =>
    whole ? `${((part / whole) * 100).toFixed(2)}%` : "";
  const rows: Row[] = order.map((s) => {
    const iso = dayToIso(s.day);
    const [y, m, d] = iso.split("-").map(Number);
    return [
      `${m}/${d}/${y}`,
      clock12(s.minute),
      s.queue,
      s.offered,
      s.handled,
      s.abandoned,
      s.short,
      s.inSl,
      avg(s.wait, s.handled),
      s.handled ? hms(s.handle / s.handled) : "",
      avg(s.abandonWait, s.abandoned),
      pct(s.inSl, s.offered),
    ];
  });
  const total = (k: keyof Sums) => order.reduce((a, s) => a + (s[k] as number), 0);
  rows.push([
    "Totals",
    "",
    "",
    total("offered"),
    total("handled"),
    total("abandoned"),
    total("short"),
    total("inSl"),
    avg(total("wait"), total("handled")),
    hms(total("handle") / total("handled")),
    avg(total("abandonWait"), total("abandoned")),
    pct(total("inSl"), total("offered")),
  ]);
  return rows;
}

/** The title block a vendor's report prints above its header. */
export const ACD_TITLE_ROWS: Row[] = [
  ["Split/Skill Interval Report"],
  ["Date range: 10/1/2026 - 10/31/2026", "", "", "Intervals: 30 minutes"],
  [],
];

/** Both files' text, from one simulation. */
export function recordSampleFiles(): Record<string, string> {
  const records = sampleCallRecords();
  const titles = ACD_TITLE_ROWS.map((r) => r.join(",")).join("\n");
  return {
    [RECORDS_FILE]: toCsv(RECORD_HEADERS, recordRows(records)),
    [ACD_FILE]: `${titles}\n${toCsv(ACD_HEADERS, acdRows(records))}`,
  };
}
