/**
 * The Date order field's choices (input.md §4: a choice shown only when the data cannot decide between
 * month/day and day/month). Each choice says what the column's own example becomes under it, so the user
 * picks by meaning ("Month/Day/Year (3/4/26 = 2026-03-04)"), not by a code.
 */
import { readDateTime, type DateOrder } from "../input";
import { t } from "../i18n";
import { dayToIso } from "../report";
import type { Lang } from "../workbook";
import type { Choice } from "./ChoiceField";

const DATE_ORDERS: DateOrder[] = ["mdy", "dmy"];

const NAMES = { mdy: "taskpane.dateOrderMdy", dmy: "taskpane.dateOrderDmy" } as const;

export function dateOrderChoices(example: string, lang: Lang): Choice[] {
  return DATE_ORDERS.map((order) => {
    const name = t(lang, NAMES[order]);
    const read = readDateTime(example, order);
    return {
      value: order,
      text:
        read && read !== "needsOrder"
          ? t(lang, "taskpane.dateOrderExample", { order: name, example, date: dayToIso(read.day) })
          : name,
    };
  });
}
