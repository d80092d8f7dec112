/**
 * Service jobs against their standard (spec §1, optional second table): per type, the jobs, average and
 * longest hours taken, and the share done within the standard — "standard 72 h, achieved average 12.8 h".
 * Hours come from an hours column, or from opened and closed date-times when there is none (or it is empty).
 *
 * A job belongs to the month it was closed in (spec §5): its closed date-time, or opened + hours taken. Jobs
 * closed in other months are left out of the month's figures (and counted, so the rows reconcile); jobs
 * opened by the month's end and not closed by then (never, or in a later month) are counted as open at the
 * month's end; a job with no usable date is listed
 * in data quality, since it cannot be placed in any month.
 */
import { dayToMonth, daysInMonth, monthFirstDay, parseDateCell } from "./dates";
import { ReportInputError } from "./errors";
import { JOB_FIELD_LABELS, JOB_FIELDS, type ColumnMapping, type JobFieldKey } from "./fields";
import { numberFromCell, type RawTable } from "./rows";

/** A type meets its standard when at least this share of its jobs closed in the month was within it. */
export const JOBS_WITHIN_TARGET = 0.95;

export interface JobTypeFigures {
  type: string;
  /** Jobs closed in the month. */
  jobs: number;
  /** Jobs opened by the month's end and still open at its end. */
  open: number;
  standardHours: number;
  /** Over the jobs closed in the month; null when none was. */
  averageHours: number | null;
  maxHours: number | null;
  withinStandard: number;
  /** withinStandard / jobs; null when no job was closed. */
  withinShare: number | null;
  /** withinShare ≥ JOBS_WITHIN_TARGET; null when no job was closed. */
  meetsStandard: boolean | null;
}

export type JobProblemCode =
  "noType" | "noHours" | "badHours" | "closedBeforeOpened" | "badStandard" | "noDate";

export interface JobProblem {
  rowNumber: number;
  code: JobProblemCode;
  value?: string;
}

export interface JobsAnalysis {
  month: string;
  types: JobTypeFigures[];
  problems: JobProblem[];
  rowsRead: number;
  /** Jobs closed in the month (the figures' rows). */
  rowsUsed: number;
  /** Jobs open at the month's end. */
  open: number;
  /** Jobs closed before this month, or opened after it: left out. */
  otherMonths: number;
}

const isBlank = (c: unknown) =>
  c === null || c === undefined || (typeof c === "string" && c.trim() === "");

/** Hours since the day count's epoch, so that differences are hours taken. */
function dateTimeHours(cell: unknown): number | null {
  const when = parseDateCell(cell);
  return when ? when.day * 24 + (when.minute ?? 0) / 60 : null;
}

function requireJobColumns(mapping: ColumnMapping<JobFieldKey>): void {
  const has = (k: JobFieldKey) => mapping[k] !== undefined;
  for (const f of JOB_FIELDS.filter((x) => x.required)) {
    if (!has(f.key)) {
      throw new ReportInputError(`jobs.${f.key}`, {
        key: "report.errorJobsColumn",
        params: {
          field: { key: JOB_FIELD_LABELS[f.key] },
          aliases: f.aliases.slice(1, 4).join(" / "),
        },
      });
    }
  }
  if (!has("hours") && !(has("opened") && has("closed"))) {
    throw new ReportInputError("jobs.hours", {
      key: "report.errorJobsHours",
      params: {
        hours: { key: JOB_FIELD_LABELS.hours },
        opened: { key: JOB_FIELD_LABELS.opened },
        closed: { key: JOB_FIELD_LABELS.closed },
      },
    });
  }
}

type Placed =
  | { kind: "closed"; hours: number; closedAt: number; openedAt: number | null }
  | { kind: "open"; openedAt: number }
  | { kind: "problem"; problem: Omit<JobProblem, "rowNumber"> };

/** Where a job stands: closed (when, after how long), still open, or unusable (why). */
function placeJob(cell: (k: JobFieldKey) => unknown): Placed {
  const hoursCell = cell("hours");
  let hours: number | null = null;
  if (!isBlank(hoursCell)) {
    hours = numberFromCell(hoursCell);
    if (hours === null || hours < 0)
      return { kind: "problem", problem: { code: "badHours", value: String(hoursCell) } };
  }
  const openedCell = cell("opened");
  const closedCell = cell("closed");
  const opened = dateTimeHours(openedCell);
  const closed = dateTimeHours(closedCell);
  if (!isBlank(openedCell) && opened === null)
    return { kind: "problem", problem: { code: "noDate", value: String(openedCell) } };
  if (!isBlank(closedCell) && closed === null)
    return { kind: "problem", problem: { code: "noDate", value: String(closedCell) } };
  if (opened !== null && closed !== null && closed < opened)
    return { kind: "problem", problem: { code: "closedBeforeOpened" } };
  if (hours === null && opened !== null && closed !== null) hours = closed - opened;
  const closedAt = closed ?? (opened !== null && hours !== null ? opened + hours : null);
  if (closedAt !== null && hours !== null)
    return { kind: "closed", hours, closedAt, openedAt: opened ?? closedAt - hours };
  if (opened !== null) return { kind: "open", openedAt: opened };
  return { kind: "problem", problem: { code: hours === null ? "noHours" : "noDate" } };
}

export function analyseJobs(
  table: RawTable,
  mapping: ColumnMapping<JobFieldKey>,
  month: string
): JobsAnalysis {
  requireJobColumns(mapping);
  const has = (k: JobFieldKey) => mapping[k] !== undefined;
  const monthStart = monthFirstDay(month) * 24;
  const monthEnd = monthStart + daysInMonth(month) * 24;
  const problems: JobProblem[] = [];
  // standards[i] is the standard of the closed job hours[i]; openStandards those of the open jobs.
  const groups = new Map<
    string,
    { hours: number[]; standards: number[]; open: number; openStandards: number[] }
  >();
  let rowsRead = 0;
  let otherMonths = 0;
  table.rows.forEach((cells, i) => {
    if (!cells || cells.every(isBlank)) return;
    rowsRead++;
    const rowNumber = table.firstRowNumber + i;
    const cell = (k: JobFieldKey) => (has(k) ? cells[mapping[k] as number] : undefined);
    const type = cell("type");
    if (isBlank(type)) {
      problems.push({ rowNumber, code: "noType" });
      return;
    }
    const standard = numberFromCell(cell("standardHours"));
    if (standard === null || standard <= 0) {
      problems.push({ rowNumber, code: "badStandard", value: String(cell("standardHours") ?? "") });
      return;
    }
    const placed = placeJob(cell);
    if (placed.kind === "problem") {
      problems.push({ rowNumber, ...placed.problem });
      return;
    }
    const closedInMonth =
      placed.kind === "closed" && dayToMonth(Math.floor(placed.closedAt / 24)) === month;
    // Open at the month's end: opened by then, and not closed by then (never, or later).
    const openAtEnd =
      placed.openedAt !== null &&
      placed.openedAt < monthEnd &&
      (placed.kind === "open" || placed.closedAt >= monthEnd);
    if (!closedInMonth && !openAtEnd) {
      otherMonths++;
      return;
    }
    const key = String(type).trim();
    const g = groups.get(key) ?? { hours: [], standards: [], open: 0, openStandards: [] };
    if (closedInMonth && placed.kind === "closed") {
      g.hours.push(placed.hours);
      g.standards.push(standard);
    } else {
      g.open++;
      g.openStandards.push(standard);
    }
    groups.set(key, g);
  });
  const types: JobTypeFigures[] = [...groups.entries()].map(([type, g]) => {
    const within = g.hours.filter((h, i) => h <= g.standards[i]).length;
    const jobs = g.hours.length;
    const share = jobs > 0 ? within / jobs : null;
    return {
      type,
      jobs,
      open: g.open,
      standardHours: mostCommon([...g.standards, ...g.openStandards]),
      averageHours: jobs > 0 ? g.hours.reduce((a, b) => a + b, 0) / jobs : null,
      maxHours: jobs > 0 ? g.hours.reduce((a, b) => Math.max(a, b), 0) : null,
      withinStandard: within,
      withinShare: share,
      meetsStandard: share === null ? null : share >= JOBS_WITHIN_TARGET - 1e-12,
    };
  });
  return {
    month,
    types,
    problems,
    rowsRead,
    rowsUsed: types.reduce((a, t) => a + t.jobs, 0),
    open: types.reduce((a, t) => a + t.open, 0),
    otherMonths,
  };
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}
