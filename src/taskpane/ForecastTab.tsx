/**
 * The Forecast tab: history (selection or table) → columns → weeks, method, special days → "Build forecast"
 * writes the forecast sheet; then "Plan staff from this forecast" builds the staffing plan (live =WFM
 * formulas) on that sheet, so history → forecast → agents → FTE → cost is one sitting.
 */
import { Button, Field, Input } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { WorkbookAccess } from "../excel/officePort";
import { createChinaSpecialDaysTable } from "../excel/specialDaysTable";
import { writeWorkbookModel } from "../excel/writeToWorkbook";
import { chinaCalendarSources, METHOD_IDS, type MethodChoice } from "../forecast";
import { forecastFromTable, historySpan, specialDaysFromTable } from "../forecast/fromTable";
import { HISTORY_FIELDS, undecidedHistoryDateOrder } from "../forecast/historyTable";
import { FORECAST_LABELS } from "../forecast/labels";
import { methodLabel } from "../forecast/sheet";
import { errorText, translator } from "../i18n";
import { buildStaffingPlan, type ForecastSource } from "../plan";
import type { Lang } from "../workbook";
import { BuildActions } from "./BuildActions";
import { ChoiceField } from "./ChoiceField";
import { DataSource } from "./DataSource";
import { DateOrderField, useDateOrder } from "./DateOrderField";
import { focusSoon, Outcome } from "./Outcome";
import type { Strings } from "./i18n";
import { PLAN_INPUT_DEFAULTS, planTargetsFromInputs, type InputKey } from "./planInputs";
import { useStyles } from "./styles";
import { useMappedTable } from "./useMappedTable";
import { useTask, type Message } from "./useTask";

interface Props {
  workbook: WorkbookAccess;
  lang: Lang;
  strings: Strings;
  tables: string[];
  onRefreshTables: () => void;
}

const NONE = "";

/** A forecast error becomes a message in the user's language; anything else goes to the tab's own handler. */
function forecastError(error: unknown): Message {
  if (error instanceof Error && (error.name === "ForecastInputError" || error.name === "WfmInputError"))
    return (_s, lang) => ({
      intent: "error",
      text: translator(lang)("forecast.tabCannotForecast", { reason: errorText(lang, error) }),
    });
  throw error;
}

export function ForecastTab({ workbook, lang, strings, tables, onRefreshTables }: Props) {
  const styles = useStyles();
  const t = translator(lang);
  const task = useTask(strings, lang);
  const planTask = useTask(strings, lang);
  const history = useMappedTable(HISTORY_FIELDS);
  // The same Date order field as the Report tab's, asked of the column the history's day comes from.
  const dateOrder = useDateOrder(
    useMemo(
      () =>
        history.current
          ? undecidedHistoryDateOrder(history.current.table, history.current.mapping)
          : undefined,
      [history.current]
    )
  );
  const [weeks, setWeeks] = useState("4");
  const [method, setMethod] = useState<MethodChoice>("auto");
  const [specialTable, setSpecialTable] = useState(NONE);
  const [aht, setAht] = useState("");
  const [plan, setPlan] = useState<Record<InputKey, string>>(PLAN_INPUT_DEFAULTS);
  const [built, setBuilt] = useState<{ source: ForecastSource; intervalMin: number } | undefined>();

  const build = () =>
    task.run("build", async (signal, progress) => {
      const { table, mapping } = history.current!;
      try {
        const specialDays =
          specialTable === NONE ? [] : specialDaysFromTable(await workbook.run((port) => port.readTable(specialTable)), dateOrder.order);
        const weeksNumber = Number(weeks);
        if (!Number.isInteger(weeksNumber) || weeksNumber < 1 || weeksNumber > 53)
          return (_s, l) => ({ intent: "error", text: translator(l)("forecast.tabCannotForecast", { reason: `${weeks}: 1–53` }) });
        const ahtNumber = aht.trim() === "" ? undefined : Number(aht);
        const result = forecastFromTable(table, {
          weeks: weeksNumber,
          method,
          columns: mapping,
          specialDays,
          fallbackAhtSec: ahtNumber !== undefined && ahtNumber > 0 ? ahtNumber : undefined,
          lang,
          dateOrder: dateOrder.order,
        });
        const written = await workbook.run((port) =>
          writeWorkbookModel(port, { lang, sheets: [result.sheet] }, { signal, onProgress: (f) => progress(f) })
        );
        const sheetName = written.sheetNames[0];
        setBuilt({ source: { ...result.source, sheetName }, intervalMin: result.intervalMin });
        const first = result.queues[0].result;
        return (_s, l) => ({
          intent: "success",
          text: translator(l)("forecast.tabForecastWritten", { sheet: sheetName, method: methodLabel(first, FORECAST_LABELS[l]) }),
        });
      } catch (error) {
        return forecastError(error);
      }
    });

  const createCalendar = () =>
    task.run("calendar", async () => {
      const { table, mapping } = history.current!;
      try {
        const span = historySpan(table, mapping, dateOrder.order);
        const weeksNumber = Math.max(1, Math.min(53, Number(weeks) || 4));
        const made = await workbook.run((port) =>
          createChinaSpecialDaysTable(port, lang, span.firstDay, span.lastDay + weeksNumber * 7)
        );
        onRefreshTables();
        setSpecialTable(made.tableName);
        const years = chinaCalendarSources().map((s) => s.year).join(", ");
        return (_s, l) => ({
          intent: "success",
          text: translator(l)("forecast.tabChinaCreated", { table: made.tableName, sheet: made.sheetName, count: made.rows, years }),
        });
      } catch (error) {
        return forecastError(error);
      }
    });

  const buildPlan = () =>
    planTask.run("build", async (signal, progress) => {
      const targets = planTargetsFromInputs({ ...plan, intervalSec: String(built!.intervalMin * 60) }, strings);
      const sheet = buildStaffingPlan(built!.source, targets, lang);
      const written = await workbook.run((port) =>
        writeWorkbookModel(port, { lang, sheets: [sheet] }, { signal, onProgress: (f) => progress(f) })
      );
      return (_s, l) => ({
        intent: "success",
        text: translator(l)("forecast.tabPlanWritten", { sheet: written.sheetNames[0], forecast: built!.source.sheetName }),
      });
    });

  const planInput = (key: InputKey) => (
    <Field key={key} label={strings[key]} className={styles.grow}>
      <Input
        id={`forecast-plan-${key}`}
        inputMode="decimal"
        value={plan[key]}
        onChange={(_, data) => setPlan((now) => ({ ...now, [key]: data.value }))}
      />
    </Field>
  );

  const methods = [
    { value: "auto", text: t("forecast.tabMethodAuto") },
    ...METHOD_IDS.map((id) => ({ value: id, text: FORECAST_LABELS[lang].methodName(id) })),
  ];
  return (
    <div className={styles.root}>
      <DataSource
        id="forecast"
        label={t("forecast.tabHistory")}
        columnsTitle={strings.mapping}
        intro={t("forecast.tabHistoryIntro")}
        workbook={workbook}
        task={task}
        source={history}
        tables={tables}
        onRefreshTables={onRefreshTables}
        onLoaded={(detected, table) => {
          // Data read again is asked its date order again; the field takes focus when it must be answered.
          dateOrder.choose(undefined);
          if (undecidedHistoryDateOrder(table, detected)) focusSoon("forecast-date-order");
        }}
        lang={lang}
        strings={strings}
        columnsExtra={<DateOrderField id="forecast-date-order" state={dateOrder} lang={lang} />}
      />
      <div className={styles.section}>
        <div className={styles.row}>
          <Field label={t("forecast.tabWeeks")} className={styles.grow}>
            <Input id="forecast-weeks" inputMode="numeric" value={weeks} onChange={(_, d) => setWeeks(d.value)} />
          </Field>
          <ChoiceField
            id="forecast-method"
            label={t("forecast.tabMethod")}
            className={styles.grow}
            choices={methods}
            selected={method}
            onSelect={(value) => setMethod(value as MethodChoice)}
          />
        </div>
        <ChoiceField
          id="forecast-special"
          label={t("forecast.tabSpecialDays")}
          choices={[{ value: NONE, text: t("forecast.tabNoSpecialDays") }, ...tables.map((n) => ({ value: n, text: n }))]}
          selected={specialTable}
          onSelect={setSpecialTable}
        />
        <Button
          id="forecast-create-china"
          disabled={task.running !== undefined || !history.current || dateOrder.needed}
          onClick={createCalendar}
        >
          {t("forecast.tabCreateChina")}
        </Button>
        <Outcome id="forecast-calendar-outcome" message={task.messageFor("calendar")} />
        <Field label={t("forecast.tabFallbackAht")}>
          <Input id="forecast-aht" inputMode="decimal" value={aht} onChange={(_, d) => setAht(d.value)} />
        </Field>
      </div>
      <BuildActions
        id="forecast"
        strings={strings}
        lang={lang}
        task={task}
        label={t("forecast.tabBuildForecast")}
        blocker={
          !history.current
            ? t("forecast.tabReadHistoryFirst")
            : dateOrder.needed
              ? t("taskpane.buildNeedsDateOrder")
              : undefined
        }
        onBuild={build}
      />
      <div className={styles.section}>
        <strong>{t("forecast.tabPlanTargets")}</strong>
        <div className={styles.row}>
          {planInput("serviceLevelPct")}
          {planInput("targetTimeSec")}
        </div>
        {planInput("shrinkagePct")}
      </div>
      <BuildActions
        id="forecast-plan"
        strings={strings}
        lang={lang}
        task={planTask}
        label={t("forecast.tabPlanFromForecast")}
        blocker={built ? undefined : t("forecast.tabBuildForecastFirst")}
        onBuild={buildPlan}
      />
    </div>
  );
}
