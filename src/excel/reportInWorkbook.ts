/**
 * "Build report" from the taskpane: read the data again (a build never uses rows read earlier: the sheet
 * may have changed since), check its columns are still where the user mapped them, judge by the workbook's
 * Targets table (writing the default one with the report when there is none), analyse, and write.
 *
 * For a sample month that is four requests: names, sizes and the Targets table's existence; the values;
 * the new sheets with their cells and charts; the recalculation and activation. Larger data adds one request
 * per 50,000 cells read and per 10,000 cells written.
 */
import type { ColumnMapping, JobFieldKey, RawTable, ReportOptions } from "../report";
import { targetsFromTable, defaultTargets } from "../report";
import type { WorkbookModel } from "../workbook";
import type { SheetTable, SourceRef, WorkbookPort } from "./port";
import { targetsSheetModel, TARGETS_TABLE_NAME } from "./targetsTable";
import { writeWorkbookModel } from "./writeToWorkbook";

/** The data changed shape since it was read: its columns are no longer those the mapping names. */
export class DataChangedError extends Error {
  constructor(readonly sheetName: string) {
    super(`The columns of '${sheetName}' changed since the data was read.`);
    this.name = "DataChangedError";
  }
}

export const isDataChanged = (error: unknown): error is DataChangedError =>
  error instanceof Error && error.name === "DataChangedError";

/** A table read earlier: where to read it again, the headers seen then and the user's mapping. */
export interface MappedSource<K extends string> {
  source: SourceRef;
  headers: unknown[];
  mapping: ColumnMapping<K>;
}

export type BuildStage = "reading" | "analysing" | "writing";

export interface BuildProgress {
  stage: BuildStage;
  /** 0..1 of the whole build. */
  fraction: number;
  rowsRead?: number;
  totalRows?: number;
}

export interface ReportBuild {
  activity: MappedSource<string>;
  jobs?: MappedSource<JobFieldKey>;
  options: Omit<ReportOptions, "targets" | "targetsSource" | "currency" | "jobs" | "onProgress">;
}

export interface BuildHooks {
  signal?: AbortSignal;
  onProgress?: (progress: BuildProgress) => void;
  /** The pure analysis, wherever it runs (a Web Worker in the taskpane, in line in tests). */
  analyse: (
    activity: RawTable,
    mapping: ColumnMapping,
    options: ReportOptions
  ) => Promise<WorkbookModel>;
}

export interface ReportBuilt {
  sheetName: string;
  rowsRead: number;
  /** The Targets sheet written with the defaults, when the workbook had no Targets table. */
  targetsSheet?: string;
  /** Problems found in the workbook's Targets table (row by row). */
  targetProblems: string[];
}

const sameHeaders = (a: unknown[], b: unknown[]) =>
  a.length === b.length && a.every((value, i) => String(value ?? "") === String(b[i] ?? ""));

function checkUnchanged(read: SheetTable, expected: MappedSource<string>): void {
  if (!sameHeaders(read.headers, expected.headers)) throw new DataChangedError(read.sheetName);
}

// Reading is the first quarter of the progress bar, the analysis the next tenth, writing the rest.
const READ_SHARE = 0.25;
const ANALYSIS_SHARE = 0.1;

export async function buildReportInWorkbook(
  port: WorkbookPort,
  build: ReportBuild,
  hooks: BuildHooks
): Promise<ReportBuilt> {
  const progress = hooks.onProgress ?? (() => undefined);
  progress({ stage: "reading", fraction: 0 });
  const snapshot = await port.readWorkbook({
    sources: [build.activity.source, ...(build.jobs ? [build.jobs.source] : [])],
    optionalTables: [TARGETS_TABLE_NAME],
    signal: hooks.signal,
    onRows: (rowsRead, totalRows) =>
      progress({
        stage: "reading",
        fraction: READ_SHARE * (totalRows > 0 ? rowsRead / totalRows : 1),
        rowsRead,
        totalRows,
      }),
  });
  const [activity, jobs] = snapshot.sources;
  checkUnchanged(activity, build.activity);
  if (build.jobs && jobs) checkUnchanged(jobs, build.jobs);

  const targetsTable = Object.values(snapshot.optionalTables)[0];
  const judged = targetsTable
    ? targetsFromTable(
        targetsTable.headers,
        targetsTable.rows,
        build.options.complaintBase,
        build.options.lang
      )
    : { targets: defaultTargets(), problems: [], currency: null };

  progress({ stage: "analysing", fraction: READ_SHARE });
  const model = await hooks.analyse(activity, build.activity.mapping, {
    ...build.options,
    targets: judged.targets,
    targetsSource: targetsTable ? "table" : "defaults",
    currency: judged.currency,
    jobs: build.jobs && jobs ? { table: jobs, mapping: build.jobs.mapping } : undefined,
  });

  const extra = targetsTable ? undefined : targetsSheetModel(build.options.lang);
  const written = await writeWorkbookModel(
    port,
    extra ? { ...model, sheets: [...model.sheets, extra.sheet] } : model,
    {
      signal: hooks.signal,
      existingSheetNames: snapshot.sheetNames,
      tables: extra ? [{ sheet: model.sheets.length, ...extra.table }] : undefined,
      onProgress: (fraction) =>
        progress({
          stage: "writing",
          fraction: READ_SHARE + ANALYSIS_SHARE + (1 - READ_SHARE - ANALYSIS_SHARE) * fraction,
        }),
    }
  );
  return {
    sheetName: written.sheetNames[0],
    rowsRead: activity.rows.length,
    targetsSheet: extra ? written.sheetNames[written.sheetNames.length - 1] : undefined,
    targetProblems: judged.problems,
  };
}
