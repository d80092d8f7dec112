/** The Staffing plan tab: forecast → columns → targets → "Build staffing plan" (live =WFM formulas). */
import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookAccess } from "../excel/officePort";
import { writeWorkbookModel } from "../excel/writeToWorkbook";
import type { ColumnMapping } from "../report";
import type { Lang } from "../workbook";
import { PLAN_FIELDS, type PlanFieldKey, buildStaffingPlan } from "../plan";
import { BuildActions } from "./BuildActions";
import { DataSource } from "./DataSource";
import type { Strings } from "./i18n";
import { OPTIONAL, PLAN_INPUT_DEFAULTS, planTargetsFromInputs, type InputKey } from "./planInputs";
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

export function PlanTab({ workbook, lang, strings, tables, onRefreshTables }: Props) {
  const styles = useStyles();
  const task = useTask();
  const forecast = useMappedTable(PLAN_FIELDS);
  const [inputs, setInputs] = useState(PLAN_INPUT_DEFAULTS);

  // Daily rows cover the open hours of a day, not half an hour: suggest 12 open hours.
  const suggestInterval = (detected: ColumnMapping<PlanFieldKey>) =>
    setInputs((now) => ({
      ...now,
      intervalSec:
        detected.interval === undefined && detected.date !== undefined ? "43200" : "1800",
    }));

  const build = () =>
    task.run(async (signal, progress) => {
      const { table, mapping } = forecast.current!;
      const sheetColumn = (index: number | undefined) =>
        index === undefined ? undefined : table.firstColumn + index;
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
          dateValues:
            mapping.date === undefined ? undefined : table.rows.map((row) => row[mapping.date!]),
        },
        planTargetsFromInputs(inputs, strings),
        lang
      );
      const written = await workbook.run((port) =>
        writeWorkbookModel(port, { lang, sheets: [plan] }, { signal, onProgress: progress })
      );
      return (s) => ({ intent: "success", text: s.planWritten(written.sheetNames[0]) });
    });

  const input = (key: InputKey, hint?: string) => (
    <Field
      key={key}
      label={
        OPTIONAL.includes(key) ? strings.withNote(strings[key], strings.optional) : strings[key]
      }
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
      <DataSource
        id="plan"
        label={strings.forecast}
        workbook={workbook}
        task={task}
        source={forecast}
        tables={tables}
        onRefreshTables={onRefreshTables}
        onLoaded={suggestInterval}
        lang={lang}
        strings={strings}
      />
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
      <BuildActions
        strings={strings}
        lang={lang}
        task={task}
        label={strings.buildPlan}
        ready={forecast.current !== undefined}
        missing={forecast.missing}
        onBuild={build}
      />
    </div>
  );
}
