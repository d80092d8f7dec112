/** The Report tab: data → column mapping → month and options → targets → "Build report". */
import { Button, Dropdown, Field, Option } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { WorkbookAccess } from "../excel/officePort";
import type { SheetTable } from "../excel/port";
import { ensureTargetsTable, hasTargetsTable, openTargetsTable, readTargets } from "../excel/targetsTable";
import { writeReportModel } from "../excel/writeReport";
import {
  ACTIVITY_FIELDS,
  availableMonths,
  buildReport,
  DEFAULT_REPORT_OPTIONS,
  detectColumns,
  JOB_FIELDS,
  type ColumnMapping,
  type JobFieldKey,
  type Lang,
  type SlDenominator,
} from "../report";
import { messageForError } from "./errors";
import type { Strings } from "./i18n";
import { MappingEditor } from "./MappingEditor";
import { readSource, SourcePicker, type SourceChoice } from "./SourcePicker";
import { TaskStatus } from "./TaskStatus";
import { useStyles } from "./styles";
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
  const [activity, setActivity] = useState<SheetTable | undefined>();
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [month, setMonth] = useState<string | undefined>();
  const [jobsName, setJobsName] = useState<string>(NO_JOBS);
  const [jobs, setJobs] = useState<{ table: SheetTable; mapping: ColumnMapping<JobFieldKey> } | undefined>();
  const [denominator, setDenominator] = useState<SlDenominator>(DEFAULT_REPORT_OPTIONS.slDenominator);
  const [targetsExist, setTargetsExist] = useState<boolean | undefined>();

  const months = useMemo(() => {
    if (!activity) return { list: [] as string[] };
    try {
      return { list: availableMonths(activity, mapping) };
    } catch (error) {
      return { list: [] as string[], error: messageForError(error, strings, lang).text };
    }
  }, [activity, mapping, strings, lang]);
  const chosenMonth = month && months.list.includes(month) ? month : months.list[months.list.length - 1];

  useEffect(() => {
    workbook.run(hasTargetsTable).then(setTargetsExist, () => setTargetsExist(undefined));
  }, [workbook]);

  const readActivity = (choice: SourceChoice) =>
    task.run(
      async () => {
        const table = await readSource(workbook, choice);
        setActivity(table);
        setMapping(detectColumns(table.headers, ACTIVITY_FIELDS));
        setMonth(undefined);
        return (s) => ({ intent: "info", text: s.rowsRead(table.rows.length, table.sheetName) });
      });

  const chooseJobs = (name: string) => {
    setJobsName(name);
    setJobs(undefined);
    if (name === NO_JOBS) return;
    void task.run(
      async () => {
        const table = await workbook.run((port) => port.readTable(name));
        setJobs({ table, mapping: detectColumns(table.headers, JOB_FIELDS) });
        return (s) => ({ intent: "info", text: s.rowsRead(table.rows.length, table.sheetName) });
      });
  };

  const targetsAction = () =>
    task.run(
      async () => {
        const existed = targetsExist === true;
        const sheet = await workbook.run((port) => openTargetsTable(port, lang));
        setTargetsExist(true);
        return (s) => ({ intent: "info", text: existed ? s.targetsPresent : s.targetsCreated(sheet) });
      });

  const missing = ACTIVITY_FIELDS.filter((f) => f.required && mapping[f.key] === undefined);
  const build = () =>
    task.run(
      async (signal, progress) =>
        workbook.run(async (port) => {
          const targets = await readTargets(port);
          if (!targets.fromTable) await ensureTargetsTable(port, lang);
          const model = buildReport(activity!, mapping, {
            ...DEFAULT_REPORT_OPTIONS,
            month: chosenMonth,
            lang,
            slDenominator: denominator,
            targets: targets.targets,
            builtAt: new Date(),
            jobs: jobs ? { table: jobs.table, mapping: jobs.mapping } : undefined,
            onProgress: (fraction) => progress(0.3 * fraction),
          });
          const written = await writeReportModel(port, model, {
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
        }));

  return (
    <div className={styles.root}>
      <SourcePicker
        id="report-source"
        label={strings.dataSource}
        strings={strings}
        tables={tables}
        busy={task.running}
        onRefreshTables={onRefreshTables}
        onRead={readActivity}
      />
      {activity && (
        <>
          <MappingEditor
            id="report-mapping"
            fields={ACTIVITY_FIELDS}
            headers={activity.headers}
            firstColumn={activity.firstColumn}
            mapping={mapping}
            onChange={setMapping}
            lang={lang}
            strings={strings}
          />
          <div className={styles.section}>
            <Field label={strings.month} validationMessage={months.error ?? (months.list.length === 0 ? strings.noMonths : undefined)}>
              <Dropdown
                id="report-month"
                className={styles.dropdown}
                value={chosenMonth ?? ""}
                selectedOptions={chosenMonth ? [chosenMonth] : []}
                onOptionSelect={(_, data) => setMonth(data.optionValue)}
              >
                {months.list.map((m) => (
                  <Option key={m} value={m}>
                    {m}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label={strings.slDenominator}>
              <Dropdown
                id="report-denominator"
                className={styles.dropdown}
                value={strings.denominators[denominator]}
                selectedOptions={[denominator]}
                onOptionSelect={(_, data) => setDenominator(data.optionValue as SlDenominator)}
              >
                {DENOMINATORS.map((d) => (
                  <Option key={d} value={d}>
                    {strings.denominators[d]}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label={strings.jobsTable}>
              <Dropdown
                id="report-jobs"
                className={styles.dropdown}
                value={jobsName === NO_JOBS ? strings.noJobs : jobsName}
                selectedOptions={[jobsName]}
                onOptionSelect={(_, data) => chooseJobs(data.optionValue ?? NO_JOBS)}
              >
                <Option value={NO_JOBS}>{strings.noJobs}</Option>
                {tables.map((name) => (
                  <Option key={name} value={name}>
                    {name}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          </div>
          {jobs && (
            <MappingEditor
              id="jobs-mapping"
              fields={JOB_FIELDS}
              headers={jobs.table.headers}
              firstColumn={jobs.table.firstColumn}
              mapping={jobs.mapping}
              onChange={(m) => setJobs({ ...jobs, mapping: m })}
              lang={lang}
              strings={strings}
            />
          )}
        </>
      )}
      <div className={styles.section}>
        <strong>{strings.targets}</strong>
        <span className={styles.hint}>{targetsExist ? strings.targetsPresent : strings.targetsMissing}</span>
        <Button onClick={targetsAction} disabled={task.running}>
          {targetsExist ? strings.openTargets : strings.createTargets}
        </Button>
      </div>
      <Button
        appearance="primary"
        disabled={task.running || !activity || missing.length > 0 || !chosenMonth}
        onClick={build}
      >
        {task.running ? strings.building : strings.buildReport}
      </Button>
      {activity && missing.length > 0 && (
        <span role="status">{strings.missingRequired(missing.map((f) => f.label[lang]).join(", "))}</span>
      )}
      <TaskStatus strings={strings} running={task.running} progress={task.progress} message={task.message?.(strings, lang)} onCancel={task.cancel} />
    </div>
  );
}
