import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import {
  ACTIVITY_FIELDS,
  JOB_FIELDS,
  buildReport,
  defaultTargets,
  detectColumns,
  DEFAULT_REPORT_OPTIONS,
} from "../../src/report";
import { STATUS_COLOURS, type WorkbookModel } from "../../src/workbook";
import { tableFromCsv } from "../../src/xlsx/readTable";
import { uniqueSheetName, writeWorkbookXlsx } from "../../src/xlsx/writeXlsxFile";
import { readXlsxGrid } from "../../src/xlsx/readXlsx";
import { rangeFormula } from "../../src/xlsx/chartXml";

const samples = path.join(__dirname, "..", "..", "samples");
const activity = tableFromCsv(
  fs.readFileSync(path.join(samples, "activity-2026-09-10.csv"), "utf8")
);
const jobs = tableFromCsv(fs.readFileSync(path.join(samples, "service-jobs-2026-10.csv"), "utf8"));

let model: WorkbookModel;
let bytes: Buffer;
let sheet: ExcelJS.Worksheet;
let zip: JSZip;

beforeAll(async () => {
  model = buildReport(activity, detectColumns(activity.headers, ACTIVITY_FIELDS), {
    ...DEFAULT_REPORT_OPTIONS,
    targets: defaultTargets(),
    builtAt: new Date(Date.UTC(2026, 10, 2, 9)),
    jobs: { table: jobs, mapping: detectColumns(jobs.headers, JOB_FIELDS) },
  });
  bytes = await writeWorkbookXlsx(model);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  sheet = wb.worksheets[0];
  zip = await JSZip.loadAsync(bytes);
});

const readBack = (row: number, col: number): ExcelJS.Cell =>
  sheet.findCell(row, col) ?? sheet.getRow(row).getCell(col);
const block = (id: string) => model.sheets[0].blocks.find((b) => b.id === id)!;

describe("the sample month written as .xlsx and read back with ExcelJS", () => {
  test("one sheet, named for the month", () => {
    expect(sheet.name).toBe("SQ 2026-10");
  });

  test("every scorecard cell holds the model's value and number format", () => {
    const sc = block("scorecard");
    let checked = 0;
    sc.cells.forEach((cells, r) =>
      cells.forEach((c, k) => {
        // ExcelJS cells, not Office.js ones: plain objects, nothing to load or sync.
        const written = readBack(sc.row + r + 1, sc.col + k + 1);
        if (written.isMerged && written.master !== written) return;
        expect(written.value ?? null).toEqual(c.value);
        if (c.style?.numFmt) expect(written.numFmt).toBe(c.style.numFmt);
        checked++;
      })
    );
    expect(checked).toBeGreaterThan(150);
  });

  test("status cells carry the status colours", () => {
    const sc = block("scorecard");
    const statuses = sc.cells
      .slice(1, -1)
      .map((r, i) => ({ text: r[7].value, cell: sheet.getCell(sc.row + i + 2, 8) }));
    const seen = new Set<string>();
    for (const { text, cell } of statuses) {
      if (text === null) continue;
      const key = text as keyof typeof STATUS_COLOURS;
      seen.add(key);
      const fill = cell.fill as ExcelJS.FillPattern;
      expect(fill.fgColor?.argb).toBe(`FF${STATUS_COLOURS[key].fill}`);
      expect(cell.font.color?.argb).toBe(`FF${STATUS_COLOURS[key].font}`);
    }
    expect([...seen].sort()).toEqual(["AMBER", "GREEN", "RED"]);
  });

  test("column widths, merges, frozen header, print setup", () => {
    expect(sheet.getColumn(1).width).toBe(model.sheets[0].columnWidths[0]);
    expect(sheet.getColumn(2).width).toBe(model.sheets[0].columnWidths[1]);
    expect(sheet.getCell("A1").isMerged).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1, showGridLines: false });
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(sheet.getCell("A1").font.bold).toBe(true);
  });

  test("the page look both writers share: Calibri, margins in inches, sheet name and page / pages in the footer", () => {
    // The same figures test/excel/officePort.test.ts expects from the Office.js writer (there in points).
    expect(sheet.pageSetup.margins).toMatchObject({ left: 0.4, right: 0.4, top: 0.5, bottom: 0.5 });
    expect(sheet.headerFooter.oddFooter).toBe("&L&8&A&R&8&P / &N");
    expect(sheet.getCell("A1").font.name).toBe("Calibri");
  });

  test("row heights come from the model only: the 16 pt title row is 26 pt, like every taller row", () => {
    // The title's height lives in the model (SheetModel.rowHeights), so the Office.js writer gives it too.
    expect(model.sheets[0].rowHeights?.[0]).toBe(26);
    for (const [row, points] of Object.entries(model.sheets[0].rowHeights ?? {}))
      expect(sheet.getRow(Number(row) + 1).height).toBe(points);
    // A row the model leaves alone keeps the default height.
    const trendTitle = block("trend-title").row;
    expect(model.sheets[0].rowHeights?.[trendTitle]).toBeUndefined();
    expect(sheet.getRow(trendTitle + 1).height).toBeUndefined();
  });

  test("sections are kept whole on printed pages by manual page breaks", async () => {
    const breaks = model.sheets[0].print.rowBreaks!;
    expect(breaks.length).toBeGreaterThan(1);
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    // A break after row N (1-based) is the 0-based row N that starts the next page.
    const written = [...sheetXml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(written).toEqual(breaks);
    const trendTitle = model.sheets[0].blocks.find((b) => b.id === "trend-title")!;
    expect(breaks).toContain(trendTitle.row);
  });

  test("the charts are native chart parts wired into the sheet", async () => {
    const charts = Object.keys(zip.files)
      .filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
      .sort();
    expect(charts).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/charts/chart4.xml",
    ]);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    for (const c of charts)
      expect(types).toContain(
        `PartName="/${c}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`
      );
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const relId = /<drawing r:id="(rId\d+)"\/>/.exec(sheetXml)![1];
    const rels = await zip.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string");
    expect(rels).toMatch(new RegExp(`Id="${relId}"[^>]*Target="../drawings/drawing1.xml"`));
    const drawingRels = await zip.file("xl/drawings/_rels/drawing1.xml.rels")!.async("string");
    expect(drawingRels.match(/relationships\/chart"/g)).toHaveLength(4);
    const drawing = await zip.file("xl/drawings/drawing1.xml")!.async("string");
    expect(drawing.match(/<xdr:twoCellAnchor/g)).toHaveLength(4);
  });

  test("a chart's series reference the trend table and cache its values", async () => {
    const spec = model.sheets[0].charts[0];
    const xml = await zip.file("xl/charts/chart1.xml")!.async("string");
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    const sers = doc.getElementsByTagNameNS(C, "ser");
    expect(sers.length).toBe(spec.series.length);
    const val = sers[0].getElementsByTagNameNS(C, "val")[0];
    expect(val.getElementsByTagNameNS(C, "f")[0].textContent).toBe(
      rangeFormula("SQ 2026-10", spec.series[0].values)
    );
    const pts = Array.from(val.getElementsByTagNameNS(C, "pt"));
    const trend = block("trend");
    const expected = trend.cells.slice(1, 32).map((r) => r[5].value);
    for (const pt of pts) {
      const idx = Number(pt.getAttribute("idx"));
      expect(Number(pt.getElementsByTagNameNS(C, "v")[0].textContent)).toBeCloseTo(
        expected[idx] as number,
        12
      );
    }
    expect(pts.length).toBe(expected.filter((v) => typeof v === "number").length);
    expect(doc.getElementsByTagNameNS(C, "lineChart").length).toBe(1);
  });

  test("the written workbook reads back as a table (the .xlsx input path)", async () => {
    // The raw grid: the report's title is its first row (as a table, the header would be found by field
    // words further down, as for any title block).
    const grid = await readXlsxGrid(bytes);
    expect(String(grid.rows[0][0])).toContain("Service quality report");
  });
});

describe("sheet names", () => {
  test("a taken name gets (2), (3)…, within 31 characters, and bad characters are replaced", () => {
    expect(uniqueSheetName("SQ 2026-10", new Set(["SQ 2026-10"]))).toBe("SQ 2026-10 (2)");
    expect(uniqueSheetName("SQ 2026-10", new Set(["sq 2026-10", "SQ 2026-10 (2)"]))).toBe(
      "SQ 2026-10 (3)"
    );
    expect(uniqueSheetName("a/b:c", new Set())).toBe("a-b-c");
    const long = "x".repeat(40);
    expect(uniqueSheetName(long, new Set(["x".repeat(31)]))).toHaveLength(31);
  });
  test("chart formulas quote sheet names", () => {
    expect(rangeFormula("Bob's SQ", { row: 60, col: 5, rows: 31, cols: 1 })).toBe(
      "'Bob''s SQ'!$F$61:$F$91"
    );
  });
});
