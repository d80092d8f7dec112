/* global Office, document, window */
/**
 * The taskpane's entry: the only place that calls Office.onReady and picks the workbook the UI talks to.
 * In Excel that is Office.js. Outside any Office host (office.js loaded in a plain browser), the page uses
 * a workbook a test put on `window.__servicePlannerTestWorkbook`, or shows how to open the add-in; inside
 * Excel the test hook is never looked at.
 */
import { createRoot } from "react-dom/client";
import { officeWorkbookAccess, type WorkbookAccess } from "../excel/officePort";
import { App } from "./App";
import { STRINGS, languageFor } from "./i18n";
import { decideStartup } from "./startup";

interface TestHook {
  workbook: WorkbookAccess;
  displayLanguage?: string;
  /** Office's page colour to pretend (a dark theme). */
  bodyBackgroundColor?: string;
}

Office.onReady((info) => {
  const root = document.getElementById("root");
  if (!root) return;
  const inExcel = info.host === Office.HostType.Excel;
  const startup = decideStartup<WorkbookAccess>({
    host: info.host ? String(info.host) : null,
    displayLanguage: inExcel ? Office.context.displayLanguage : undefined,
    supportsExcelApi19: () => Office.context.requirements.isSetSupported("ExcelApi", "1.9"),
    officeWorkbook: officeWorkbookAccess,
    // Read only outside any Office host: inside Excel the hook is never looked at.
    testHook: info.host ? undefined : (window as { __servicePlannerTestWorkbook?: TestHook }).__servicePlannerTestWorkbook,
  });
  const reactRoot = createRoot(root);
  const hook = (window as { __servicePlannerTestWorkbook?: TestHook }).__servicePlannerTestWorkbook;
  // officeTheme is missing on some hosts (and outside Office): the light theme then.
  const bodyBackgroundColor = inExcel
    ? Office.context.officeTheme?.bodyBackgroundColor
    : info.host
      ? undefined
      : hook?.bodyBackgroundColor;
  if (startup.view === "app") {
    reactRoot.render(
      <App
        workbook={startup.workbook}
        displayLanguage={startup.displayLanguage}
        bodyBackgroundColor={bodyBackgroundColor}
      />
    );
  } else if (startup.view === "excelTooOld") {
    reactRoot.render(<p role="alert">{STRINGS[languageFor(startup.displayLanguage)].excelTooOld}</p>);
  } else {
    reactRoot.render(<p>{STRINGS[languageFor(navigator.language)].notInExcel}</p>);
  }
});
