/**
 * The detected column for each field, with a list to fix it. Header cells are shown as React text only:
 * whatever a cell holds (even "<img src=x onerror=…>") is displayed, never parsed as HTML.
 */
import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { ColumnMapping, FieldInfo, Lang } from "../report";
import { columnLetters } from "../report/plan/a1";
import type { Handler } from "./handler";
import type { Strings } from "./i18n";
import { useStyles } from "./styles";

interface Props<K extends string> {
  id: string;
  fields: FieldInfo<K>[];
  headers: unknown[];
  /** 0-based sheet column of headers[0], so the lists show the sheet's own column letters. */
  firstColumn: number;
  mapping: ColumnMapping<K>;
  onChange: Handler<ColumnMapping<K>>;
  lang: Lang;
  strings: Strings;
}

const NOT_USED = "-";

export function columnLabel(headers: unknown[], index: number, firstColumn: number, strings: Strings): string {
  const header = headers[index];
  const text = header === null || header === undefined ? "" : String(header).trim();
  const letter = columnLetters(firstColumn + index);
  return text === "" ? strings.column(letter) : `${letter}: ${text.length > 60 ? `${text.slice(0, 57)}…` : text}`;
}

export function MappingEditor<K extends string>({ id, fields, headers, firstColumn, mapping, onChange, lang, strings }: Props<K>) {
  const styles = useStyles();
  return (
    <div className={styles.section} role="group" aria-labelledby={`${id}-title`}>
      <strong id={`${id}-title`}>{strings.mapping}</strong>
      <span className={styles.hint}>{strings.mappingHint}</span>
      {fields.map((field) => {
        const index = mapping[field.key];
        const selected = index === undefined ? NOT_USED : String(index);
        const text = index === undefined ? strings.notUsed : columnLabel(headers, index, firstColumn, strings);
        const missing = field.required && index === undefined;
        return (
          <Field
            key={field.key}
            label={field.required ? strings.withNote(field.label[lang], strings.required) : field.label[lang]}
            validationState={missing ? "error" : "none"}
          >
            <Dropdown
              id={`${id}-${field.key}`}
              data-field={field.key}
              className={styles.dropdown}
              value={text}
              selectedOptions={[selected]}
              onOptionSelect={(_, data) => {
                const next = { ...mapping };
                if (data.optionValue === NOT_USED || data.optionValue === undefined) delete next[field.key];
                else next[field.key] = Number(data.optionValue);
                onChange(next);
              }}
            >
              <Option value={NOT_USED}>{strings.notUsed}</Option>
              {headers.map((_, i) => (
                <Option key={i} value={String(i)}>
                  {columnLabel(headers, i, firstColumn, strings)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </div>
  );
}
