/**
 * A table read from the workbook with its column mapping. Both tabs (activity, jobs, forecast) read a table,
 * detect its columns and let the user fix them; this keeps that state in one place. What detection found is
 * kept apart from the user's fixes so the column list does not rearrange itself while the user edits it.
 */
import { useCallback, useState } from "react";
import type { SheetTable } from "../excel/port";
import { detectColumns, type ColumnMapping, type FieldInfo } from "../report";

export interface MappedTable<K extends string> {
  table: SheetTable;
  /** The columns found from the headers when the table was read. */
  detected: ColumnMapping<K>;
  /** The mapping in use: the detected one with the user's fixes. */
  mapping: ColumnMapping<K>;
}

/** Columns from the headers alone; a table whose reader looks at the cells too passes its own (stable) one. */
export type DetectColumns<K extends string> = (table: SheetTable) => ColumnMapping<K>;

export function useMappedTable<K extends string>(
  fields: FieldInfo<K>[],
  detect?: DetectColumns<K>
) {
  const [current, setCurrent] = useState<MappedTable<K> | undefined>();

  /** Takes a freshly read table, detects its columns and returns them. */
  const load = useCallback(
    (table: SheetTable) => {
      const detected = detect ? detect(table) : detectColumns(table.headers, fields);
      setCurrent({ table, detected, mapping: detected });
      return detected;
    },
    [fields, detect]
  );
  const setMapping = useCallback(
    (mapping: ColumnMapping<K>) => setCurrent((now) => now && { ...now, mapping }),
    []
  );
  const clear = useCallback(() => setCurrent(undefined), []);
  const missing = current
    ? fields.filter((field) => field.required && current.mapping[field.key] === undefined)
    : [];
  return { current, fields, load, setMapping, clear, missing };
}

export type MappedTableState<K extends string> = ReturnType<typeof useMappedTable<K>>;
