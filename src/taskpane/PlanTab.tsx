/** The Staffing plan tab: forecast → columns → targets → "Build staffing plan" (live =WFM formulas). */
import { Field, Input, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookAccess } from "../excel/officePort";
import { DataChangedError } from "../excel/reportInWorkbook";
import { writeWorkbookModel } from "../excel/writeToWorkbook";
import type { ColumnMapping } from "../report";
import { t } from "../i18n";
import type { Lang } from "../workbook";
import { PLAN_FIELDS, PlanInputError, type PlanFieldKey, buildStaffingPlan } from "../plan";
import { BlockSummary, BuildActions } from "./BuildActions";
import { columnsToPick, DataSource } from "./DataSource";
import { messageForError } from "./errors";
import type { Strings } from "./i18n";
import { focusSoon } from "./Outcome";
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

/** The plan's field names (PlanTargets, validatePlanInput) to the tab's inputs. */
const INPUT_OF_FIELD: Record<string, InputKey> = {
  serviceLevel: "serviceLevelPct",
  targetTimeSec: "targetTimeSec",
  intervalSec: "intervalSec",
  shrinkage: "shrinkagePct",
  maxOccupancy: "maxOccupancyPct",
  patienceSec: "patienceSec",
  hourlyCost: "hourlyCost",
};

const inputId = (key: InputKey) => `plan-${key}`;

export function PlanTab({ workbook, lang, strings, tables, onRefreshTables }: Props) {
  const styles = useStyles();
  const task = useTask(strings, lang);
  const forecast = useMappedTable(PLAN_FIELDS);
  const [inputs, setInputs] = useState(PLAN_INPUT_DEFAULTS);
  /** The input the last build refused, with the message in the user's language. */
  const [inputError, setInputError] = useState<{ key: InputKey; error: PlanInputError }>();

  // Daily rows cover the open hours of a day, not half an hour: suggest 12 open hours.
  const suggestInterval = (detected: ColumnMapping<PlanFieldKey>) =>
    setInputs((now) => ({
      ...now,
      intervalSec:
        detected.interval === undefined && detected.date !== undefined ? "43200" : "1800",
    }));

  const build = async () => {
    setInputError(undefined);
    await task.run("build", async (signal, progress) => {
      const current = forecast.current!;
      let targets;
      try {
        targets = planTargetsFromInputs(inputs, strings);
      } catch (error) {
        if (error instanceof PlanInputError) {
          const key = (INPUT_OF_FIELD[error.field] ?? error.field) as InputKey;
          setInputError({ key, error });
          focusSoon(inputId(key));
        }
        throw error;
      }
      // Read again at build time: the forecast may have changed since Read data.
      const snapshot = await workbook.run((port) =>
        port.readWorkbook({
          sources: [current.table.source ?? { kind: "selection" }],
          signal,
          onRows: (read, total) =>
            progress(0.2 * (total > 0 ? read / total : 1), (l) => t(l, "taskpane.readingRows", { read, total })),
        })
      );
      const table = snapshot.sources[0];
      const same =
        table.headers.length === current.table.headers.length &&
        table.headers.every((h, i) => String(h ?? "") === String(current.table.headers[i] ?? ""));
      if (!same) throw new DataChangedError(table.sheetName);
      const { mapping } = current;
      const sheetColumn = (index: number | undefined) =>
        index === undefined ? undefined : table.firstColumn + index;
      let plan;
      try {
        plan = buildStaffingPlan(
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
          targets,
          lang
        );
      } catch (error) {
        if (error instanceof PlanInputError && INPUT_OF_FIELD[error.field]) {
          setInputError({ key: INPUT_OF_FIELD[error.field], error });
          focusSoon(inputId(INPUT_OF_FIELD[error.field]));
        }
        throw error;
      }
      const written = await workbook.run((port) =>
        writeWorkbookModel(
          port,
          { lang, sheets: [plan] },
          {
            signal,
            existingSheetNames: snapshot.sheetNames,
            onProgress: (fraction) =>
              progress(0.2 + 0.8 * fraction, (l) => t(l, "taskpane.writingPercent", { percent: Math.round(fraction * 100) })),
          }
        )
      );
      return (s) => ({ intent: "success", text: s.planWritten(written.sheetNames[0]) });
    });
  };

  const input = (key: InputKey, hint?: string) => {
    const optional = OPTIONAL.includes(key);
    const error =
      inputError?.key === key ? messageForError(inputError.error, strings, lang).text : undefined;
    return (
      <Field
        key={key}
        label={optional ? strings.withNote(strings[key], strings.optional) : strings[key]}
        required={!optional}
        hint={hint}
        validationState={error ? "error" : "none"}
        validationMessage={error}
        className={styles.grow}
      >
        <Input
          id={inputId(key)}
          inputMode="decimal"
          value={inputs[key]}
          onChange={(_, data) => {
            setInputs((now) => ({ ...now, [key]: data.value }));
            if (inputError?.key === key) setInputError(undefined);
          }}
        />
      </Field>
    );
  };

  const missing = forecast.missing;
  const blockers =
    forecast.current && missing.length > 0
      ? [columnsToPick(lang, "taskpane.fixColumns", missing)]
      : !forecast.current && task.messageFor("read")?.intent === "error"
        ? [t(lang, "taskpane.fixSelection")]
        : [];

  return (
    <div className={styles.root}>
      <BlockSummary title={t(lang, "taskpane.blockedTitle")} items={blockers} />
      <DataSource
        id="plan"
        label={strings.forecast}
        columnsTitle={t(lang, "taskpane.columnsForecast")}
        intro={t(lang, "taskpane.emptyStatePlan")}
        workbook={workbook}
        task={task}
        source={forecast}
        tables={tables}
        onRefreshTables={onRefreshTables}
        onLoaded={suggestInterval}
        lang={lang}
        strings={strings}
      />
      <section className={styles.section} aria-labelledby="plan-targets-title">
        <Subtitle2 as="h2" id="plan-targets-title" className={styles.heading}>
          {strings.planTargets}
        </Subtitle2>
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
      </section>
      <BuildActions
        id="plan"
        strings={strings}
        lang={lang}
        task={task}
        label={strings.buildPlan}
        blocker={
          !forecast.current
            ? t(lang, "taskpane.buildNeedsData")
            : missing.length > 0
              ? columnsToPick(lang, "taskpane.buildNeedsColumns", missing)
              : undefined
        }
        onBuild={build}
      />
    </div>
  );
}
