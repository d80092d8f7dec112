/**
 * What the taskpane shows when Office is ready, decided apart from React and Office.js so every case is
 * tested: the app on Excel's own workbook; a message when Excel is too old for the report writer
 * (ExcelApi 1.9: page layout, print titles, gridlines); the app on a test's fake workbook only when no
 * Office host is present; otherwise how to open the add-in.
 */
export type Startup<W> =
  | { view: "app"; workbook: W; displayLanguage?: string }
  | { view: "excelTooOld"; displayLanguage?: string }
  | { view: "notInExcel" };

export interface StartupFacts<W> {
  /** Office.onReady's host: "Excel" inside Excel, null in a plain browser. */
  host: string | null | undefined;
  displayLanguage?: string;
  supportsExcelApi19: () => boolean;
  officeWorkbook: W;
  testHook?: { workbook: W; displayLanguage?: string };
}

export function decideStartup<W>(facts: StartupFacts<W>): Startup<W> {
  if (facts.host === "Excel") {
    if (!facts.supportsExcelApi19())
      return { view: "excelTooOld", displayLanguage: facts.displayLanguage };
    return { view: "app", workbook: facts.officeWorkbook, displayLanguage: facts.displayLanguage };
  }
  if (!facts.host && facts.testHook) {
    return {
      view: "app",
      workbook: facts.testHook.workbook,
      displayLanguage: facts.testHook.displayLanguage,
    };
  }
  return { view: "notInExcel" };
}
