/** The Report tab: data → columns → month and options → targets → "Build report". */
import { Button, Subtitle2 } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { WorkbookAccess } from "../excel/officePort";
import { buildReportInWorkbook, type BuildProgress } from "../excel/reportInWorkbook";
import { openTargetsTable } from "../excel/targetsTable";
import {
  ACTIVITY_FIELDS,
  availableMonths,
  DEFAULT_REPORT_OPTIONS,
  JOB_FIELDS,
  undecidedDateOrder,
  type SlDenominator,
} from "../report";
import { t } from "../i18n";
import { type Lang } from "../workbook";
import { analyseReport } from "./analyseReport";
import { BlockSummary, BuildActions } from "./BuildActions";
import { ChoiceField, plainChoices } from "./ChoiceField";
import { columnsToPick, DataSource, missingFields, readInto } from "./DataSource";
import { DateOrderField, useDateOrder } from "./DateOrderField";
import { detectActivityColumns } from "./activityColumns";
import { messageForError } from "./errors";
import type { Strings } from "./i18n";
import { MappingEditor } from "./MappingEditor";
import { focusSoon, Outcome } from "./Outcome";
import { ReadNote } from "./ReadNote";
import { readPreview } from "./readPreview";
import { writeSampleActivity } from "./sampleData";
import { readSource } from "./SourcePicker";
import { useStyles } from "./styles";
import { useMappedTable } from "./useMappedTable";
import { useTask, type ProgressText } from "./useTask";

interface Props {
  workbook: WorkbookAccess;
  lang: Lang;
  strings: Strings;
  tables: string[];
  targetsExist: boolean | undefined;
  onRefreshTables: () => void;
}

const DENOMINATORS: SlDenominator[] = ["offeredLessShortAbandons", "offered", "answered"];
const NO_JOBS = "-";

/** The progress bar's words: rows read while reading, then the analysis, then the share written. */
const progressWords = (p: BuildProgress): ProgressText | undefined =>
  p.stage === "reading" && p.totalRows !== undefined
    ? (l) => t(l, "taskpane.readingRows", { read: p.rowsRead ?? 0, total: p.totalRows! })
    : p.stage === "analysing"
      ? (l) => t(l, "taskpane.analysing")
      : p.stage === "writing"
        ? (l) => t(l, "taskpane.writingPercent", { percent: Math.round(p.fraction * 100) })
        : undefined;

export function ReportTab(props: Props) {
  const { workbook, lang, strings, tables, onRefreshTables } = props;
  const styles = useStyles();
  const task = useTask(strings, lang);
  // Detected as the command line's reader does: a date-time "Interval Start" gives the Date too.
  const activity = useMappedTable(ACTIVITY_FIELDS, detectActivityColumns);
  const jobs = useMappedTable(JOB_FIELDS);
  const [month, setMonth] = useState<string | undefined>();
  const [jobsName, setJobsName] = useState<string>(NO_JOBS);
  const [denominator, setDenominator] = useState<SlDenominator>(
    DEFAULT_REPORT_OPTIONS.slDenominator
  );
  const [targetsExist, setTargetsExist] = useState<boolean | undefined>(props.targetsExist);
  useEffect(() => setTargetsExist(props.targetsExist), [props.targetsExist]);
  const dateOrder = useDateOrder(
    useMemo(
      () =>
        activity.current
          ? undecidedDateOrder(activity.current.table, activity.current.mapping)
          : undefined,
      [activity.current]
    )
  );
  const { order: orderToRead, needed: needsOrder } = dateOrder;
  const preview = useMemo(
    () =>
      activity.current &&
      readPreview(activity.current.table, activity.current.mapping, orderToRead, lang),
    [activity.current, orderToRead, lang]
  );

  const months = useMemo(() => {
    // Until the date order is chosen there are no months to list; the Date order field says why.
    if (!activity.current || needsOrder) return { list: [] as string[] };
    try {
      return {
        list: availableMonths(activity.current.table, activity.current.mapping, {
          dateOrder: orderToRead,
        }),
      };
    } catch (error) {
      return { list: [] as string[], error: messageForError(error, strings, lang).text };
    }
  }, [activity.current, needsOrder, orderToRead, strings, lang]);
  const latest = months.list[months.list.length - 1];
  const chosenMonth = month && months.list.includes(month) ? month : latest;
  // The month shown is remembered: data read again without it keeps saying so, never switches silently.
  useEffect(() => {
    if (month === undefined && latest !== undefined) setMonth(latest);
  }, [month, latest]);
  const monthGone =
    month && chosenMonth && month !== chosenMonth ? t(lang, "taskpane.monthGone", { gone: month, chosen: chosenMonth }) : undefined;

  const readMessage = task.messageFor("read");
  const missing = activity.missing;
  const noRows = activity.current !== undefined && activity.current.table.rows.length === 0;
  const blockers: string[] = [];
  if ((!activity.current && readMessage?.intent === "error") || noRows)
    blockers.push(t(lang, "taskpane.fixSelection"));
  if (activity.current && missing.length > 0)
    blockers.push(columnsToPick(lang, "taskpane.fixColumns", missing));
  else if (activity.current && needsOrder) blockers.push(t(lang, "taskpane.fixDateOrder"));
  else if (activity.current && !noRows && months.list.length === 0) blockers.push(t(lang, "taskpane.fixMonth"));
  const buildBlocker = !activity.current
    ? t(lang, "taskpane.buildNeedsData")
    : missing.length > 0
      ? columnsToPick(lang, "taskpane.buildNeedsColumns", missing)
      : needsOrder
        ? t(lang, "taskpane.buildNeedsDateOrder")
        : chosenMonth === undefined
          ? t(lang, "taskpane.buildNeedsMonth")
          : undefined;

  const chooseJobs = (name: string) => {
    setJobsName(name);
    jobs.clear();
    if (name !== NO_JOBS)
      void readInto("jobs", "jobs", task, workbook, jobs, { kind: "table", name });
  };

  const trySample = () =>
    task
      .run("sample", async (signal) => {
        const { sheetName, tableName } = await workbook.run((port) =>
          writeSampleActivity(port, lang, signal)
        );
        const table = await readSource(workbook, { kind: "table", name: tableName }, signal);
        activity.load(table);
        dateOrder.choose(undefined);
        onRefreshTables();
        return (_, l) => ({
          intent: "success",
          text: t(l, "taskpane.sampleWritten", { count: table.rows.length, sheet: sheetName }),
        });
      })
      .then((shown) => {
        if (shown.intent === "success") focusSoon("report-build");
      });

  const targetsAction = () =>
    task.run("targets", async () => {
      const existed = targetsExist === true;
      const sheet = await workbook.run((port) => openTargetsTable(port, lang));
      setTargetsExist(true);
      return (s, l) => ({
        intent: "info",
        text: existed ? t(l, "taskpane.targetsOpened", { sheet }) : s.targetsCreated(sheet),
      });
    });

  const build = () =>
    task.run("build", async (signal, progress) => {
      const current = activity.current!;
      const built = await workbook.run((port) =>
        buildReportInWorkbook(
          port,
          {
            activity: {
              source: current.table.source ?? { kind: "selection" },
              headers: current.table.headers,
              mapping: current.mapping,
            },
            jobs:
              jobs.current && jobsName !== NO_JOBS
                ? {
                    source: jobs.current.table.source ?? { kind: "table", name: jobsName },
                    headers: jobs.current.table.headers,
                    mapping: jobs.current.mapping,
                  }
                : undefined,
            options: {
              ...DEFAULT_REPORT_OPTIONS,
              month: chosenMonth,
              lang,
              slDenominator: denominator,
              builtAt: new Date(),
              input: orderToRead ? { dateOrder: orderToRead } : undefined,
            },
          },
          {
            signal,
            onProgress: (p) => progress(p.fraction, progressWords(p)),
            analyse: (table, mapping, options) =>
              analyseReport(table, mapping, options, signal, (fraction) =>
                progress(0.25 + 0.1 * fraction, (l) => t(l, "taskpane.analysing"))
              ),
          }
        )
      );
      setTargetsExist(true);
      const problems = built.targetProblems;
      return (s, l) => ({
        intent: problems.length > 0 ? "warning" : "success",
        text: [
          s.reportWritten(built.sheetName),
          built.targetsSheet
            ? t(l, "taskpane.targetsWrittenWithReport", { sheet: built.targetsSheet })
            : "",
        ]
          .filter(Boolean)
          .join(" "),
        details: problems.length > 0 ? [s.targetsProblems, ...problems] : undefined,
      });
    });

  return (
    <div className={styles.root}>
      <BlockSummary title={t(lang, "taskpane.blockedTitle")} items={blockers} />
      <DataSource
        id="report"
        label={strings.dataSource}
        columnsTitle={t(lang, "taskpane.columnsActivity")}
        intro={t(lang, "taskpane.emptyStateReport")}
        workbook={workbook}
        task={task}
        source={activity}
        tables={tables}
        onRefreshTables={onRefreshTables}
        onLoaded={(detected, table) => {
          // Data read again is asked its date order again: a choice made for other data is not carried over.
          dateOrder.choose(undefined);
          // The columns are there but hold no month: the month field is where to look.
          if (missingFields(ACTIVITY_FIELDS, detected).length > 0 || table.rows.length === 0) return;
          if (undecidedDateOrder(table, detected)) return focusSoon("report-date-order");
          let found: string[] = [];
          try {
            found = availableMonths(table, detected);
          } catch {
            // Shown on the month field itself.
          }
          if (found.length === 0) focusSoon("report-month");
        }}
        lang={lang}
        strings={strings}
        columnsExtra={
          <>
            <DateOrderField id="report-date-order" state={dateOrder} lang={lang} />
            <ReadNote id="report-read" preview={preview} lang={lang} />
          </>
        }
        emptyAction={
          <Button
            id="report-sample"
            disabledFocusable={task.running !== undefined}
            onClick={trySample}
          >
            {t(lang, task.running === "sample" ? "taskpane.writingSample" : "taskpane.trySample")}
          </Button>
        }
      />
      {activity.current && (
        <>
          <section className={styles.section} aria-labelledby="report-options-title">
            <Subtitle2 as="h2" id="report-options-title" className={styles.heading}>
              {t(lang, "taskpane.options")}
            </Subtitle2>
            <ChoiceField
              id="report-month"
              label={strings.month}
              required
              choices={plainChoices(months.list)}
              selected={chosenMonth}
              onSelect={setMonth}
              hint={
                months.list.length > 0
                  ? t(lang, "taskpane.monthsFound", { count: months.list.length })
                  : undefined
              }
              validationMessage={
                months.error ??
                (months.list.length === 0 && !needsOrder ? strings.noMonths : undefined)
              }
              warning={monthGone}
            />
            <ChoiceField
              id="report-denominator"
              label={strings.slDenominator}
              choices={DENOMINATORS.map((d) => ({ value: d, text: strings.denominators[d] }))}
              selected={denominator}
              onSelect={(value) => setDenominator(value as SlDenominator)}
            />
            <ChoiceField
              id="report-jobs"
              label={strings.jobsTable}
              choices={[{ value: NO_JOBS, text: strings.noJobs }, ...plainChoices(tables)]}
              selected={jobsName}
              onSelect={chooseJobs}
            />
            <Outcome id="jobs-source-outcome" message={task.messageFor("jobs")} />
          </section>
          <MappingEditor
            id="jobs-mapping"
            title={t(lang, "taskpane.columnsJobs")}
            source={jobs}
            lang={lang}
            strings={strings}
          />
        </>
      )}
      <section className={styles.section} aria-labelledby="report-targets-title">
        <Subtitle2 as="h2" id="report-targets-title" className={styles.heading}>
          {strings.targets}
        </Subtitle2>
        <span id="report-targets-hint" className={styles.hint}>
          {targetsExist ? strings.targetsPresent : strings.targetsMissing}
        </span>
        <Button
          id="report-targets"
          aria-describedby="report-targets-hint"
          onClick={targetsAction}
          disabledFocusable={task.running !== undefined}
        >
          {targetsExist ? strings.openTargets : strings.createTargets}
        </Button>
        <Outcome id="report-targets-outcome" message={task.messageFor("targets")} />
      </section>
      <BuildActions
        id="report"
        strings={strings}
        lang={lang}
        task={task}
        label={strings.buildReport}
        blocker={buildBlocker}
        onBuild={build}
      />
    </div>
  );
}
