/** A tab's input table: where it comes from, reading it, and its detected columns to check and fix. */
import type { WorkbookAccess } from "../excel/officePort";
import type { ColumnMapping } from "../report";
import type { Lang } from "../workbook";
import type { Handler } from "./handler";
import type { Strings } from "./i18n";
import { MappingEditor } from "./MappingEditor";
import { readSource, SourcePicker, type SourceChoice } from "./SourcePicker";
import { rowsReadMessage, type MappedTableState } from "./useMappedTable";
import type { TaskState } from "./useTask";

/** Reads a table as a task: its columns are detected and handed to onLoaded; the message says how many rows. */
export function readInto<K extends string>(
  task: TaskState,
  workbook: WorkbookAccess,
  source: MappedTableState<K>,
  choice: SourceChoice,
  onLoaded?: Handler<ColumnMapping<K>>
): Promise<void> {
  return task.run(async () => {
    const table = await readSource(workbook, choice);
    const detected = source.load(table);
    onLoaded?.(detected);
    return rowsReadMessage(table);
  });
}

interface Props<K extends string> {
  /** Prefix of the element ids: `${id}-source…`, `${id}-mapping…`. */
  id: string;
  label: string;
  workbook: WorkbookAccess;
  task: TaskState;
  source: MappedTableState<K>;
  tables: string[];
  onRefreshTables: () => void;
  onLoaded?: Handler<ColumnMapping<K>>;
  lang: Lang;
  strings: Strings;
}

export function DataSource<K extends string>(props: Props<K>) {
  const { id, label, workbook, task, source, tables, onRefreshTables, onLoaded, lang, strings } =
    props;
  return (
    <>
      <SourcePicker
        id={`${id}-source`}
        label={label}
        strings={strings}
        tables={tables}
        busy={task.running}
        onRefreshTables={onRefreshTables}
        onRead={(choice) => readInto(task, workbook, source, choice, onLoaded)}
      />
      <MappingEditor id={`${id}-mapping`} source={source} lang={lang} strings={strings} />
    </>
  );
}
