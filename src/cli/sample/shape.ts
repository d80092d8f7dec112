/**
 * The sample contact centre: three queues, their volumes, handle times and intraday shape, the weekday and
 * holiday pattern (1–7 October is China's National Day holiday; Saturday 10 October a make-up working day).
 */
import { weekdayOf, dayToIso } from "../../report";

export interface QueueProfile {
  name: string;
  /** Offered contacts on an ordinary Wednesday. */
  baseDaily: number;
  ahtSec: number;
  /** Volume on a public holiday, as a share of an ordinary day. */
  holidayShare: number;
  fcrShare: number;
  satisfiedShare: number;
  costPerPaidHour: number;
}

export const QUEUES: QueueProfile[] = [
  {
    name: "Billing hotline",
    baseDaily: 2600,
    ahtSec: 290,
    holidayShare: 0.35,
    fcrShare: 0.78,
    satisfiedShare: 0.925,
    costPerPaidHour: 58,
  },
  {
    name: "Technical support",
    baseDaily: 1500,
    ahtSec: 520,
    holidayShare: 0.55,
    fcrShare: 0.66,
    satisfiedShare: 0.885,
    costPerPaidHour: 72,
  },
  {
    name: "Online chat",
    baseDaily: 2000,
    ahtSec: 410,
    holidayShare: 0.6,
    fcrShare: 0.74,
    satisfiedShare: 0.91,
    costPerPaidHour: 52,
  },
];

/** Monday … Sunday. */
const WEEKDAY_SHAPE = [1.2, 1.06, 1.0, 0.97, 0.94, 0.58, 0.46];

const HOLIDAYS = new Set([
  "2026-10-01",
  "2026-10-02",
  "2026-10-03",
  "2026-10-04",
  "2026-10-05",
  "2026-10-06",
  "2026-10-07",
]);
const MAKEUP_WORKDAYS = new Set(["2026-10-10"]);

export function isHoliday(day: number): boolean {
  return HOLIDAYS.has(dayToIso(day));
}

/** Expected volume of a day relative to an ordinary Wednesday. */
export function dayShape(day: number, queue: QueueProfile): number {
  const iso = dayToIso(day);
  if (HOLIDAYS.has(iso)) return queue.holidayShare;
  if (MAKEUP_WORKDAYS.has(iso)) return WEEKDAY_SHAPE[0] * 0.95;
  // The first working day after the holiday catches up on the calls the holiday held back.
  if (iso === "2026-10-08") return 1.45;
  return WEEKDAY_SHAPE[weekdayOf(day)];
}

export const OPEN_FROM_MINUTE = 8 * 60;
export const OPEN_HOURS = 12;

/** Share of a day's contacts in each half hour from 08:00 to 20:00: a morning and an early-afternoon peak. */
export const HALF_HOUR_SHAPE: number[] = (() => {
  const raw = Array.from({ length: OPEN_HOURS * 2 }, (_, i) => {
    const h = 8 + i / 2 + 0.25;
    return 0.35 + Math.exp(-((h - 10.5) ** 2) / 2.5) + 0.8 * Math.exp(-((h - 14.5) ** 2) / 3);
  });
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((x) => x / total);
})();
