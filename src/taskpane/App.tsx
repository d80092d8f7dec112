/** The taskpane: a language switch and two tabs. Excel is reached only through the `workbook` it is given. */
import { FluentProvider, Tab, TabList, Title3, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { WorkbookAccess } from "../excel/officePort";
import type { Lang } from "../workbook";
import { ChoiceField } from "./ChoiceField";
import type { Handler } from "./handler";
import { LANGUAGE_CHOICES as LANGUAGES, languageFor, STRINGS } from "./i18n";
import { PlanTab } from "./PlanTab";
import { ReportTab } from "./ReportTab";
import { useStyles } from "./styles";

export interface AppProps {
  workbook: WorkbookAccess;
  /** Office.context.displayLanguage, e.g. "zh-CN". */
  displayLanguage?: string;
}

export function App({ workbook, displayLanguage }: AppProps) {
  const [lang, setLang] = useState<Lang>(() => languageFor(displayLanguage));
  return (
    <FluentProvider theme={webLightTheme} dir="ltr" lang={lang}>
      <Taskpane workbook={workbook} lang={lang} onLang={setLang} />
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
  const [tab, setTab] = useState<"report" | "plan">("report");
  const [tables, setTables] = useState<string[]>([]);
  const refreshTables = useCallback(() => {
    workbook.run((port) => port.tableNames()).then(setTables, () => setTables([]));
  }, [workbook]);
  useEffect(refreshTables, [refreshTables]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = strings.appTitle;
  }, [lang, strings]);

  return (
    <main>
      <div className={styles.root}>
        <div className={styles.header}>
          <Title3 as="h1">{strings.appTitle}</Title3>
          <ChoiceField
            id="language"
            label={strings.language}
            className={styles.language}
            choices={LANGUAGES.map((l) => ({ value: l.lang, text: l.name }))}
            selected={lang}
            onSelect={(value) => onLang(value as Lang)}
          />
        </div>
        <TabList
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as "report" | "plan")}
        >
          <Tab value="report" id="tab-report">
            {strings.tabReport}
          </Tab>
          <Tab value="plan" id="tab-plan">
            {strings.tabPlan}
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
