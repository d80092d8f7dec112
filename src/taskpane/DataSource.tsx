/** A tab's input table: where it comes from, reading it, and its detected columns to check and fix. */
import type { WorkbookAccess } from "../excel/officePort";
import type { SheetTable } from "../excel/port";
import type { ColumnMapping, FieldInfo } from "../report";
import { formatList, t, type MessageKey } from "../i18n";
import type { Lang } from "../workbook";
import type { LoadedHandler } from "./handler";
import type { Strings } from "./i18n";
import { fieldListId, MappingEditor } from "./MappingEditor";
import { focusSoon, Outcome } from "./Outcome";
import { readSource, SourcePicker, type SourceChoice } from "./SourcePicker";
import type { MappedTableState } from "./useMappedTable";
import type { Message, TaskState } from "./useTask";
import type { ReactNode } from "react";

/** The outcome of reading a table: how many rows, from where, and what a single cell was widened to. */
export const rowsReadMessage =
  (table: SheetTable): Message =>
  (s, lang) =>
    table.rows.length === 0
      ? { intent: "warning", text: t(lang, "taskpane.onlyHeaders") }
      : {
          intent: "info",
          text: [
            s.rowsRead(table.rows.length, table.sheetName),
            table.widenedTo === "table" && table.source?.kind === "table"
              ? t(lang, "taskpane.widenedTable", { table: table.source.name })
              : table.widenedTo === "region"
                ? t(lang, "taskpane.widenedRegion")
                : "",
          ]
            .filter(Boolean)
            .join(" "),
        };

/** "Pick the columns for: Date, Offered and Answered." (a message taking count and fields). */
export const columnsToPick = (lang: Lang, key: MessageKey, fields: FieldInfo<string>[]) =>
  t(lang, key, {
    count: fields.length,
    fields: formatList(
      lang,
      fields.map((f) => f.label[lang])
    ),
  });

/** Required fields the detection found no column for. */
export const missingFields = <K extends string>(fields: FieldInfo<K>[], mapping: ColumnMapping<K>) =>
  fields.filter((field) => field.required && mapping[field.key] === undefined);

/**
 * After a read: focus goes to the first required field left without a column, or to the message when the
 * read failed; otherwise it stays on the Read button.
 */
export function afterRead<K extends string>(
  id: string,
  fields: FieldInfo<K>[],
  detected: ColumnMapping<K> | undefined
): void {
  if (!detected) focusSoon(`${id}-source-outcome`);
  else {
    const first = missingFields(fields, detected)[0];
    if (first) focusSoon(fieldListId(`${id}-mapping`, first.key));
  }
}

/** Reads a table as a task: its columns are detected and handed to onLoaded; the message says how many rows. */
export async function readInto<K extends string>(
  id: string,
  action: string,
  task: TaskState,
  workbook: WorkbookAccess,
  source: MappedTableState<K>,
  choice: SourceChoice,
  onLoaded?: LoadedHandler<ColumnMapping<K>, SheetTable>
): Promise<void> {
  let detected: ColumnMapping<K> | undefined;
  await task.run(action, async (signal) => {
    const table = await readSource(workbook, choice, signal);
    detected = source.load(table);
    onLoaded?.(detected, table);
    return rowsReadMessage(table);
  });
  afterRead(id, source.fields, detected);
}

interface Props<K extends string> {
  /** Prefix of the element ids: `${id}-source…`, `${id}-mapping…`. */
  id: string;
  label: string;
  columnsTitle: string;
  intro: string;
  workbook: WorkbookAccess;
  task: TaskState;
  source: MappedTableState<K>;
  tables: string[];
  onRefreshTables: () => void;
  onLoaded?: LoadedHandler<ColumnMapping<K>, SheetTable>;
  lang: Lang;
  strings: Strings;
  /** Offered under the Read button until data is read (the sample data). */
  emptyAction?: ReactNode;
  /** Shown at the end of the Columns group (the reader's description, the date order). */
  columnsExtra?: ReactNode;
}

export function DataSource<K extends string>(props: Props<K>) {
  const { id, label, columnsTitle, intro, workbook, task, source, tables, onRefreshTables } = props;
  const { onLoaded, lang, strings, emptyAction, columnsExtra } = props;
  const message = task.messageFor("read") ?? task.messageFor("sample");
  return (
    <>
      <SourcePicker
        id={`${id}-source`}
        title={label}
        strings={strings}
        tables={tables}
        running={task.running}
        onRefreshTables={onRefreshTables}
        onRead={(choice) => readInto(id, "read", task, workbook, source, choice, onLoaded)}
        intro={source.current ? undefined : intro}
      >
        <Outcome id={`${id}-source-outcome`} message={message} />
        {!source.current && emptyAction}
      </SourcePicker>
      <MappingEditor
        id={`${id}-mapping`}
        title={columnsTitle}
        source={source}
        lang={lang}
        strings={strings}
      >
        {columnsExtra}
      </MappingEditor>
    </>
  );
}
