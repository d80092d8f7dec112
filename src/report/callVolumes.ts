/**
 * One row, one truth for call volumes (spec §5). Offered, answered and abandoned of a row stand or fall
 * together: when they contradict each other (answered > offered, answered + abandoned ≠ offered, a negative
 * count) or one of them is unusable, the row leaves every call-volume figure — offered, answered, abandoned,
 * service level, ASA, AHT, occupancy and the KPIs per answered call — and is listed. Its independent fields
 * (surveys, FCR, QA, paid and staffed hours) are still used, and the listing says which.
 *
 * This is what makes the daily table add up: on every row used, offered = answered + abandoned (the
 * abandoned column given, or offered − answered when the data has no such column), so the month's totals do
 * too, and no rejected row keeps its abandoned calls while losing its offered ones.
 */
import {
  NUMERIC_FIELDS,
  type ActivityRow,
  type NumericField,
  type ParsedActivity,
  type RowProblem,
} from "./rows";

/** The three counts that must agree. */
const COUNTS: NumericField[] = ["offered", "answered", "abandoned"];

/** Every field read together with the call counts: a row out of the counts is out of these too. */
export const CALL_VOLUME_FIELDS: NumericField[] = [
  "offered",
  "answered",
  "abandoned",
  "shortAbandons",
  "answeredInSl",
  "waitSec",
  "handleSec",
  "forecastOffered",
];

/** A row problem that took the row out of the call volumes, with the fields the row still gave. */
export interface CallVolumeProblem extends RowProblem {
  callVolumes: true;
  /** Fields of the row still used in the figures (surveys, QA, …). */
  kept: NumericField[];
}

export function isCallVolumeProblem(p: RowProblem): p is CallVolumeProblem {
  return (p as Partial<CallVolumeProblem>).callVolumes === true;
}

/**
 * Applies the rule to parsed rows: returns rows and problems where each contradicting row has lost all of
 * its call-volume fields, and its first count problem says so (a new "volumes" problem when the counts were
 * each valid but did not add up). Rows and problems keep their order; nothing else changes.
 */
export function oneRowOneTruth(parsed: ParsedActivity): ParsedActivity {
  const abandonedGiven = parsed.columns.has("abandoned");
  const problemsByRow = new Map<number, RowProblem[]>();
  for (const p of parsed.problems) {
    const list = problemsByRow.get(p.rowNumber);
    if (list) list.push(p);
    else problemsByRow.set(p.rowNumber, [p]);
  }
  const replaced = new Map<RowProblem, CallVolumeProblem>();
  const added: RowProblem[] = [];
  const rows: ActivityRow[] = parsed.rows.map((row) => {
    const own = problemsByRow.get(row.rowNumber) ?? [];
    const countProblem = own.find(
      (p) => p.excluded !== "row" && p.excluded.some((f) => COUNTS.includes(f))
    );
    const { offered, answered, abandoned } = row.v;
    const disagree =
      !countProblem &&
      offered !== undefined &&
      answered !== undefined &&
      abandonedGiven &&
      abandoned !== undefined &&
      answered + abandoned !== offered;
    if (!countProblem && !disagree) return row;
    const v = { ...row.v };
    for (const f of CALL_VOLUME_FIELDS) delete v[f];
    const kept = NUMERIC_FIELDS.filter((f) => v[f] !== undefined && parsed.columns.has(f));
    const excluded = CALL_VOLUME_FIELDS.filter((f) => parsed.columns.has(f) || COUNTS.includes(f));
    if (countProblem) {
      replaced.set(countProblem, { ...countProblem, excluded, callVolumes: true, kept });
    } else {
      const problem: CallVolumeProblem = {
        rowNumber: row.rowNumber,
        day: row.day,
        code: "countsDisagree",
        value: `${answered} + ${abandoned} ≠ ${offered}`,
        excluded,
        callVolumes: true,
        kept,
      };
      added.push(problem);
    }
    return { ...row, v };
  });
  const problems = parsed.problems.map((p) => replaced.get(p) ?? p);
  // Added problems go in row order among the others, as the listing expects.
  const merged = [...problems, ...added].sort((x, y) => x.rowNumber - y.rowNumber);
  return { ...parsed, rows, problems: merged };
}
