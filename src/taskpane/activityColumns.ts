/**
 * The activity table's columns as the command line finds them: by header words, then, when no column is
 * called a date, the reader's own rule (dateColumnOf, src/input/when.ts) that an "Interval Start" holding
 * date-times (7/25/25 8:00 PM) gives the day as well as the interval. The Date list then shows that column,
 * kept as the interval too (the shared re-mapping rule), instead of asking the user to pick it.
 */
import {
  ACTIVITY_FIELDS,
  dateColumnOf,
  remapColumn,
  type ColumnMapping,
  type RawTable,
} from "../input";
import { detectColumns } from "../report";

export function detectActivityColumns(table: RawTable): ColumnMapping {
  const detected = detectColumns(table.headers, ACTIVITY_FIELDS);
  if (detected.date !== undefined) return detected;
  const date = dateColumnOf(table, detected);
  return date === undefined ? detected : remapColumn(detected, "date", date);
}
