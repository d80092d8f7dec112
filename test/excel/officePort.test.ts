/** The thin Office.js glue, against office-addin-mock's Excel object model. */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock only reads OfficeApp.Outlook from office-addin-manifest (stubbed for jest).
jest.mock("office-addin-manifest", () => ({ OfficeApp: { Excel: "excel", Outlook: "outlook" } }));
import {
  columnWidthPoints,
  MAX_CELLS_PER_READ,
  officeConstant,
  officeWorkbookAccess,
} from "../../src/excel/officePort";

interface Recorded {
  ranges: Array<{
    sheet: string;
    row: number;
    col: number;
    rows: number;
    cols: number;
    range: Record<string, unknown>;
  }>;
  added: string[];
  printTitles: string[];
  /** Every sheet's page layout handed out, to read back what the port set on it. */
  layouts: Record<string, unknown>[];
  pageBreaks: unknown[];
  suspended: number;
  calculated: string[];
  /** Border edges set, with the range they were set on. */
  borders: Array<{ edge: string; rows: number; style?: unknown }>;
}

/** The "Data" sheet's used part: a header on row 5 (C5:D5) and `dataRows` rows below it. */
let dataRows = 1;
const dataCell = (row: number, col: number): unknown =>
  row === 4 ? ["Date", "Offered"][col - 2] : col === 2 ? 46295 + row : 100 + row;

function mockExcel(recorded: Recorded) {
  const rangeFor = (sheet: string) =>
    function (row: number, col: number, rows: number, cols: number) {
      const range = {
        formulas: undefined as unknown,
        numberFormat: undefined as unknown,
        format: {
          font: {},
          fill: {},
          borders: {
            getItem: (edge: string) => {
              const border = { edge, rows };
              recorded.borders.push(border);
              return border;
            },
          },
          columnWidth: 0,
        },
        merge: () => undefined,
        // Like the used range below, this range answers load itself (the values of the Data sheet).
        load: () => ({
          values: Array.from({ length: rows }, (_, r) =>
            Array.from({ length: cols }, (_, c) => dataCell(row + r, col + c))
          ),
        }),
      };
      recorded.ranges.push({ sheet, row, col, rows, cols, range });
      return range;
    };
  const sheet = (name: string) => ({
    name,
    getRangeByIndexes: rangeFor(name),
    freezePanes: { freezeRows: () => undefined },
    pageLayout: pageLayout(),
    horizontalPageBreaks: { add: (range: { row?: number }) => recorded.pageBreaks.push(range) },
    activate: () => undefined,
  });
  function pageLayout(): Record<string, unknown> {
    const layout = {
      setPrintTitleRows: (rows: string) => recorded.printTitles.push(rows),
      headersFooters: { defaultForAllPages: {} },
    };
    recorded.layouts.push(layout);
    return layout;
  }
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          // office-addin-mock cannot load collection items ("items/name"): this collection answers load itself.
          load: function () {
            return { items: [{ name: "Data" }, { name: "SQ 2026-10" }] };
          },
          getItem: (name: string) => sheet(name),
          add: (name: string) => {
            recorded.added.push(name);
            return sheet(name);
          },
        },
        tables: {
          load: function () {
            return { items: [] };
          },
        },
        getSelectedRange: function () {
          return this.selection;
        },
        selection: {
          worksheet: sheet("Data"),
          // Whole columns C:D.
          // office-addin-mock marks no property of this object loaded: load answers with a plain one.
          load: function () {
            return {
              ...this,
              worksheet: { name: "Data", load: () => ({ name: "Data" }) },
              rowIndex: 0,
              columnIndex: 2,
              rowCount: 1048576,
              columnCount: 2,
            };
          },
          getTables: () => ({ load: () => ({ items: [] }) }),
          getSurroundingRegion: () => ({
            getUsedRangeOrNullObject: () => ({ load: () => ({ isNullObject: true }) }),
          }),
          // Whole columns C:D selected; the used part starts at C5. Like the collection above, the used
          // range answers load itself (office-addin-mock cannot model isNullObject).
          getUsedRangeOrNullObject: (valuesOnly: boolean) => ({
            load: () => ({
              rowIndex: 4,
              columnIndex: 2,
              rowCount: dataRows + 1,
              columnCount: 2,
              isNullObject: !valuesOnly,
            }),
          }),
        },
      },
      application: {
        suspendApiCalculationUntilNextSync: () => recorded.suspended++,
        calculate: (type: string) => recorded.calculated.push(type),
      },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  });
  return mock;
}

describe("OfficeWorkbookPort over Excel.run", () => {
  let recorded: Recorded;
  beforeEach(() => {
    dataRows = 1;
    recorded = emptyRecord();
    (global as unknown as { Excel: unknown }).Excel = mockExcel(recorded);
  });
  afterEach(() => {
    delete (global as unknown as { Excel?: unknown }).Excel;
  });

  test("reads the sheet names and the selection (header row + data rows, sheet row number of the first data row)", async () => {
    const names = await officeWorkbookAccess.run((port) => port.sheetNames());
    expect(names).toEqual(["Data", "SQ 2026-10"]);
    const table = await officeWorkbookAccess.run((port) => port.readSelection());
    expect(table).toEqual({
      headers: ["Date", "Offered"],
      rows: [[46300, 105]],
      firstRowNumber: 6, // rowIndex 4 is sheet row 5, the header; data starts on row 6
      sheetName: "Data",
      firstColumn: 2,
      // Read again as the same columns' used part (rows added below are read too).
      source: { kind: "range", sheet: "Data", ref: { row: 0, col: 2, rows: 1048576, cols: 2 } },
    });
  });

  test("a large selection is read in slices of whole rows, each well under the 5 MB reply limit", async () => {
    dataRows = MAX_CELLS_PER_READ; // two columns: 100,001 rows with the header, three reads
    const table = await officeWorkbookAccess.run((port) => port.readSelection());
    const reads = recorded.ranges.map(({ row, col, rows, cols }) => ({ row, col, rows, cols }));
    expect(reads).toEqual([
      { row: 4, col: 2, rows: MAX_CELLS_PER_READ / 2, cols: 2 },
      { row: 4 + MAX_CELLS_PER_READ / 2, col: 2, rows: MAX_CELLS_PER_READ / 2, cols: 2 },
      { row: 4 + MAX_CELLS_PER_READ, col: 2, rows: 1, cols: 2 },
    ]);
    expect(table.headers).toEqual(["Date", "Offered"]);
    expect(table.rows).toHaveLength(dataRows);
    expect(table.rows[dataRows - 1]).toEqual([46295 + 4 + dataRows, 100 + 4 + dataRows]);
  });

  test("borders: a rectangle of several bordered rows lines every row, not only its outer edge", async () => {
    await officeWorkbookAccess.run(async (port) => {
      port.formatRects("SQ", [
        { ref: { row: 0, col: 0, rows: 3, cols: 2 }, style: { borderBottom: true } },
        { ref: { row: 5, col: 0, rows: 1, cols: 2 }, style: { borderTop: true } },
      ]);
      await port.sync();
    });
    expect(recorded.borders.map(({ edge, rows, style }) => ({ edge, rows, style }))).toEqual([
      { edge: "EdgeBottom", rows: 3, style: "Continuous" },
      { edge: "InsideHorizontal", rows: 3, style: "Continuous" },
      { edge: "EdgeTop", rows: 1, style: "Continuous" },
    ]);
  });

  test("recalculate asks Excel for a Recalculate (what was written while suspended)", async () => {
    await officeWorkbookAccess.run(async (port) => {
      port.recalculate();
      await port.sync();
    });
    expect(recorded.calculated).toEqual(["Recalculate"]);
  });

  test("writes one formulas array per block: formulas as given, text that Excel would parse kept as text", async () => {
    await officeWorkbookAccess.run(async (port) => {
      port.addSheet("SQ 2026-10 (2)");
      port.writeCells("SQ 2026-10 (2)", 3, 1, [
        [{ value: '=HYPERLINK("http://x")' }, { value: 0.8, formula: "=C5/B5" }, { value: null }],
        [{ value: "Billing" }, { value: "2026-10" }, { value: true }],
      ]);
      port.formatRects("SQ 2026-10 (2)", [
        {
          ref: { row: 3, col: 1, rows: 2, cols: 2 },
          style: { numFmt: "0%", bold: true, fill: "C6EFCE" },
        },
      ]);
      port.setColumnWidths("SQ 2026-10 (2)", [10]);
      port.suspendCalculationUntilNextSync();
      await port.sync();
    });
    expect(recorded.added).toEqual(["SQ 2026-10 (2)"]);
    expect(recorded.suspended).toBe(1);
    const [cells, formatted, width] = recorded.ranges;
    expect(cells).toMatchObject({ row: 3, col: 1, rows: 2, cols: 3 });
    expect(cells.range.formulas).toEqual([
      ['\'=HYPERLINK("http://x")', "=C5/B5", ""],
      ["Billing", "'2026-10", true],
    ]);
    // The formulas array has exactly the range's dimensions (Excel rejects any other shape).
    expect(cells.range.formulas).toHaveLength(cells.rows);
    for (const row of cells.range.formulas as unknown[][]) expect(row).toHaveLength(cells.cols);
    expect(formatted.range.numberFormat).toEqual([
      ["0%", "0%"],
      ["0%", "0%"],
    ]);
    expect(formatted.range.format).toMatchObject({
      font: { bold: true },
      fill: { color: "#C6EFCE" },
    });
    expect(width.range.format).toMatchObject({ columnWidth: columnWidthPoints(10) });
  });
});

test("print setup: A4 landscape, one page wide, title rows and a manual break above each section", async () => {
  const recorded = emptyRecord();
  (global as unknown as { Excel: unknown }).Excel = mockExcel(recorded);
  await officeWorkbookAccess.run(async (port) => {
    port.setPrint("SQ", {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: { first: 0, last: 2 },
      rowBreaks: [40, 75],
    });
    await port.sync();
  });
  expect(recorded.printTitles).toEqual(["$1:$3"]);
  // Each break is added at column A of the row that starts the new page.
  expect(recorded.ranges.map(({ row, col, rows, cols }) => ({ row, col, rows, cols }))).toEqual([
    { row: 40, col: 0, rows: 1, cols: 1 },
    { row: 75, col: 0, rows: 1, cols: 1 },
  ]);
  expect(recorded.pageBreaks).toHaveLength(2);
  // The same margins and footer as the .xlsx writer (test/xlsx reads them back from the file): points = in × 72.
  expect(recorded.layouts.find((l) => "leftMargin" in l)).toMatchObject({
    leftMargin: 0.4 * 72,
    rightMargin: 0.4 * 72,
    topMargin: 0.5 * 72,
    bottomMargin: 0.5 * 72,
    headersFooters: { defaultForAllPages: { leftFooter: "&8&A", rightFooter: "&8&P / &N" } },
  });
  delete (global as unknown as { Excel?: unknown }).Excel;
});

function emptyRecord(): Recorded {
  return {
    ranges: [],
    added: [],
    suspended: 0,
    printTitles: [],
    layouts: [],
    pageBreaks: [],
    calculated: [],
    borders: [],
  };
}

describe("constants and widths", () => {
  test("text that looks like a formula or number stays text; numbers and booleans pass; null is empty", () => {
    // Never HTML-escaped: text is text (the digit only earns it the invisible text marker).
    expect(officeConstant("<img src=x onerror=alert(1)>")).toBe("'<img src=x onerror=alert(1)>");
    expect(officeConstant("+44 20 7946 0000")).toBe("'+44 20 7946 0000");
    expect(officeConstant("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(officeConstant("0012")).toBe("'0012");
    // Excel would read these as a date, a number, a currency amount, a boolean and an error.
    for (const parsed of ["Oct 2026", "1e5", "$5", "TRUE", "false", "#N/A"])
      expect(officeConstant(parsed)).toBe(`'${parsed}`);
    // Text starting with an apostrophe keeps it: Excel takes the first one as its text marker.
    expect(officeConstant("'Forecast' 人力需求计划")).toBe("''Forecast' 人力需求计划");
    expect(officeConstant("Billing hotline")).toBe("Billing hotline");
    expect(officeConstant(12)).toBe(12);
    expect(officeConstant(false)).toBe(false);
    expect(officeConstant(null)).toBe("");
  });
  test("a width of 8.43 characters is Excel's default 64 px = 48 pt", () => {
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 0);
  });
});
