/**
 * Interval or daily rows, with totals (the sums layout) or with averages and percentages (platform exports),
 * into activity rows. Each cell is read on its own; a bad one leaves only the figures it feeds. Averages
 * become totals on their stated base (ASA × answered = total wait, AHT × answered = total handle, SL % ×
 * offered = answered within SL unless another base is chosen); offered is answered + abandoned when a
 * platform reports only those. Nothing is synthesised: a figure without its inputs stays absent.
 */
import { SUM_FIELDS, type ColumnMapping, type FieldKey, type SumField } from "./fields";
import { readNumber, type DecimalMark } from "./numbers";
import { readDuration, durationColumnIsDayFraction } from "./durations";
import { percentColumnInHundreds, readPercent } from "./percent";
import { isBlankCell, type RawTable } from "./table";
import { readWhen, whenIssue, type WhenPlan } from "./when";
import type { ActivityRow, Note, RowIssue, SlBase } from "./types";

const DURATION_SUMS = new Set<SumField>(["waitSec", "handleSec"]);
const AVERAGE_DURATIONS = ["asaSec", "ahtSec", "avgTalkSec", "avgHoldSec", "avgAcwSec"] as const;

export interface AggregatesRead {
  rows: ActivityRow[];
  problems: RowIssue[];
  blankRows: number;
  /** Sum fields the rows carry (read or converted). */
  measured: Set<SumField>;
  /** Mapped fields that were read. */
  used: Set<FieldKey>;
}

const show = (cell: unknown): string => {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? "invalid date" : cell.toISOString();
  const text = String(cell);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};
export { show as showCell };

const columnCells = (table: RawTable, column: number) =>
  (function* () {
    for (const row of table.rows) yield row?.[column];
  })();

export function readAggregates(
  table: RawTable,
  mapping: ColumnMapping,
  plan: WhenPlan,
  slBase: SlBase,
  notes: Note[]
): AggregatesRead {
  const decimal: DecimalMark = table.decimal ?? ".";
  const header = (f: FieldKey) => String(table.headers[mapping[f] as number] ?? "");
  const has = (f: FieldKey) => mapping[f] !== undefined;
  const sums = SUM_FIELDS.filter(has);
  const measured = new Set<SumField>(sums);
  const fraction = new Map<FieldKey, boolean>();
  for (const f of [...DURATION_SUMS, ...AVERAGE_DURATIONS] as FieldKey[]) {
    if (!has(f)) continue;
    const cells = [...columnCells(table, mapping[f] as number)];
    const isFraction = durationColumnIsDayFraction(header(f), cells);
    fraction.set(f, isFraction);
    if (isFraction) notes.push({ code: "convDayFraction", params: { header: header(f) } });
  }
  const offeredFromParts = !has("offered") && has("answered") && has("abandoned");
  if (offeredFromParts) {
    measured.add("offered");
    notes.push({ code: "convOfferedFromParts", params: {} });
  }
  const waitFromAsa = !has("waitSec") && has("asaSec") && has("answered");
  if (waitFromAsa) {
    measured.add("waitSec");
    notes.push({ code: "convAsa", params: { header: header("asaSec") } });
  }
  const handleParts = (["avgTalkSec", "avgHoldSec", "avgAcwSec"] as const).filter(has);
  const handleFrom = has("handleSec")
    ? null
    : has("ahtSec") && has("answered")
      ? "aht"
      : has("avgTalkSec") && has("answered")
        ? "parts"
        : null;
  if (handleFrom) measured.add("handleSec");
  if (handleFrom === "aht") notes.push({ code: "convAht", params: { header: header("ahtSec") } });
  if (handleFrom === "parts")
    notes.push({
      code: "convHandleParts",
      params: { parts: handleParts.map((f) => `"${header(f)}"`).join(" + ") },
    });
  const baseField: SumField = slBase === "answered" ? "answered" : "offered";
  const slFromPercent =
    !has("answeredInSl") &&
    has("slPercent") &&
    (measured.has(baseField) || has(baseField)) &&
    (slBase !== "offeredLessShortAbandons" || has("shortAbandons"));
  let slInHundreds = false;
  if (slFromPercent) {
    measured.add("answeredInSl");
    slInHundreds = percentColumnInHundreds(
      columnCells(table, mapping.slPercent as number),
      decimal
    );
    notes.push({ code: "convSl", params: { header: header("slPercent"), base: slBase } });
    if (slInHundreds)
      notes.push({
        code: "convPercentScale",
        params: { header: header("slPercent"), example: "94.01", fraction: "0.9401" },
      });
  }
  if (decimal === ",") notes.push({ code: "convDecimalComma", params: {} });

  const rows: ActivityRow[] = [];
  const problems: RowIssue[] = [];
  let blankRows = 0;
  table.rows.forEach((cells, i) => {
    const rowNumber = table.firstRowNumber + i;
    if (!cells || cells.every(isBlankCell)) {
      blankRows++;
      return;
    }
    const when = readWhen(cells, plan);
    if ("problem" in when) {
      problems.push(whenIssue(rowNumber, when, show));
      return;
    }
    const day = when.day;
    const cell = (f: FieldKey) => cells[mapping[f] as number];
    const issue = (
      code: RowIssue["code"],
      field: FieldKey,
      excluded: SumField[],
      value?: unknown
    ) =>
      problems.push({
        rowNumber,
        day,
        code,
        field,
        excluded,
        ...(value === undefined ? {} : { value: show(value) }),
      });
    const v: Partial<Record<SumField, number>> = {};
    for (const f of sums) {
      const raw = cell(f);
      if (isBlankCell(raw)) {
        // An empty cell in a column the table has is a missing value, not a zero.
        issue("empty", f, [f]);
        continue;
      }
      const n = DURATION_SUMS.has(f)
        ? readDuration(raw, decimal, fraction.get(f))
        : readNumber(raw, decimal);
      if (n === "ambiguous") issue("ambiguousNumber", f, [f], raw);
      else if (n === "text") issue(DURATION_SUMS.has(f) ? "badDuration" : "text", f, [f], raw);
      else if (n < 0) issue("negative", f, [f], raw);
      else v[f] = n;
    }
    const average = (f: FieldKey, target: SumField): number | null => {
      const raw = cell(f);
      if (isBlankCell(raw)) {
        issue("empty", f, [target]);
        return null;
      }
      const n = readDuration(raw, decimal, fraction.get(f));
      if (typeof n !== "number")
        issue(n === "ambiguous" ? "ambiguousNumber" : "badDuration", f, [target], raw);
      else if (n < 0) issue("negative", f, [target], raw);
      else return n;
      return null;
    };
    if (offeredFromParts && v.answered !== undefined && v.abandoned !== undefined)
      v.offered = v.answered + v.abandoned;
    if (waitFromAsa) {
      const asa = average("asaSec", "waitSec");
      if (asa !== null && v.answered !== undefined) v.waitSec = asa * v.answered;
    }
    if (handleFrom === "aht") {
      const aht = average("ahtSec", "handleSec");
      if (aht !== null && v.answered !== undefined) v.handleSec = aht * v.answered;
    } else if (handleFrom === "parts") {
      let perCall = 0;
      let ok = true;
      for (const f of handleParts) {
        const n = average(f, "handleSec");
        if (n === null) ok = false;
        else perCall += n;
      }
      if (ok && v.answered !== undefined) v.handleSec = perCall * v.answered;
    }
    if (slFromPercent) {
      const raw = cell("slPercent");
      const p = isBlankCell(raw) ? "text" : readPercent(raw, decimal, slInHundreds);
      if (isBlankCell(raw)) issue("empty", "slPercent", ["answeredInSl"]);
      else if (typeof p !== "number" || p < 0 || p > 1)
        issue("badPercent", "slPercent", ["answeredInSl"], raw);
      else {
        const base =
          slBase === "answered"
            ? v.answered
            : slBase === "offeredLessShortAbandons"
              ? v.offered !== undefined && v.shortAbandons !== undefined
                ? v.offered - v.shortAbandons
                : undefined
              : v.offered;
        if (base !== undefined) v.answeredInSl = p * base;
      }
    }
    const queueCell = mapping.queue !== undefined ? cell("queue") : undefined;
    const queue = isBlankCell(queueCell) ? "All" : String(queueCell).trim();
    rows.push({ rowNumber, records: 1, day, minute: when.minute, queue, v });
  });
  const used = new Set<FieldKey>(["date", "interval", "queue", ...sums]);
  if (waitFromAsa) used.add("asaSec");
  if (handleFrom === "aht") used.add("ahtSec");
  if (handleFrom === "parts") handleParts.forEach((f) => used.add(f));
  if (slFromPercent) used.add("slPercent");
  return { rows, problems, blankRows, measured, used };
}
