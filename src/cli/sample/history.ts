/**
 * The bundled history for forecasting: half-hour offered contacts and handle seconds for the three sample
 * queues from 2025-09-01 to 2026-10-31 (14 months), deterministic (seeded). It carries what real contact
 * centre volume carries: a weekly and an intraday cycle (each weekday its own shape: Mondays peak early,
 * Saturdays late), growth with a yearly swell, mainland China's holidays and make-up working days (from the
 * built-in calendar), the catch-up after long holidays, day-to-day noise, Poisson arrivals, and a few
 * outliers (an outage that cut the lines, a billing error that doubled the calls for an afternoon).
 */
import { chinaSpecialDays } from "../../forecast/calendarCN";
import { weekdayOf } from "../../forecast/grid";
import type { SpecialDay } from "../../forecast/types";
import { Random } from "./prng";
import { QUEUES, type QueueProfile } from "./shape";

export const HISTORY_SEED = 20250901;
export const HISTORY_FIRST = "2025-09-01";
export const HISTORY_LAST = "2026-10-31";
export const HISTORY_OPEN_MINUTE = 8 * 60;
export const HISTORY_SLOTS = 24;
export const HISTORY_FILE = "history-2025-09-2026-10.csv";
export const HISTORY_HEADERS = ["Interval start", "Queue", "Offered", "Handle seconds"];

const isoDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86400000);

/** Monday … Sunday relative to an average weekday. */
const WEEKDAY = [1.18, 1.06, 1.0, 0.97, 0.93, 0.56, 0.44];

/** Share of a weekday's contacts in each half hour 08:00–20:00: a morning and an afternoon peak, later on weekends. */
function slotShape(weekday: number): number[] {
  const weekend = weekday >= 5;
  const morning = weekday === 0 ? 10.0 : weekend ? 11.5 : 10.5;
  const raw = Array.from({ length: HISTORY_SLOTS }, (_, i) => {
    const h = 8 + i / 2 + 0.25;
    return (
      0.3 +
      Math.exp(-((h - morning) ** 2) / 2.5) +
      (weekend ? 0.6 : 0.8) * Math.exp(-((h - 14.5) ** 2) / 3)
    );
  });
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((x) => x / total);
}
const SHAPES = Array.from({ length: 7 }, (_, w) => slotShape(w));

export interface HistoryRow {
  /** Minutes since 1970-01-01 00:00. */
  minute: number;
  queue: string;
  offered: number;
  handleSec: number;
}

/** The calendar's special days over the history's span and a year after it. */
export function historySpecialDays(lang: "en" | "zh-CN" = "zh-CN"): SpecialDay[] {
  return chinaSpecialDays(isoDay(HISTORY_FIRST), isoDay(HISTORY_LAST) + 400, lang);
}

function dayLevel(
  day: number,
  queue: QueueProfile,
  first: number,
  special: Map<number, SpecialDay>
): number {
  const t = day - first;
  const growth = 1 + 0.1 * (t / 365);
  const swell = 1 + 0.07 * Math.sin((2 * Math.PI * (t - 30)) / 365);
  // A new product line from mid-June 2026 brings the billing hotline 8% more calls.
  const shift = queue.name === "Billing hotline" && day >= isoDay("2026-06-15") ? 1.08 : 1;
  const sd = special.get(day);
  let shape: number;
  if (sd?.kind === "holiday") shape = queue.holidayShare;
  else if (sd?.kind === "workday") shape = 1.0;
  else shape = WEEKDAY[weekdayOf(day)];
  // The first working day after a holiday of three days or more catches up on the calls it held back.
  if (!sd && special.get(day - 1)?.kind === "holiday" && special.get(day - 3)?.kind === "holiday")
    shape *= 1.35;
  return (queue.baseDaily / 1.0) * growth * swell * shift * shape;
}

export function sampleHistoryRows(): HistoryRow[] {
  const rng = new Random(HISTORY_SEED);
  const first = isoDay(HISTORY_FIRST);
  const last = isoDay(HISTORY_LAST);
  const special = new Map(historySpecialDays().map((s) => [s.day, s]));
  const outage = isoDay("2026-03-17"); // lines down 14:00–16:00
  const billingError = isoDay("2026-07-08"); // wrong bills: calls doubled 13:00–17:00
  const rows: HistoryRow[] = [];
  for (let day = first; day <= last; day++) {
    const wd = special.get(day)?.kind === "workday" ? 0 : weekdayOf(day);
    for (const queue of QUEUES) {
      const total = dayLevel(day, queue, first, special) * rng.normal(1, 0.045);
      for (let s = 0; s < HISTORY_SLOTS; s++) {
        const minuteOfDay = HISTORY_OPEN_MINUTE + 30 * s;
        let mean = Math.max(0, total * SHAPES[wd][s]);
        if (day === outage && minuteOfDay >= 14 * 60 && minuteOfDay < 16 * 60) mean = 0;
        if (
          day === billingError &&
          queue.name === "Billing hotline" &&
          minuteOfDay >= 13 * 60 &&
          minuteOfDay < 17 * 60
        )
          mean *= 2;
        const offered = rng.poisson(mean);
        // Handle time runs longer in the evening (harder cases, tired agents) and varies day to day.
        const aht = queue.ahtSec * (1 + 0.08 * (s / HISTORY_SLOTS)) * rng.normal(1, 0.03);
        rows.push({
          minute: day * 1440 + minuteOfDay,
          queue: queue.name,
          offered,
          handleSec: Math.round(offered * aht),
        });
      }
    }
  }
  return rows;
}

/** "2025-09-01 08:00" for minutes since 1970: the ISO form every reader of the file understands. */
function minuteText(minute: number): string {
  return new Date(minute * 60000).toISOString().slice(0, 16).replace("T", " ");
}

/** The bundled history as the CSV `service-planner sample` writes (and `forecast` reads with no input). */
export function historySampleFiles(): Record<string, string> {
  const lines = [HISTORY_HEADERS.join(",")];
  for (const r of sampleHistoryRows())
    lines.push(`${minuteText(r.minute)},${r.queue},${r.offered},${r.handleSec}`);
  return { [HISTORY_FILE]: `${lines.join("\n")}\n` };
}
