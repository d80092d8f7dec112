/**
 * The detected column for each field, with a list to fix it. At ~320 px a list per field is too long for
 * the report's 25 fields, so a long list opens only the fields that need a look: the required ones and
 * those whose column was not detected. The other detected fields sit in a collapsed disclosure (a button
 * with aria-expanded: Enter or Space opens it). Which field goes where follows the detection, not the live
 * mapping, so a field does not jump out of the disclosure while the user changes it.
 *
 * Header cells are shown as React text only: whatever a cell holds (even "<img src=x onerror=…>") is
 * displayed, never parsed as HTML.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Subtitle2,
} from "@fluentui/react-components";
import { remapColumn } from "../input";
import type { FieldInfo } from "../report";
import type { ReactNode } from "react";
import { t } from "../i18n";
import type { Lang } from "../workbook";
import { columnLetters } from "../workbook";
import { ChoiceField, type Choice } from "./ChoiceField";
import type { Strings } from "./i18n";
import { useStyles } from "./styles";
import type { MappedTable, MappedTableState } from "./useMappedTable";

interface Props<K extends string> {
  id: string;
  /** The group's heading: "Activity columns", "Service-job columns", "Forecast columns". */
  title: string;
  source: MappedTableState<K>;
  lang: Lang;
  strings: Strings;
  /** Shown after the fields, inside the group (the reader's description, the date order). */
  children?: ReactNode;
}

export const NOT_USED = "-";
/** Short lists (the forecast's 4 fields, the jobs' 5) fit as they are; only longer ones are folded. */
const FOLD_ABOVE = 6;
/** Optional fields with no column found that stay open; more than this go in their own disclosure. */
const MAX_OPEN_NOT_FOUND = 4;

/** The id of a field's list, to move focus there. */
export const fieldListId = (id: string, key: string) => `${id}-${key}`;

export function columnLabel(
  headers: unknown[],
  index: number,
  firstColumn: number,
  strings: Strings
): string {
  const header = headers[index];
  const text = header === null || header === undefined ? "" : String(header).trim();
  const letter = columnLetters(firstColumn + index);
  return text === ""
    ? strings.column(letter)
    : strings.columnWithHeader(letter, text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

export function MappingEditor<K extends string>(props: Props<K>) {
  const { id, title, source, lang, strings, children } = props;
  const styles = useStyles();
  const { current, fields, setMapping } = source;
  if (!current) return null;
  const { table, detected, mapping } = current;
  const choices: Choice[] = [
    { value: NOT_USED, text: strings.notUsed },
    ...table.headers.map((_, i) => ({
      value: String(i),
      text: columnLabel(table.headers, i, table.firstColumn, strings),
    })),
  ];
  const fieldList = (field: FieldInfo<K>) => {
    const index = mapping[field.key];
    const missing = field.required && index === undefined;
    return (
      <ChoiceField
        key={field.key}
        id={fieldListId(id, field.key)}
        label={field.label[lang]}
        required={field.required}
        choices={choices}
        selected={index === undefined ? NOT_USED : String(index)}
        validationMessage={missing ? t(lang, "taskpane.requiredMissing", { field: field.label[lang] }) : undefined}
        onSelect={(value) => setMapping(remap(mapping, field.key, value))}
      />
    );
  };
  const fold = fields.length > FOLD_ABOVE;
  // Headers nothing was found in (a vendor's own words) would open two dozen "(not used)" lists: past a
  // few, the optional ones not found wait in a disclosure of their own, the required ones stay open.
  const notFound = fields.filter((f) => !f.required && detected[f.key] === undefined);
  const foldNotFound = fold && notFound.length > MAX_OPEN_NOT_FOUND;
  const open = fields.filter(
    (f) => !fold || f.required || (detected[f.key] === undefined && !foldNotFound)
  );
  const folded = fields.filter((f) => fold && !f.required && detected[f.key] !== undefined);
  const disclosure = (key: string, label: string, list: FieldInfo<K>[]) =>
    list.length > 0 && (
      <Accordion collapsible>
        <AccordionItem value={key}>
          <AccordionHeader button={{ id: `${id}-${key}` }}>{label}</AccordionHeader>
          <AccordionPanel className={styles.panel} role="group" aria-labelledby={`${id}-${key}`}>
            {list.map(fieldList)}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    );
  return (
    <div
      className={styles.section}
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-hint`}
    >
      <Subtitle2 as="h2" id={`${id}-title`} className={styles.heading}>
        {title}
      </Subtitle2>
      <span id={`${id}-hint`} className={styles.hint}>
        {strings.mappingHint}
      </span>
      {open.map(fieldList)}
      {disclosure("more", strings.otherColumns(folded.length), folded)}
      {foldNotFound &&
        disclosure(
          "not-found",
          t(lang, "taskpane.notFoundColumns", { count: notFound.length }),
          notFound
        )}
      {children}
    </div>
  );
}

/** The list's value to the mapping, by the rule the command line's --map follows (src/input/remap.ts). */
export const remap = <K extends string>(
  mapping: MappedTable<K>["mapping"],
  key: K,
  value: string
): MappedTable<K>["mapping"] =>
  remapColumn(mapping, key, value === NOT_USED ? undefined : Number(value));
