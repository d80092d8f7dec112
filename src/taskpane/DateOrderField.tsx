/**
 * The Date order field and its state, for every tab that reads dates through the reader (Report: activity,
 * Forecast: history). Asked only when the table's slash dates read both ways (input.md §4), never defaulted,
 * and asked again for data read again: a choice made for other data is not carried over.
 */
import { useState } from "react";
import type { DateOrder, OrderToAsk } from "../input";
import { t } from "../i18n";
import type { Lang } from "../workbook";
import { ChoiceField } from "./ChoiceField";
import { dateOrderChoices } from "./dateOrderChoice";
import type { Handler } from "./handler";

export interface DateOrderState {
  /** The column to ask about, while the data cannot decide. */
  undecided: OrderToAsk | undefined;
  chosen: DateOrder | undefined;
  choose: Handler<DateOrder | undefined>;
  /** The order to hand the reader: the user's, only while the data cannot decide. */
  order: DateOrder | undefined;
  /** The build waits: the data cannot decide and nothing is chosen yet. */
  needed: boolean;
}

/** `undecided`: the tab's own question (undecidedDateOrder, undecidedHistoryDateOrder), memoised by the tab. */
export function useDateOrder(undecided: OrderToAsk | undefined): DateOrderState {
  const [chosen, choose] = useState<DateOrder | undefined>();
  return {
    undecided,
    chosen,
    choose,
    order: undecided ? chosen : undefined,
    needed: undecided !== undefined && chosen === undefined,
  };
}

interface Props {
  id: string;
  state: DateOrderState;
  lang: Lang;
}

export function DateOrderField({ id, state, lang }: Props) {
  const { undecided } = state;
  if (!undecided) return null;
  return (
    <ChoiceField
      id={id}
      label={t(lang, "taskpane.dateOrder")}
      required
      choices={dateOrderChoices(undecided.example, lang)}
      selected={state.chosen}
      onSelect={(value) => state.choose(value as DateOrder)}
      hint={t(lang, "taskpane.dateOrderHint", { ...undecided })}
      validationMessage={state.needed ? t(lang, "taskpane.dateOrderMissing") : undefined}
    />
  );
}
