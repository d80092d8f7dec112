/**
 * Month/day or day/month for a column of year-last dates (7/25/25, 25/07/2025), decided once for the whole
 * column: a value whose first part is over 12 can only be day/month, one whose second part is over 12 only
 * month/day. When no value decides, the user's --date-order (taskpane: Date order) does; when neither does,
 * an error names the option. Never decided per cell, never silently.
 */
import { InputError } from "./errors";
import { yearLastParts, type DateOrder } from "./dates";

export interface DateOrderEvidence {
  mdy: number;
  dmy: number;
  /** Year-last values that read both ways. */
  either: number;
  mdyExample?: string;
  dmyExample?: string;
  eitherExample?: string;
}

export function dateOrderEvidence(cells: Iterable<unknown>): DateOrderEvidence {
  const e: DateOrderEvidence = { mdy: 0, dmy: 0, either: 0 };
  for (const cell of cells) {
    if (typeof cell !== "string") continue;
    const parts = yearLastParts(cell);
    if (!parts) continue;
    const [a, b] = parts;
    if (a > 12 && b <= 12) {
      e.dmy++;
      e.dmyExample ??= cell.trim();
    } else if (b > 12 && a <= 12) {
      e.mdy++;
      e.mdyExample ??= cell.trim();
    } else if (a <= 12 && b <= 12) {
      e.either++;
      e.eitherExample ??= cell.trim();
    }
  }
  return e;
}

/**
 * The order to read the column's year-last dates in; undefined when it has none. The data decides first;
 * `option` only when the data cannot. Throws InputError("dateOrder") when undecidable or mixed.
 */
export function decideDateOrder(
  cells: Iterable<unknown>,
  header: string,
  option?: DateOrder
): DateOrder | undefined {
  const e = dateOrderEvidence(cells);
  if (e.mdy > 0 && e.dmy > 0)
    throw new InputError("dateOrder", "dateOrderMixed", {
      header,
      mdyExample: e.mdyExample ?? "",
      dmyExample: e.dmyExample ?? "",
    });
  if (e.mdy > 0) return "mdy";
  if (e.dmy > 0) return "dmy";
  if (e.either === 0) return option;
  if (option) return option;
  throw new InputError("dateOrder", "dateOrder", { header, example: e.eitherExample ?? "" });
}

/** A column whose slash dates read both ways: its header and one such date, for the user to choose by. */
export interface OrderToAsk {
  header: string;
  example: string;
}

/**
 * What to ask the user when `decide` (a reading that decides the date order, with no order given) stops
 * because no value decides; undefined when the data decides, has nothing to decide, or fails for another
 * reason (that error is said where the dates are used). The taskpane's Date order field, for any table.
 */
export function orderToAsk(decide: () => unknown): OrderToAsk | undefined {
  try {
    decide();
  } catch (e) {
    if (e instanceof InputError && e.code === "dateOrder")
      return { header: String(e.params.header ?? ""), example: String(e.params.example ?? "") };
  }
  return undefined;
}
