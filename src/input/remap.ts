/**
 * The user's fix to one field of a column mapping, the same in every door (`--map field=Header` on the
 * command line, a field's list in the taskpane): one column, one meaning, so the column leaves any other
 * field it was detected as, except that a date-time column mapped to the date stays the interval too (it
 * gives both, input.md §4). No column (`--map field=`, "(not used)") drops the field.
 */
import type { ColumnMapping } from "./fields";

export function remapColumn<K extends string>(
  mapping: ColumnMapping<K>,
  key: NoInfer<K>,
  column: number | undefined
): ColumnMapping<K> {
  const next = { ...mapping };
  if (column === undefined) {
    delete next[key];
    return next;
  }
  for (const other of Object.keys(next) as K[])
    if (next[other] === column && other !== key && !(key === "date" && other === "interval"))
      delete next[other];
  next[key] = column;
  return next;
}
