import type { Lang } from "../workbook";
import type { SlDenominator } from "./kpis";
import type { Target } from "./targets";
import type { ColumnMapping, JobFieldKey } from "./fields";
import type { ActivityReadOptions, RawTable } from "./rows";

export interface ReportOptions {
  /** "YYYY-MM"; default: the latest month in the data. */
  month?: string;
  lang: Lang;
  /** Default offeredLessShortAbandons. */
  slDenominator: SlDenominator;
  /** 20. */
  slThresholdSec: number;
  /** 10000: complaints per N answered. */
  complaintBase: number;
  targets: Target[];
  /**
   * Where `targets` came from, said in the definitions box (spec §5): the workbook's Targets table, or the
   * built-in defaults (the default, so a caller that read no table never claims one).
   */
  targetsSource?: "table" | "defaults";
  /** The cost currency (--currency or the Targets table's currency row); none: "cost units". */
  currency?: string | null;
  builtAt: Date;
  jobs?: { table: RawTable; mapping: ColumnMapping<JobFieldKey> };
  onProgress?: (fraction: number, stage: string) => void;
  /**
   * Daily rows only: the hours a day the queue is open, over which the day's calls and staffed hours are
   * spread for the Erlang staffing check. Default 12.
   */
  openHoursPerDay?: number;
  /**
   * Where the complete data-quality list goes when it is longer than the report shows: "sheet" (default) adds
   * a sheet of its own to the workbook; "file" leaves it to the caller (the command line writes a CSV).
   */
  problemList?: "sheet" | "file";
  /** What reading the input changed (e.g. text cut to Excel's cell limit): listed under data quality. */
  notes?: string[];
  /**
   * How to read the activity table (src/input): slash-date order when the data cannot tell, the interval
   * contact records are booked to, the base of a service-level percentage, the short-abandon threshold, a
   * forced shape. The SL threshold for records is slThresholdSec above.
   */
  input?: ActivityReadOptions;
}

/** The options a caller gets without choosing anything (the CLI's and taskpane's starting point). */
export const DEFAULT_REPORT_OPTIONS = {
  lang: "en",
  slDenominator: "offeredLessShortAbandons",
  slThresholdSec: 20,
  complaintBase: 10000,
  openHoursPerDay: 12,
} as const;
