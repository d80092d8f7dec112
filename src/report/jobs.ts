/**
 * Service jobs against their standard (spec §1, optional second table): per type, the jobs, average and
 * longest hours taken, and the share done within the standard — "standard 72 h, achieved average 12.8 h".
 * Hours come from an hours column, or from opened and closed date-times when there is none (or it is empty).
 */
import { parseDateCell } from "./dates";
import { ReportInputError } from "./errors";
import { JOB_FIELDS, type ColumnMapping, type JobFieldKey } from "./fields";
import { numberFromCell, type RawTable } from "./rows";

export interface JobTypeFigures {
  type: string;
  jobs: number;
  standardHours: number;
  averageHours: number;
  maxHours: number;
  withinStandard: number;
  /** withinStandard / jobs. */
  withinShare: number;
}

export type JobProblemCode =
  "noType" | "noHours" | "badHours" | "closedBeforeOpened" | "badStandard";

export interface JobProblem {
  rowNumber: number;
  code: JobProblemCode;
  value?: string;
}

export interface JobsAnalysis {
  types: JobTypeFigures[];
  problems: JobProblem[];
  rowsRead: number;
  rowsUsed: number;
}

const isBlank = (c: unknown) =>
  c === null || c === undefined || (typeof c === "string" && c.trim() === "");

function dateTimeHours(cell: unknown): number | null {
  const when = parseDateCell(cell);
  return when ? when.day * 24 + (when.minute ?? 0) / 60 : null;
}

export function analyseJobs(table: RawTable, mapping: ColumnMapping<JobFieldKey>): JobsAnalysis {
  const has = (k: JobFieldKey) => mapping[k] !== undefined;
  for (const f of JOB_FIELDS.filter((x) => x.required)) {
    if (!has(f.key)) {
      throw new ReportInputError(
        `jobs.${f.key}`,
        `The service-jobs table has no "${f.label.en}" (${f.label["zh-CN"]}) column: name a column ${f.aliases.slice(1, 4).join(" / ")}.`
      );
    }
  }
  if (!has("hours") && !(has("opened") && has("closed"))) {
    throw new ReportInputError(
      "jobs.hours",
      'The service-jobs table needs "Hours taken", or both "Opened" and "Closed" date-times.'
    );
  }
  const problems: JobProblem[] = [];
  const groups = new Map<string, { hours: number[]; standards: number[] }>();
  let rowsRead = 0;
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
    let hours: number | null = null;
    if (has("hours") && !isBlank(cell("hours"))) {
      hours = numberFromCell(cell("hours"));
      if (hours === null || hours < 0) {
        problems.push({ rowNumber, code: "badHours", value: String(cell("hours")) });
        return;
      }
    } else if (has("opened") && has("closed")) {
      const opened = dateTimeHours(cell("opened"));
      const closed = dateTimeHours(cell("closed"));
      if (opened === null || closed === null) {
        problems.push({ rowNumber, code: "noHours" });
        return;
      }
      if (closed < opened) {
        problems.push({ rowNumber, code: "closedBeforeOpened" });
        return;
      }
      hours = closed - opened;
    } else {
      problems.push({ rowNumber, code: "noHours" });
      return;
    }
    const key = String(type).trim();
    const g = groups.get(key) ?? { hours: [], standards: [] };
    g.hours.push(hours);
    g.standards.push(standard);
    groups.set(key, g);
  });
  const types: JobTypeFigures[] = [...groups.entries()].map(([type, g]) => {
    const within = g.hours.filter((h, i) => h <= g.standards[i]).length;
    return {
      type,
      jobs: g.hours.length,
      standardHours: mostCommon(g.standards),
      averageHours: g.hours.reduce((a, b) => a + b, 0) / g.hours.length,
      maxHours: Math.max(...g.hours),
      withinStandard: within,
      withinShare: within / g.hours.length,
    };
  });
  return { types, problems, rowsRead, rowsUsed: types.reduce((a, t) => a + t.jobs, 0) };
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}
