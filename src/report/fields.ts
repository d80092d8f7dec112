/**
 * The columns the report reads. The activity fields, their aliases and the header matcher live in the
 * reader (src/input: one matcher for every door); this module adds the service-jobs table's fields.
 */
import { field, type FieldInfo } from "../input/fields";
import { matchHeaders } from "../input/headers";

export {
  ACTIVITY_FIELDS,
  type FieldKey,
  type FieldInfo,
  type ColumnMapping,
} from "../input/fields";
export { headerKey } from "../input/headers";

export type JobFieldKey = "type" | "hours" | "opened" | "closed" | "standardHours";

export const JOB_FIELDS: FieldInfo<JobFieldKey>[] = [
  field("type", true, "Type", "类型", ["job type", "service type", "工单类型"]),
  field("hours", false, "Hours taken", "处理时长", ["hours", "duration hours", "耗时"]),
  field("opened", false, "Opened", "受理时间", ["opened at", "created", "开始时间"]),
  field("closed", false, "Closed", "完成时间", ["closed at", "completed", "结束时间"]),
  field("standardHours", true, "Standard hours", "标准时限", ["standard", "sla hours"]),
];

/**
 * Each field's column by its header words (src/input/headers.ts). A header that could mean two fields is
 * left unmapped (matchHeaders reports it); of two headers for one field the first is used.
 */
export function detectColumns<K extends string>(
  headers: unknown[],
  fields: FieldInfo<K>[]
): Partial<Record<K, number>> {
  return matchHeaders(headers, fields).mapping;
}
