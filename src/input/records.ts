/**
 * Contact records (one row per call) aggregated into activity rows per queue and interval (or day) with our
 * definitions (input.md §2):
 * - offered: records that reached a queue; IVR-only records are counted apart and add nothing else;
 * - answered / abandoned: from the outcome (or an answered or abandoned yes/no column); an unknown value is
 *   listed with its row number, never guessed;
 * - short abandons: abandoned with wait ≤ the short-abandon threshold; answered within SL: answered with
 *   wait ≤ the SL threshold; total wait: Σ wait of answered records;
 * - total handle: Σ handle of answered records, or Σ (talk + hold + ACW) when no handle column is given;
 * - FCR: resolved / answered records carrying a resolved flag; satisfaction: surveys = records with a
 *   rating, satisfied = rating ≥ threshold, score sum; NPS: 9–10 promoters, 7–8 passives, 0–6 detractors.
 * A record is booked to the interval its call started in. One pass over the records, one map lookup each
 * (two with an agent column: answered records are also summed per agent and day with the same definitions;
 * abandoned and IVR-only records have no agent, and a blank agent cell counts in the queue figures only).
 * A bad cell spoils the figure it feeds for its whole queue-interval (a partial sum would bias the ratio),
 * and the problem says which figures.
 */
import type { ColumnMapping, FieldKey, SumField } from "./fields";
import { readNumber, type DecimalMark } from "./numbers";
import { readDuration, durationColumnIsDayFraction } from "./durations";
import { readFlag, readOutcome, type Outcome } from "./outcome";
import { isBlankCell, type RawTable } from "./table";
import { readWhen, whenIssue, type WhenPlan } from "./when";
import { showCell } from "./aggregates";
import { AgentDaySums } from "./agentDays";
import type { ActivityRow, AgentDayRow, IntervalChoice, Note, RowIssue } from "./types";

export interface RecordOptions {
  interval: IntervalChoice;
  slThresholdSec: number;
  shortAbandonSec: number;
  satisfiedThreshold?: number;
}

export interface RecordsRead {
  rows: ActivityRow[];
  problems: RowIssue[];
  blankRows: number;
  rowsRead: number;
  measured: Set<SumField>;
  ivrOnly: number;
  ratingScale?: string;
  intervalMinutes: number | null;
  /** Mapped fields that were read. */
  used: Set<FieldKey>;
  /** Per agent and day, when there is an agent column and an outcome; empty otherwise. */
  agents: AgentDayRow[];
}

interface Bucket {
  row: ActivityRow;
  spoiled: Set<SumField> | null;
}

/** The rating scale from the largest rating seen: 1–3, 1–5, 1–7 or 1–10, and its default satisfied mark. */
function ratingScale(max: number): { label: string; top: number; threshold: number } {
  if (max <= 3) return { label: "1–3", top: 3, threshold: 3 };
  if (max <= 5) return { label: "1–5", top: 5, threshold: 4 };
  if (max <= 7) return { label: "1–7", top: 7, threshold: 6 };
  return { label: "1–10", top: 10, threshold: 8 };
}

export function readRecords(
  table: RawTable,
  mapping: ColumnMapping,
  plan: WhenPlan,
  options: RecordOptions,
  notes: Note[]
): RecordsRead {
  const decimal: DecimalMark = table.decimal ?? ".";
  const has = (f: FieldKey) => mapping[f] !== undefined;
  const header = (f: FieldKey) => String(table.headers[mapping[f] as number] ?? "");
  // In a record, an "average" header is just that call's value (the PwC/Forage file's "AvgTalkDuration").
  const waitField: FieldKey | undefined = has("waitSec")
    ? "waitSec"
    : has("asaSec")
      ? "asaSec"
      : undefined;
  const handleField: FieldKey | undefined = has("handleSec")
    ? "handleSec"
    : has("ahtSec")
      ? "ahtSec"
      : undefined;
  const talkField: FieldKey | undefined = has("talkSec")
    ? "talkSec"
    : has("avgTalkSec")
      ? "avgTalkSec"
      : undefined;
  const holdField: FieldKey | undefined = has("holdSec")
    ? "holdSec"
    : has("avgHoldSec")
      ? "avgHoldSec"
      : undefined;
  const acwField: FieldKey | undefined = has("acwSec")
    ? "acwSec"
    : has("avgAcwSec")
      ? "avgAcwSec"
      : undefined;
  const outcomeField: FieldKey | undefined = has("outcome")
    ? "outcome"
    : has("answered")
      ? "answered"
      : has("abandoned")
        ? "abandoned"
        : undefined;
  const fraction = new Map<FieldKey, boolean>();
  for (const f of [waitField, handleField, talkField, holdField, acwField]) {
    if (!f) continue;
    const col = mapping[f] as number;
    const isFraction = durationColumnIsDayFraction(
      header(f),
      table.rows.slice(0, 2000).map((r) => r?.[col])
    );
    fraction.set(f, isFraction);
    if (isFraction) notes.push({ code: "convDayFraction", params: { header: header(f) } });
  }

  // The rating scale comes from the ratings themselves: one pass over that column first.
  let satisfiedAt = options.satisfiedThreshold;
  let scaleLabel: string | undefined;
  // The report's satisfaction score is in points out of 100 (its default target is 85 points), so a
  // rating counts as its share of the scale's top (4 of 5 = 80 points). Averaging raw 1–5 ratings
  // would judge 4.3 against 85 and call a good month red.
  let pointsPerRating = 1;
  if (has("rating")) {
    let max = 0;
    for (const r of table.rows) {
      const n = readNumber(r?.[mapping.rating as number], decimal);
      if (typeof n === "number" && n <= 10) max = Math.max(max, n);
    }
    const scale = ratingScale(max);
    scaleLabel = scale.label;
    pointsPerRating = 100 / scale.top;
    satisfiedAt ??= scale.threshold;
    notes.push({
      code: "convRating",
      params: { scale: scale.label, threshold: satisfiedAt, top: scale.top },
    });
  }
  if (has("npsScore")) notes.push({ code: "convNps", params: {} });

  const measured = new Set<SumField>(["offered"]);
  if (outcomeField) {
    measured.add("answered");
    measured.add("abandoned");
    if (waitField)
      ["shortAbandons", "answeredInSl", "waitSec"].forEach((f) => measured.add(f as SumField));
    if (handleField || talkField) measured.add("handleSec");
    if (has("fcrResolved"))
      ["fcrResolved", "fcrEligible"].forEach((f) => measured.add(f as SumField));
  }
  if (has("rating"))
    ["surveys", "satisfied", "scoreSum"].forEach((f) => measured.add(f as SumField));
  if (has("npsScore"))
    ["promoters", "passives", "detractors"].forEach((f) => measured.add(f as SumField));
  if (outcomeField && waitField)
    notes.push({
      code: "convRecordDefs",
      params: { slSec: options.slThresholdSec, shortSec: options.shortAbandonSec },
    });
  if (outcomeField && !handleField && talkField && (holdField || acwField))
    notes.push({ code: "convEmptyHold", params: {} });
  const slotMinutes =
    options.interval === "day" || plan.timeColumn === null ? null : options.interval;
  notes.push(
    slotMinutes === null
      ? { code: "convDaily", params: {} }
      : { code: "convInterval", params: { minutes: slotMinutes } }
  );

  const buckets = new Map<string, Bucket>();
  const byAgent =
    outcomeField && has("agent") ? new AgentDaySums(measured, !!holdField && !handleField) : null;
  const rows: ActivityRow[] = [];
  const problems: RowIssue[] = [];
  let blankRows = 0;
  let ivrOnly = 0;
  const zero = (): Partial<Record<SumField, number>> => {
    const v: Partial<Record<SumField, number>> = {};
    for (const f of measured) v[f] = 0;
    return v;
  };

  table.rows.forEach((cells, i) => {
    const rowNumber = table.firstRowNumber + i;
    if (!cells || cells.every(isBlankCell)) {
      blankRows++;
      return;
    }
    const when = readWhen(cells, plan);
    if ("problem" in when) {
      problems.push(whenIssue(rowNumber, when, showCell));
      return;
    }
    const cell = (f: FieldKey) => cells[mapping[f] as number];
    const day = when.day;
    let outcome: Outcome | null = null;
    if (outcomeField) {
      const raw = cell(outcomeField);
      const read =
        outcomeField === "outcome"
          ? readOutcome(raw)
          : outcomeField === "answered"
            ? readFlag(raw)
            : readFlag(raw);
      outcome =
        typeof read === "boolean"
          ? (outcomeField === "abandoned" ? !read : read)
            ? "answered"
            : "abandoned"
          : read;
      if (outcome === null) {
        problems.push({
          rowNumber,
          day,
          code: "unknownOutcome",
          field: outcomeField,
          value: showCell(raw),
          excluded: "row",
        });
        return;
      }
    }
    const queueCell = mapping.queue !== undefined ? cell("queue") : undefined;
    const queue = isBlankCell(queueCell) ? "All" : String(queueCell).trim();
    const minute =
      slotMinutes === null || when.minute === null
        ? null
        : when.minute - (when.minute % slotMinutes);
    const key = `${day}|${minute ?? ""}|${queue}`;
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = { row: { rowNumber, records: 0, day, minute, queue, v: zero() }, spoiled: null };
      buckets.set(key, bucket);
      rows.push(bucket.row);
    }
    const b = bucket;
    const v = b.row.v as Record<SumField, number>;
    b.row.records++;
    // The agent's figures of this record, summed below only when it was answered by a named agent.
    let agentSpoiled: SumField[] | null = null;
    let handleRead: number | null = null;
    let holdRead: number | null = null;
    let resolvedRead: boolean | null = null;
    let ratingRead: number | null = null;
    let npsRead: number | null = null;
    const spoil = (code: RowIssue["code"], field: FieldKey, fields: SumField[], raw?: unknown) => {
      b.spoiled ??= new Set();
      for (const f of fields) b.spoiled.add(f);
      agentSpoiled = agentSpoiled ? [...agentSpoiled, ...fields] : fields;
      problems.push({
        rowNumber,
        day,
        code,
        field,
        excluded: fields,
        ...(raw === undefined ? {} : { value: showCell(raw) }),
      });
    };
    const duration = (f: FieldKey, fields: SumField[], emptyIsZero = false): number | null => {
      const raw = cell(f);
      if (isBlankCell(raw)) {
        if (emptyIsZero) return 0;
        spoil("empty", f, fields);
        return null;
      }
      const n = readDuration(raw, decimal, fraction.get(f));
      if (typeof n !== "number" || n < 0) {
        spoil(n === "ambiguous" ? "ambiguousNumber" : "badDuration", f, fields, raw);
        return null;
      }
      return n;
    };
    if (outcome === "ivr") {
      ivrOnly++;
      return;
    }
    v.offered++;
    if (outcome === "answered") {
      v.answered++;
      if (waitField) {
        const wait = duration(waitField, ["waitSec", "answeredInSl"]);
        if (wait !== null) {
          v.waitSec += wait;
          if (wait <= options.slThresholdSec) v.answeredInSl++;
        }
      }
      if (handleField) {
        handleRead = duration(handleField, ["handleSec"]);
        if (handleRead !== null) v.handleSec += handleRead;
      } else if (talkField) {
        const talk = duration(talkField, ["handleSec"]);
        const hold = holdField ? duration(holdField, ["handleSec"], true) : 0;
        const acw = acwField ? duration(acwField, ["handleSec"], true) : 0;
        if (talk !== null && hold !== null && acw !== null) {
          handleRead = talk + hold + acw;
          v.handleSec += handleRead;
        }
        if (holdField) holdRead = hold;
      }
      if (has("fcrResolved")) {
        const raw = cell("fcrResolved");
        if (!isBlankCell(raw)) {
          const flag = readFlag(raw);
          if (flag === null) spoil("badFlag", "fcrResolved", ["fcrResolved", "fcrEligible"], raw);
          else {
            resolvedRead = flag;
            v.fcrEligible++;
            if (flag) v.fcrResolved++;
          }
        }
      }
    } else if (outcome === "abandoned") {
      v.abandoned++;
      if (waitField) {
        const wait = duration(waitField, ["shortAbandons"]);
        if (wait !== null && wait <= options.shortAbandonSec) v.shortAbandons++;
      }
    }
    if (has("rating")) {
      const raw = cell("rating");
      if (!isBlankCell(raw)) {
        const n = readNumber(raw, decimal);
        if (typeof n !== "number" || n < 0 || n > 10)
          spoil("badScore", "rating", ["surveys", "satisfied", "scoreSum"], raw);
        else {
          ratingRead = n;
          v.surveys++;
          v.scoreSum += n * pointsPerRating;
          if (n >= (satisfiedAt as number)) v.satisfied++;
        }
      }
    }
    if (has("npsScore")) {
      const raw = cell("npsScore");
      if (!isBlankCell(raw)) {
        const n = readNumber(raw, decimal);
        if (typeof n !== "number" || n < 0 || n > 10 || !Number.isInteger(n))
          spoil("badScore", "npsScore", ["promoters", "passives", "detractors"], raw);
        else {
          npsRead = n;
          if (n >= 9) v.promoters++;
          else if (n >= 7) v.passives++;
          else v.detractors++;
        }
      }
    }
    if (!byAgent || outcome !== "answered") return;
    const agentCell = cell("agent");
    if (isBlankCell(agentCell)) return;
    byAgent.add(
      day,
      String(agentCell).trim(),
      {
        handleSec: handleRead,
        holdSec: holdRead,
        resolved: resolvedRead,
        rating:
          ratingRead === null
            ? null
            : {
                points: ratingRead * pointsPerRating,
                satisfied: ratingRead >= (satisfiedAt as number),
              },
        nps: npsRead,
      },
      agentSpoiled
    );
  });
  for (const b of buckets.values()) if (b.spoiled) for (const f of b.spoiled) delete b.row.v[f];
  if (ivrOnly > 0) notes.push({ code: "convIvr", params: { count: ivrOnly } });
  return {
    rows,
    problems,
    blankRows,
    rowsRead: table.rows.length,
    measured,
    ivrOnly,
    ratingScale: scaleLabel,
    intervalMinutes: slotMinutes,
    agents: byAgent?.rows() ?? [],
    used: new Set<FieldKey>(
      [
        "date",
        "interval",
        "queue",
        outcomeField,
        waitField,
        handleField,
        handleField ? undefined : talkField,
        handleField ? undefined : holdField,
        handleField ? undefined : acwField,
        has("fcrResolved") && outcomeField ? "fcrResolved" : undefined,
        byAgent ? "agent" : undefined,
        "rating",
        "npsScore",
      ].filter((f): f is FieldKey => f !== undefined)
    ),
  };
}
