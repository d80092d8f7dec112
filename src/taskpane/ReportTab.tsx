/** The Report tab: data → column mapping → month and options → targets → "Build report". */
import { Button } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { WorkbookAccess } from "../excel/officePort";
import {
  ensureTargetsTable,
  hasTargetsTable,
  openTargetsTable,
  readTargets,
} from "../excel/targetsTable";
import { writeWorkbookModel } from "../excel/writeToWorkbook";
import { ACTIVITY_FIELDS, availableMonths, buildReport, DEFAULT_REPORT_OPTIONS, JOB_FIELDS, type SlDenominator } from "../report";
import { type Lang } from "../workbook";
import { BuildActions } from "./BuildActions";
import { ChoiceField, plainChoices } from "./ChoiceField";
import { DataSource, readInto } from "./DataSource";
import { messageForError } from "./errors";
import type { Strings } from "./i18n";
import { MappingEditor } from "./MappingEditor";
import { useStyles } from "./styles";
import { useMappedTable } from "./useMappedTable";
import { useTask } from "./useTask";

interface Props {
  workbook: WorkbookAccess;
  lang: Lang;
  strings: Strings;
  tables: string[];
  onRefreshTables: () => void;
}

const DENOMINATORS: SlDenominator[] = ["offeredLessShortAbandons", "offered", "answered"];
const NO_JOBS = "-";

export function ReportTab({ workbook, lang, strings, tables, onRefreshTables }: Props) {
  const styles = useStyles();
  const task = useTask();
  const activity = useMappedTable(ACTIVITY_FIELDS);
  const jobs = useMappedTable(JOB_FIELDS);
  const [month, setMonth] = useState<string | undefined>();
  const [jobsName, setJobsName] = useState<string>(NO_JOBS);
  const [denominator, setDenominator] = useState<SlDenominator>(
    DEFAULT_REPORT_OPTIONS.slDenominator
  );
  const [targetsExist, setTargetsExist] = useState<boolean | undefined>();

  const months = useMemo(() => {
    if (!activity.current) return { list: [] as string[] };
    try {
      return { list: availableMonths(activity.current.table, activity.current.mapping) };
    } catch (error) {
      return { list: [] as string[], error: messageForError(error, strings, lang).text };
    }
  }, [activity.current, strings, lang]);
  const chosenMonth =
    month && months.list.includes(month) ? month : months.list[months.list.length - 1];

  useEffect(() => {
    workbook.run(hasTargetsTable).then(setTargetsExist, () => setTargetsExist(undefined));
  }, [workbook]);

  const chooseJobs = (name: string) => {
    setJobsName(name);
    jobs.clear();
    if (name !== NO_JOBS) void readInto(task, workbook, jobs, { kind: "table", name });
  };

  const targetsAction = () =>
    task.run(async () => {
      const existed = targetsExist === true;
      const sheet = await workbook.run((port) => openTargetsTable(port, lang));
      setTargetsExist(true);
      return (s) => ({
        intent: "info",
        text: existed ? s.targetsPresent : s.targetsCreated(sheet),
      });
    });

  const build = () =>
    task.run(async (signal, progress) =>
      workbook.run(async (port) => {
        const targets = await readTargets(port);
        if (!targets.fromTable) await ensureTargetsTable(port, lang);
        const model = buildReport(activity.current!.table, activity.current!.mapping, {
          ...DEFAULT_REPORT_OPTIONS,
          month: chosenMonth,
          lang,
          slDenominator: denominator,
          targets: targets.targets,
          targetsSource: targets.fromTable ? "table" : "defaults",
          currency: targets.currency,
          builtAt: new Date(),
          jobs: jobs.current
            ? { table: jobs.current.table, mapping: jobs.current.mapping }
            : undefined,
          onProgress: (fraction) => progress(0.3 * fraction),
        });
        const written = await writeWorkbookModel(port, model, {
          signal,
          onProgress: (fraction) => progress(0.3 + 0.7 * fraction),
        });
        setTargetsExist(true);
        const problems = targets.problems;
        return (s) => ({
          intent: problems.length > 0 ? "warning" : "success",
          text: s.reportWritten(written.sheetNames[0]),
          details: problems.length > 0 ? [s.targetsProblems, ...problems] : undefined,
        });
      })
    );

  return (
    <div className={styles.root}>
      <DataSource
        id="report"
        label={strings.dataSource}
        workbook={workbook}
        task={task}
        source={activity}
        tables={tables}
        onRefreshTables={onRefreshTables}
        onLoaded={() => setMonth(undefined)}
        lang={lang}
        strings={strings}
      />
      {activity.current && (
        <>
          <div className={styles.section}>
            <ChoiceField
              id="report-month"
              label={strings.month}
              choices={plainChoices(months.list)}
              selected={chosenMonth}
              onSelect={setMonth}
              validationMessage={
                months.error ?? (months.list.length === 0 ? strings.noMonths : undefined)
              }
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
          </div>
          <MappingEditor id="jobs-mapping" source={jobs} lang={lang} strings={strings} />
        </>
      )}
      <div className={styles.section}>
        <strong>{strings.targets}</strong>
        <span className={styles.hint}>
          {targetsExist ? strings.targetsPresent : strings.targetsMissing}
        </span>
        <Button onClick={targetsAction} disabled={task.running}>
          {targetsExist ? strings.openTargets : strings.createTargets}
        </Button>
      </div>
      <BuildActions
        strings={strings}
        lang={lang}
        task={task}
        label={strings.buildReport}
        ready={activity.current !== undefined && chosenMonth !== undefined}
        missing={activity.missing}
        onBuild={build}
      />
    </div>
  );
}
