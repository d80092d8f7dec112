/**
 * The taskpane's words, read from the message catalogue (src/i18n/messages/<lang>/taskpane.json). This file
 * holds no text: it gives the components the `strings` object they were written against. New strings go in
 * the catalogue and are read with t(lang, "taskpane.…") where they are used; nothing more is added here.
 */
import { formatList, LANGUAGES, languageFor as nearestLanguage, t } from "../i18n";
import { PLAN_ERROR_KEYS } from "../plan";
import type { SlDenominator } from "../report";
import type { Lang } from "../workbook";

/** Excel's display language ("zh-CN", "zh-Hans-CN", "en-US" …) to the taskpane's language. */
export function languageFor(displayLanguage: string | undefined): Lang {
  return nearestLanguage(displayLanguage);
}

/** Each language named in itself, for the language switch ("English", "简体中文"). */
export const LANGUAGE_CHOICES: { lang: Lang; name: string }[] = LANGUAGES.map((lang) => ({
  lang,
  name: t(lang, "common.languageName"),
}));

const PLAIN = [
  "language",
  "tabReport",
  "tabPlan",
  "dataSource",
  "useSelection",
  "useTable",
  "table",
  "noTables",
  "refreshTables",
  "readData",
  "reading",
  "emptySelection",
  "mapping",
  "mappingHint",
  "notUsed",
  "required",
  "month",
  "noMonths",
  "jobsTable",
  "noJobs",
  "slDenominator",
  "reportLanguage",
  "targets",
  "targetsMissing",
  "targetsPresent",
  "createTargets",
  "openTargets",
  "targetsProblems",
  "buildReport",
  "building",
  "cancel",
  "cancelled",
  "forecast",
  "planTargets",
  "serviceLevelPct",
  "targetTimeSec",
  "intervalSec",
  "intervalHint",
  "shrinkagePct",
  "maxOccupancyPct",
  "patienceSec",
  "patienceHint",
  "hourlyCost",
  "optional",
  "buildPlan",
  "notInExcel",
  "excelTooOld",
] as const;

type PlainKey = (typeof PLAIN)[number];

export type Strings = Record<PlainKey, string> & {
  appTitle: string;
  rowsRead: (rows: number, sheet: string) => string;
  /** The disclosure holding the detected optional columns. */
  otherColumns: (detected: number) => string;
  /** A label with a note after it: "Calls (required)", "最高占用率（%，可选）" (one bracket, never two). */
  withNote: (label: string, note: string) => string;
  column: (letter: string) => string;
  /** A column in a list of columns: its letter and its header ("C: Calls" / "C 列：Calls"). */
  columnWithHeader: (letter: string, header: string) => string;
  denominators: Record<SlDenominator, string>;
  targetsCreated: (sheet: string) => string;
  reportWritten: (sheet: string) => string;
  missingRequired: (fields: string[]) => string;
  cannotBuild: (field: string, message: string) => string;
  excelFailed: (message: string) => string;
  planWritten: (sheet: string) => string;
  notANumber: (field: string) => string;
  /** By PlanInputError field. */
  planErrors: Record<string, string>;
};

// A label that already ends in a bracketed unit ("Max occupancy (%)", "最高占用率（%）").
const LABEL_WITH_UNIT = /^(.*?)\s*[(（]([^()（）]*)[)）]$/;

function stringsFor(lang: Lang): Strings {
  const plain = Object.fromEntries(PLAIN.map((k) => [k, t(lang, `taskpane.${k}`)])) as Record<
    PlainKey,
    string
  >;
  return {
    ...plain,
    appTitle: t(lang, "common.productName"),
    rowsRead: (count, sheet) => t(lang, "taskpane.rowsRead", { count, sheet }),
    otherColumns: (count) => t(lang, "taskpane.otherColumns", { count }),
    withNote: (label, note) => {
      const unit = LABEL_WITH_UNIT.exec(label);
      return unit
        ? t(lang, "taskpane.labelWithUnitAndNote", { label: unit[1], unit: unit[2], note })
        : t(lang, "taskpane.labelWithNote", { label, note });
    },
    column: (letter) => t(lang, "taskpane.column", { letter }),
    columnWithHeader: (letter, header) => t(lang, "taskpane.columnWithHeader", { letter, header }),
    denominators: {
      offeredLessShortAbandons: t(lang, "taskpane.denominatorOfferedLessShortAbandons"),
      offered: t(lang, "taskpane.denominatorOffered"),
      answered: t(lang, "taskpane.denominatorAnswered"),
    },
    targetsCreated: (sheet) => t(lang, "taskpane.targetsCreated", { sheet }),
    reportWritten: (sheet) => t(lang, "taskpane.reportWritten", { sheet }),
    missingRequired: (fields) =>
      t(lang, "taskpane.missingRequired", {
        count: fields.length,
        fields: formatList(lang, fields),
      }),
    cannotBuild: (field, message) => t(lang, "taskpane.cannotBuild", { field, message }),
    excelFailed: (message) => t(lang, "taskpane.excelFailed", { message }),
    planWritten: (sheet) => t(lang, "taskpane.planWritten", { sheet }),
    notANumber: (field) => t(lang, "taskpane.notANumber", { field }),
    planErrors: Object.fromEntries(
      Object.entries(PLAN_ERROR_KEYS).map(([field, key]) => [field, t(lang, key)])
    ),
  };
}

export const STRINGS = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, stringsFor(lang)])
) as Record<Lang, Strings>;
