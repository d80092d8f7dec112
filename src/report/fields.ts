/**
 * The columns the report reads. The activity fields, their aliases and the header matcher live in the
 * reader (src/input: one matcher for every door); this module adds the service-jobs table's fields.
 */
import { field, type FieldInfo } from "../input/fields";
import { matchHeaders } from "../input/headers";
import { t, type MessageKey } from "../i18n";
import ALIASES from "./headerAliases.json";

export {
  ACTIVITY_FIELDS,
  type FieldKey,
  type FieldInfo,
  type ColumnMapping,
} from "../input/fields";
export { headerKey } from "../input/headers";

export type JobFieldKey = "type" | "hours" | "opened" | "closed" | "standardHours";

/** Each service-jobs field's name in the catalogue. */
export const JOB_FIELD_LABELS: Record<JobFieldKey, MessageKey> = {
  type: "report.jobFieldType",
  hours: "report.jobFieldHours",
  opened: "report.jobFieldOpened",
  closed: "report.jobFieldClosed",
  standardHours: "report.jobFieldStandardHours",
};

/**
 * The service-jobs table's fields: names from the catalogue, header words (in every language the tables
 * come in) from headerAliases.json.
 */
export const JOB_FIELDS: FieldInfo<JobFieldKey>[] = (
  [
    ["type", true],
    ["hours", false],
    ["opened", false],
    ["closed", false],
    ["standardHours", true],
  ] as const
).map(([key, required]) =>
  field(
    key,
    required,
    t("en", JOB_FIELD_LABELS[key]),
    t("zh-CN", JOB_FIELD_LABELS[key]),
    ALIASES.jobs[key]
  )
);

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
