/**
 * Adds native chart parts to a workbook ExcelJS wrote (ExcelJS writes no charts): for each sheet with
 * charts, xl/drawings/drawingN.xml with its .rels, xl/charts/chartK.xml, the sheet's <drawing r:id> and
 * relationship, and the [Content_Types].xml overrides. Part names continue after any that already exist.
 */
import JSZip from "jszip";
import type { ChartSpec, SheetModel } from "../workbook";
import { chartSpaceXml, drawingXml, type Anchor, type CellLookup } from "./chartXml";

const EMU_PER_PX = 9525;
const DEFAULT_ROW_PX = 20;
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** Excel's pixel width of a column `width` characters wide (Calibri 11: 7 px per character plus 5 px padding). */
const columnPx = (width: number) => Math.floor(width * 7 + 5);

export function chartAnchor(spec: ChartSpec, columnWidths: number[], defaultWidth = 9): Anchor {
  const widthOf = (c: number) => columnPx(columnWidths[c] ?? defaultWidth);
  let col = spec.anchor.col;
  let left = spec.anchor.widthPx;
  while (left > widthOf(col)) {
    left -= widthOf(col);
    col++;
  }
  const rows = Math.floor(spec.anchor.heightPx / DEFAULT_ROW_PX);
  const rowOff = spec.anchor.heightPx - rows * DEFAULT_ROW_PX;
  return {
    from: { col: spec.anchor.col, colOffEmu: 0, row: spec.anchor.row, rowOffEmu: 0 },
    to: {
      col,
      colOffEmu: left * EMU_PER_PX,
      row: spec.anchor.row + rows,
      rowOffEmu: rowOff * EMU_PER_PX,
    },
  };
}

function lookupFor(sheet: SheetModel): CellLookup {
  const values = new Map<string, string | number | boolean | null>();
  for (const b of sheet.blocks) {
    b.cells.forEach((cells, r) =>
      cells.forEach((c, k) => values.set(`${b.row + r},${b.col + k}`, c.value))
    );
  }
  return (row, col) => values.get(`${row},${col}`) ?? null;
}

/** The number format of a chart's category cells when they hold dates, else null. */
function categoryDateFormat(sheet: SheetModel, spec: ChartSpec): string | null {
  for (const b of sheet.blocks) {
    const r = spec.categories.row - b.row;
    const c = spec.categories.col - b.col;
    const cell = b.cells[r]?.[c];
    if (cell)
      return typeof cell.value === "number" && /[dmy]/.test(cell.style?.numFmt ?? "")
        ? "mm-dd"
        : null;
  }
  return null;
}

async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, "").replace(/^\//, ""));
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(m[0])?.[1];
    const id = /r:id="([^"]+)"/.exec(m[0])?.[1];
    if (name && id && targets.has(id)) out.set(unescapeXml(name), `xl/${targets.get(id)}`);
  }
  return out;
}

export const unescapeXml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

function nextIndex(zip: JSZip, folder: string, stem: string): number {
  let n = 1;
  while (zip.file(`${folder}/${stem}${n}.xml`)) n++;
  return n;
}

/**
 * The worksheet's child elements that come after <drawing> in CT_Worksheet's sequence (ECMA-376 Part 1,
 * §18.3.1.99; sml.xsd): … rowBreaks, colBreaks, customProperties, cellWatches, ignoredErrors, smartTags,
 * drawing, legacyDrawing, legacyDrawingHF, drawingHF, picture, oleObjects, controls, webPublishItems,
 * tableParts, extLst.
 */
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

/**
 * The root's child elements (local name, offset of their start tag). Depth-aware, so an element of the
 * same name nested deeper (a cfRule's or dataValidation's <extLst>) is not taken for a child.
 */
function rootChildren(xml: string): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g)) {
    if (m[1]) {
      depth--;
      continue;
    }
    if (depth === 1) out.push({ name: m[2].replace(/^.*:/, ""), index: m.index! });
    if (!m[3]) depth++;
  }
  return out;
}

/**
 * The sheet XML with <drawing r:id="…"/> where the schema wants it: after every element that precedes it,
 * before legacyDrawing … extLst. A worksheet holds one drawing only, so a sheet that has one already
 * (images written by ExcelJS) is refused rather than written as a file Excel must repair.
 */
export function insertDrawing(sheetXml: string, relId: string): string {
  const element = `<drawing r:id="${relId}"/>`;
  const xml = sheetXml.includes('xmlns:r="')
    ? sheetXml
    : sheetXml.replace(
        /<worksheet\b/,
        '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
      );
  const children = rootChildren(xml);
  if (children.some((c) => c.name === "drawing"))
    throw new Error("The worksheet already has a drawing; charts cannot be added as a second one.");
  const before = children.find((c) => AFTER_DRAWING.has(c.name));
  if (before) return xml.slice(0, before.index) + element + xml.slice(before.index);
  return xml.replace("</worksheet>", `${element}</worksheet>`);
}

export async function addNativeCharts(
  bytes: Buffer,
  sheets: { sheet: SheetModel; name: string }[]
): Promise<Buffer> {
  // A chart without series would be a plotArea without a chart type, which the schema does not allow.
  const chartsOf = (sheet: SheetModel) => sheet.charts.filter((spec) => spec.series.length > 0);
  if (!sheets.some((s) => chartsOf(s.sheet).length)) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const paths = await sheetPaths(zip);
  let types = await zip.file("[Content_Types].xml")!.async("string");
  const overrides: string[] = [];
  for (const { sheet, name } of sheets) {
    const charts = chartsOf(sheet);
    if (!charts.length) continue;
    const sheetPath = paths.get(name);
    if (!sheetPath)
      throw new Error(`The written workbook has no sheet "${name}" to put its charts on.`);
    const lookup = lookupFor(sheet);
    const drawingN = nextIndex(zip, "xl/drawings", "drawing");
    const chartRels: string[] = [];
    const anchors: { anchor: Anchor; name: string }[] = [];
    charts.forEach((spec, i) => {
      const chartN = nextIndex(zip, "xl/charts", "chart");
      zip.file(
        `xl/charts/chart${chartN}.xml`,
        chartSpaceXml(spec, name, lookup, categoryDateFormat(sheet, spec))
      );
      overrides.push(
        `<Override PartName="/xl/charts/chart${chartN}.xml" ContentType="${CT_CHART}"/>`
      );
      chartRels.push(
        `<Relationship Id="rId${i + 1}" Type="${REL_CHART}" Target="../charts/chart${chartN}.xml"/>`
      );
      anchors.push({ anchor: chartAnchor(spec, sheet.columnWidths), name: spec.title || spec.id });
    });
    zip.file(`xl/drawings/drawing${drawingN}.xml`, drawingXml(anchors));
    zip.file(`xl/drawings/_rels/drawing${drawingN}.xml.rels`, relsXml(chartRels));
    overrides.push(
      `<Override PartName="/xl/drawings/drawing${drawingN}.xml" ContentType="${CT_DRAWING}"/>`
    );

    const dir = sheetPath.slice(0, sheetPath.lastIndexOf("/"));
    const file = sheetPath.slice(sheetPath.lastIndexOf("/") + 1);
    const relsPath = `${dir}/_rels/${file}.rels`;
    const existing = zip.file(relsPath) ? await zip.file(relsPath)!.async("string") : relsXml([]);
    let relN = 1;
    while (existing.includes(`Id="rId${relN}"`)) relN++;
    const rel = `<Relationship Id="rId${relN}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingN}.xml"/>`;
    zip.file(relsPath, existing.replace("</Relationships>", `${rel}</Relationships>`));
    zip.file(sheetPath, insertDrawing(await zip.file(sheetPath)!.async("string"), `rId${relN}`));
  }
  types = types.replace("</Types>", `${overrides.join("")}</Types>`);
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

function relsXml(relationships: string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join("")}</Relationships>`
  );
}
