/**
 * What the reader will understand, shown under "Columns" before the build (input.md §1): the shape, every
 * conversion, the columns not used. It runs on the pane's thread each time a column is changed, so it reads
 * the first PREVIEW_ROWS rows only (a month of contact records would freeze the pane); the slash-date order
 * is decided on the whole column first, as the build does, so a decisive date far down still counts. The
 * report's definitions box says the same from every row.
 */
import {
  readActivity,
  readSummary,
  type ColumnMapping,
  type DateOrder,
  type RawTable,
  type ReadSummary,
} from "../input";
import { planWhen } from "../input/when";
import type { Lang } from "../workbook";

export const PREVIEW_ROWS = 5000;

export interface ReadPreview extends ReadSummary {
  /** The rows it was taken from, when fewer than the table's. */
  sampledRows?: number;
}

/** Undefined when the table cannot be read as it is mapped (that is said on the fields themselves). */
export function readPreview(
  table: RawTable,
  mapping: ColumnMapping,
  dateOrder: DateOrder | undefined,
  lang: Lang
): ReadPreview | undefined {
  try {
    const order = planWhen(table, mapping, dateOrder, []).order;
    const sampled = table.rows.length > PREVIEW_ROWS;
    const rows = sampled ? table.rows.slice(0, PREVIEW_ROWS) : table.rows;
    const read = readActivity({ ...table, rows }, { mapping, dateOrder: order });
    return {
      ...readSummary(read.description, lang),
      sampledRows: sampled ? PREVIEW_ROWS : undefined,
    };
  } catch {
    return undefined;
  }
}
