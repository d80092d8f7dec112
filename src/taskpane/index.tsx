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

interface TestHook {
  workbook: WorkbookAccess;
  displayLanguage?: string;
}

Office.onReady((info) => {
  const root = document.getElementById("root");
  if (!root) return;
  if (info.host === Office.HostType.Excel) {
    createRoot(root).render(
      <App workbook={officeWorkbookAccess} displayLanguage={Office.context.displayLanguage} />
    );
    return;
  }
  const testHook = info.host
    ? undefined
    : (window as { __servicePlannerTestWorkbook?: TestHook }).__servicePlannerTestWorkbook;
  if (testHook) {
    createRoot(root).render(
      <App workbook={testHook.workbook} displayLanguage={testHook.displayLanguage} />
    );
    return;
  }
  createRoot(root).render(<p>{STRINGS[languageFor(navigator.language)].notInExcel}</p>);
});
