/**
 * Which of the three shapes a table is (input.md §1), from its mapped columns and their values:
 * - contact records: an outcome column, or an answered/abandoned column holding yes/no words, or per-call
 *   durations and ratings with no count columns;
 * - aggregates: count columns with averages or percentages beside them;
 * - sums: count columns with totals only (the activity table's own layout).
 */
import type { ColumnMapping, FieldKey } from "./fields";
import { looksLikeFlags } from "./outcome";
import type { RawTable } from "./table";
import type { Shape } from "./types";

const RECORD_ONLY: FieldKey[] = ["talkSec", "holdSec", "acwSec", "rating", "npsScore"];
const COUNTS: FieldKey[] = ["offered", "answered", "abandoned"];
const AVERAGES: FieldKey[] = [
  "asaSec",
  "ahtSec",
  "avgTalkSec",
  "avgHoldSec",
  "avgAcwSec",
  "avgAbandonSec",
  "slPercent",
  "answerPercent",
  "abandonPercent",
];

const sample = (table: RawTable, column: number) =>
  table.rows.slice(0, 200).map((r) => r?.[column]);

export function detectShape(table: RawTable, mapping: ColumnMapping): Shape {
  const has = (f: FieldKey) => mapping[f] !== undefined;
  if (has("outcome")) return "records";
  for (const f of ["answered", "abandoned"] as const)
    if (has(f) && looksLikeFlags(sample(table, mapping[f] as number))) return "records";
  if (!COUNTS.some(has) && RECORD_ONLY.some(has)) return "records";
  if (AVERAGES.some(has)) return "aggregates";
  return "sums";
}
