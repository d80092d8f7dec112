/** The Staffing plan tab: forecast → columns → targets → "Build staffing plan" (live =WFM formulas). */
import { Button, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookAccess } from "../excel/officePort";
import type { SheetTable } from "../excel/port";
import { writeReportModel } from "../excel/writeReport";
import { detectColumns, type ColumnMapping, type Lang } from "../report";
import { PLAN_FIELDS, type PlanFieldKey } from "../report/plan/fields";
import { buildStaffingPlan } from "../report/plan/staffingPlan";
import { OPTIONAL, PLAN_INPUT_DEFAULTS, planTargetsFromInputs, type InputKey } from "./planInputs";
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

export function PlanTab({ workbook, lang, strings, tables, onRefreshTables }: Props) {
  const styles = useStyles();
  const task = useTask();
  const [forecast, setForecast] = useState<SheetTable | undefined>();
  const [mapping, setMapping] = useState<ColumnMapping<PlanFieldKey>>({});
  const [inputs, setInputs] = useState(PLAN_INPUT_DEFAULTS);

  const readForecast = (choice: SourceChoice) =>
    task.run(
      async () => {
        const table = await readSource(workbook, choice);
        const detected = detectColumns(table.headers, PLAN_FIELDS);
        setForecast(table);
        setMapping(detected);
        // Daily rows cover the open hours of a day, not half an hour: suggest 12 open hours.
        setInputs((now) => ({ ...now, intervalSec: detected.interval === undefined && detected.date !== undefined ? "43200" : "1800" }));
        return (s) => ({ intent: "info", text: s.rowsRead(table.rows.length, table.sheetName) });
      });

  const missing = PLAN_FIELDS.filter((f) => f.required && mapping[f.key] === undefined);
  const build = () =>
    task.run(
      async (signal, progress) => {
        const table = forecast!;
        const sheetColumn = (index: number | undefined) => (index === undefined ? undefined : table.firstColumn + index);
        const plan = buildStaffingPlan(
          {
            sheetName: table.sheetName,
            firstRowNumber: table.firstRowNumber,
            rowCount: table.rows.length,
            columns: {
              date: sheetColumn(mapping.date),
              interval: sheetColumn(mapping.interval),
              calls: sheetColumn(mapping.calls)!,
              ahtSec: sheetColumn(mapping.ahtSec)!,
            },
            dateValues: mapping.date === undefined ? undefined : table.rows.map((row) => row[mapping.date!]),
          },
          planTargetsFromInputs(inputs, strings),
          lang
        );
        const written = await workbook.run((port) =>
          writeReportModel(port, { lang, sheets: [plan] }, { signal, onProgress: progress })
        );
        return (s) => ({ intent: "success", text: s.planWritten(written.sheetNames[0]) });
      });

  const input = (key: InputKey, hint?: string) => (
    <Field
      key={key}
      label={OPTIONAL.includes(key) ? strings.withNote(strings[key], strings.optional) : strings[key]}
      hint={hint}
      className={styles.grow}
    >
      <Input
        id={`plan-${key}`}
        inputMode="decimal"
        value={inputs[key]}
        onChange={(_, data) => setInputs((now) => ({ ...now, [key]: data.value }))}
      />
    </Field>
  );

  return (
    <div className={styles.root}>
      <SourcePicker
        id="plan-source"
        label={strings.forecast}
        strings={strings}
        tables={tables}
        busy={task.running}
        onRefreshTables={onRefreshTables}
        onRead={readForecast}
      />
      {forecast && (
        <MappingEditor
          id="plan-mapping"
          fields={PLAN_FIELDS}
          headers={forecast.headers}
          firstColumn={forecast.firstColumn}
          mapping={mapping}
          onChange={setMapping}
          lang={lang}
          strings={strings}
        />
      )}
      <div className={styles.section}>
        <strong>{strings.planTargets}</strong>
        <div className={styles.row}>
          {input("serviceLevelPct")}
          {input("targetTimeSec")}
        </div>
        {input("intervalSec", strings.intervalHint)}
        <div className={styles.row}>
          {input("shrinkagePct")}
          {input("maxOccupancyPct")}
        </div>
        {input("patienceSec", strings.patienceHint)}
        {input("hourlyCost")}
      </div>
      <Button appearance="primary" disabled={task.running || !forecast || missing.length > 0} onClick={build}>
        {task.running ? strings.building : strings.buildPlan}
      </Button>
      {forecast && missing.length > 0 && (
        <span role="status">{strings.missingRequired(missing.map((f) => f.label[lang]).join(", "))}</span>
      )}
      <TaskStatus strings={strings} running={task.running} progress={task.progress} message={task.message?.(strings, lang)} onCancel={task.cancel} />
    </div>
  );
}
