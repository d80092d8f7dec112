/**
 * The reader's public API (input.md): bytes or a sheet's cells in, activity rows with our definitions out,
 * with a description of what was understood. Pure: no Excel, no DOM, no file system.
 */
export { InputError, inputMessage, type InputMessageCode } from "./errors";
export { decodeText, type DecodedText, type TextEncodingName } from "./text";
export { parseDelimited, detectDelimiter, type Delimiter, type DelimitedGrid } from "./delimited";
export { readNumber, decideDecimalMark, type DecimalMark, type NotANumber } from "./numbers";
export { readDuration, durationColumnIsDayFraction } from "./durations";
export {
  readDateTime,
  readTimeOfDay,
  readClock,
  readDateRange,
  SERIAL_MIN,
  SERIAL_MAX,
  type DateOrder,
  type DateRead,
} from "./dates";
export { decideDateOrder, dateOrderEvidence, orderToAsk, type OrderToAsk } from "./dateOrder";
export { dateColumnOf } from "./when";
export * from "./calendar";
export {
  headerKey,
  matchHeaders,
  fieldsForHeader,
  type HeaderMatch,
  type MatchableField,
} from "./headers";
export {
  ACTIVITY_FIELDS,
  SUM_FIELDS,
  fieldInfo,
  type FieldKey,
  type SumField,
  type RecordField,
  type AverageField,
  type FieldInfo,
  type ColumnMapping,
  type Lang,
} from "./fields";
export { tableFromGrid, relocateHeader, findHeaderRow, type RawTable } from "./table";
export { tableFromText, type TextTable } from "./readText";
export { readActivity } from "./readActivity";
export { remapColumn } from "./remap";
export { describeRead, readSummary, type ReadSummary } from "./describe";
export { detectShape } from "./shape";
export { readOutcome, readFlag } from "./outcome";
export { readPercent } from "./percent";
export type {
  ActivityRead,
  ActivityRow,
  AgentDayRow,
  ReadOptions,
  ReadDescription,
  RowIssue,
  IssueCode,
  Shape,
  IntervalChoice,
  SlBase,
  Note,
  ColumnUse,
} from "./types";
