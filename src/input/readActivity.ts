/**
 * The reader: a table (from a file, a sheet or a selection) into activity rows with our definitions, plus a
 * description of what it understood. Steps: map the columns (given, or by header words), detect the shape,
 * decide the dates (which column, slash order, times), read the rows of that shape, refuse totals that are
 * averages in disguise, and describe it all.
 */
import { InputError } from "./errors";
import { ACTIVITY_FIELDS, type ColumnMapping, type FieldKey, type SumField } from "./fields";
import { matchHeaders } from "./headers";
import { detectShape } from "./shape";
import { planWhen } from "./when";
import { readAggregates } from "./aggregates";
import { readRecords } from "./records";
import type { RawTable } from "./table";
import type { ActivityRead, ActivityRow, Note, ReadDescription, ReadOptions } from "./types";

/** A "total" whose value per answered call is under this is an average mislabelled as a total. */
const MIN_TOTAL_PER_ANSWERED_SEC = 1;

const AVERAGE_OF: Partial<Record<SumField, FieldKey>> = { waitSec: "asaSec", handleSec: "ahtSec" };

function perAnswered(rows: ActivityRow[], f: SumField): number | null {
  let total = 0;
  let answered = 0;
  for (const r of rows) {
    const t = r.v[f];
    const a = r.v.answered;
    if (t === undefined || a === undefined) continue;
    total += t;
    answered += a;
  }
  return answered > 0 ? total / answered : null;
}

export function readActivity(table: RawTable, options: ReadOptions = {}): ActivityRead {
  const match = matchHeaders(table.headers, ACTIVITY_FIELDS);
  const mapping: ColumnMapping = { ...(options.mapping ?? match.mapping) };
  for (const k of Object.keys(mapping) as FieldKey[])
    if (mapping[k] === undefined) delete mapping[k];
  const has = (f: FieldKey) => mapping[f] !== undefined;
  const header = (column: number) => String(table.headers[column] ?? "");
  const notes: Note[] = [];
  const shape = options.shape ?? detectShape(table, mapping);
  if (
    shape !== "records" &&
    !["offered", "answered", "abandoned"].some((f) => has(f as FieldKey))
  ) {
    const headers = table.headers.map((h) => `"${String(h ?? "")}"`).join(", ") || "none";
    throw new InputError("offered", "noVolume", { headers });
  }
  const when = planWhen(table, mapping, options.dateOrder, notes);
  const ignored: ReadDescription["ignored"] = [];

  let read;
  if (shape === "records") {
    read = readRecords(
      table,
      mapping,
      when,
      {
        interval: options.interval ?? 30,
        slThresholdSec: options.slThresholdSec ?? 20,
        shortAbandonSec: options.shortAbandonSec ?? 5,
        satisfiedThreshold: options.satisfiedThreshold,
      },
      notes
    );
  } else {
    const r = readAggregates(table, mapping, when, options.slBase ?? "offered", notes);
    // A "total" that is an average in disguise (ASA 25 s under "Total wait" gives 0.3 s per call) is refused.
    for (const f of ["waitSec", "handleSec"] as SumField[]) {
      const column = mapping[f];
      if (column === undefined) continue;
      const per = perAnswered(r.rows, f);
      if (per === null || per >= MIN_TOTAL_PER_ANSWERED_SEC) continue;
      for (const row of r.rows) delete row.v[f];
      r.measured.delete(f);
      r.used.delete(f);
      const averageField = AVERAGE_OF[f] as FieldKey;
      ignored.push({
        column,
        header: header(column),
        reason: {
          code: "averageAsTotal",
          params: {
            header: header(column),
            field: f,
            fieldKey: f,
            perCall: Math.round(per * 100) / 100,
            averageField,
            averageLabel: averageField,
          },
        },
      });
    }
    read = {
      ...r,
      rowsRead: table.rows.length,
      ivrOnly: 0,
      intervalMinutes: null,
      ratingScale: undefined,
      agents: [],
    };
  }
  if (read.measured.has("offered") && !read.measured.has("answered"))
    notes.push({ code: "arrivalsOnly", params: {} });

  const usedColumns = new Set<number>();
  const columnsUsed: ReadDescription["columns"] = [];
  for (const f of Object.keys(mapping) as FieldKey[]) {
    const column = mapping[f] as number;
    if (!read.used.has(f) || ignored.some((x) => x.column === column)) continue;
    if (f === "interval" && when.timeColumn !== column) continue;
    usedColumns.add(column);
    columnsUsed.push({ column, header: header(column), field: f });
  }
  columnsUsed.sort((a, b) => a.column - b.column);
  const detectedColumn = (column: number) =>
    (Object.keys(match.mapping) as FieldKey[]).find((f) => match.mapping[f] === column);
  table.headers.forEach((h, column) => {
    if (usedColumns.has(column) || ignored.some((x) => x.column === column)) return;
    if (h === null || h === undefined || String(h).trim() === "") return;
    const ambiguous = match.ambiguous.find((a) => a.column === column);
    const duplicate = match.duplicates.find((d) => d.column === column);
    const mappedAs = (Object.keys(mapping) as FieldKey[]).find((f) => mapping[f] === column);
    const detected = detectedColumn(column);
    let reason: Note;
    const TOTAL_OF: Partial<Record<FieldKey, FieldKey>> = {
      asaSec: "waitSec",
      ahtSec: "handleSec",
      slPercent: "answeredInSl",
    };
    const total = mappedAs ? TOTAL_OF[mappedAs] : undefined;
    if (mappedAs && total && has(total) && shape !== "records")
      reason = { code: "reasonTotalGiven", params: {} };
    else if (mappedAs && ["avgAbandonSec", "answerPercent", "abandonPercent"].includes(mappedAs))
      reason = { code: "reasonDerived", params: {} };
    else if (mappedAs) reason = { code: "reasonNotForShape", params: {} };
    else if (ambiguous)
      reason = {
        code: "reasonAmbiguous",
        params: { fields: ambiguous.fields.join(" / ") },
      };
    else if (duplicate)
      reason = {
        code: "reasonDuplicate",
        params: {
          field: duplicate.field,
          used: header(mapping[duplicate.field] ?? duplicate.usedColumn),
        },
      };
    else if (detected && options.mapping) reason = { code: "reasonUnmapped", params: {} };
    else reason = { code: "reasonUnknown", params: {} };
    ignored.push({ column, header: String(h), reason });
  });
  ignored.sort((a, b) => a.column - b.column);

  const columns = new Set<FieldKey>(read.measured);
  columns.add("date");
  if (when.timeColumn !== null) columns.add("interval");
  if (has("queue")) columns.add("queue");
  if ((table.titleRows?.length ?? 0) > 0)
    notes.unshift({ code: "titleRows", params: { count: table.titleRows!.length } });
  return {
    shape,
    rows: read.rows,
    problems: read.problems,
    rowsRead: read.rowsRead,
    blankRows: read.blankRows,
    columns,
    intervalRows: read.rows.some((r) => r.minute !== null),
    mapping,
    agents: read.agents,
    description: {
      shape,
      columns: columnsUsed,
      conversions: notes,
      ignored,
      titleRows: table.titleRows?.length ?? 0,
      ivrOnly: read.ivrOnly,
      dateOrder: when.order,
      intervalMinutes: read.intervalMinutes,
      ratingScale: read.ratingScale,
    },
  };
}
