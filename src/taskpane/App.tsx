/** The taskpane: a language switch, a help link and two tabs. Excel is reached only through `workbook`. */
import {
  FluentProvider,
  Link,
  Tab,
  TabList,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { WorkbookAccess } from "../excel/officePort";
import { TARGETS_TABLE_NAME } from "../excel/targetsTable";
import { t } from "../i18n";
import type { Lang } from "../workbook";
import { Announcer } from "./announcer";
import { ChoiceField } from "./ChoiceField";
import type { Handler } from "./handler";
import { LANGUAGE_CHOICES as LANGUAGES, languageFor, STRINGS } from "./i18n";
import { ForecastTab } from "./ForecastTab";
import { PlanTab } from "./PlanTab";
import { ReportTab } from "./ReportTab";
import { translator } from "../i18n";
import { useStyles } from "./styles";
import { isDarkTheme } from "./theme";

export interface AppProps {
  workbook: WorkbookAccess;
  /** Office.context.displayLanguage, e.g. "zh-CN". */
  displayLanguage?: string;
  /** Office.context.officeTheme's page colour: a dark one gives the dark theme. */
  bodyBackgroundColor?: string;
}

/** The user guide, shipped with the add-in (webpack copies docs/ to help/): no site outside it. */
export const HELP_URL = "help/taskpane.md";

export function App({ workbook, displayLanguage, bodyBackgroundColor }: AppProps) {
  const [lang, setLang] = useState<Lang>(() => languageFor(displayLanguage));
  const theme = isDarkTheme(bodyBackgroundColor) ? webDarkTheme : webLightTheme;
  return (
    <FluentProvider theme={theme} dir="ltr" lang={lang}>
      <Announcer lang={lang}>
        <Taskpane workbook={workbook} lang={lang} onLang={setLang} />
      </Announcer>
    </FluentProvider>
  );
}

interface TaskpaneProps {
  workbook: WorkbookAccess;
  lang: Lang;
  onLang: Handler<Lang>;
}

function Taskpane({ workbook, lang, onLang }: TaskpaneProps) {
  const styles = useStyles();
  const strings = STRINGS[lang];
  const [tab, setTab] = useState<"report" | "plan" | "forecast">("report");
  const [tables, setTables] = useState<string[]>([]);
  const [targetsExist, setTargetsExist] = useState<boolean | undefined>();
  // One request: the table list and whether a Targets table exists come from the same read.
  const refreshTables = useCallback(() => {
    workbook.run((port) => port.readWorkbook({})).then(
      (snapshot) => {
        setTables(snapshot.tableNames);
        setTargetsExist(
          snapshot.tableNames.some((n) => n.toLowerCase() === TARGETS_TABLE_NAME.toLowerCase())
        );
      },
      () => setTables([])
    );
  }, [workbook]);
  useEffect(refreshTables, [refreshTables]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = strings.appTitle;
  }, [lang, strings]);

  return (
    <main className={styles.page}>
      <div className={styles.root}>
        {/* Office shows the add-in's name above the pane: the title is for screen readers only. */}
        <h1 className={styles.visuallyHidden}>{strings.appTitle}</h1>
        <div className={styles.header}>
          <ChoiceField
            id="language"
            label={strings.language}
            className={styles.language}
            choices={LANGUAGES.map((l) => ({ value: l.lang, text: l.name }))}
            selected={lang}
            onSelect={(value) => onLang(value as Lang)}
          />
          <Link href={HELP_URL} target="_blank" rel="noopener noreferrer">
            {t(lang, "taskpane.help")}
          </Link>
        </div>
        <TabList
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as "report" | "plan" | "forecast")}
        >
          <Tab value="report" id="tab-report">
            {strings.tabReport}
          </Tab>
          <Tab value="plan" id="tab-plan">
            {strings.tabPlan}
          </Tab>
          <Tab value="forecast" id="tab-forecast">
            {translator(lang)("forecast.tabForecast")}
          </Tab>
        </TabList>
      </div>
      {/* Both tabs stay mounted so switching keeps what was read and chosen. */}
      <div hidden={tab !== "report"} role="tabpanel" aria-labelledby="tab-report">
        <ReportTab
          workbook={workbook}
          lang={lang}
          strings={strings}
          tables={tables}
          targetsExist={targetsExist}
          onRefreshTables={refreshTables}
        />
      </div>
      <div hidden={tab !== "forecast"} role="tabpanel" aria-labelledby="tab-forecast">
        <ForecastTab
          workbook={workbook}
          lang={lang}
          strings={strings}
          tables={tables}
          onRefreshTables={refreshTables}
        />
      </div>
      <div hidden={tab !== "plan"} role="tabpanel" aria-labelledby="tab-plan">
        <PlanTab
          workbook={workbook}
          lang={lang}
          strings={strings}
          tables={tables}
          onRefreshTables={refreshTables}
        />
      </div>
    </main>
  );
}
