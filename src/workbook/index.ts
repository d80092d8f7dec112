/**
 * The workbook model: sheets as data (cells, formats, charts, print setup) that both writers render, the
 * Office.js door (src/excel) into the open workbook and the file door (src/xlsx) into an .xlsx. The report,
 * the staffing plan and the forecast each build one; nothing here knows about any of them or either writer.
 */
export * from "./model";
export { MAX_SHEET_NAME_LENGTH, cleanSheetName, uniqueSheetName } from "./sheetNames";
export { cellAddress, columnLetters, sheetPrefix } from "./a1";
