/**
 * Adds native chart parts to a workbook ExcelJS wrote (ExcelJS writes no charts): for each sheet with
 * charts, xl/drawings/drawingN.xml with its .rels, xl/charts/chartK.xml, the sheet's <drawing r:id> and
 * relationship, and the [Content_Types].xml overrides. Part names continue after any that already exist.
 */
import JSZip from "jszip";
import type { ChartSpec, SheetModel } from "../workbook";
import { chartSpaceXml, drawingXml, type Anchor, type CellLookup } from "./chartXml";
import {
  appendToRoot,
  childElements,
  elementsNamed,
  NS_OFFICE_RELATIONSHIPS,
  parseXml,
  serializeXml,
} from "./xmlPart";

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
  const workbook = parseXml(await zip.file("xl/workbook.xml")!.async("string"), "xl/workbook.xml");
  const rels = parseXml(
    await zip.file("xl/_rels/workbook.xml.rels")!.async("string"),
    "xl/_rels/workbook.xml.rels"
  );
  const targets = new Map<string, string>();
  for (const rel of elementsNamed(rels, "Relationship")) {
    const id = rel.getAttribute("Id");
    const target = rel.getAttribute("Target");
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, "").replace(/^\//, ""));
  }
  const out = new Map<string, string>();
  for (const sheet of elementsNamed(workbook, "sheet")) {
    const name = sheet.getAttribute("name");
    const id = sheet.getAttributeNS(NS_OFFICE_RELATIONSHIPS, "id");
    if (name && id && targets.has(id)) out.set(name, `xl/${targets.get(id)}`);
  }
  return out;
}

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
 * The sheet XML with <drawing r:id="…"/> where the schema wants it: after every element that precedes it,
 * before legacyDrawing … extLst. Only the root's own children count, so an element of the same name nested
 * deeper (a cfRule's <extLst>) is not taken for one. A worksheet holds one drawing only, so a sheet that has
 * one already (images written by ExcelJS) is refused rather than written as a file Excel must repair.
 */
export function insertDrawing(sheetXml: string, relId: string): string {
  const doc = parseXml(sheetXml, "worksheet");
  const root = doc.documentElement!;
  const children = childElements(root);
  if (children.some((c) => c.localName === "drawing"))
    throw new Error("The worksheet already has a drawing; charts cannot be added as a second one.");
  if (!root.getAttribute("xmlns:r"))
    root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:r", NS_OFFICE_RELATIONSHIPS);
  const drawing = doc.createElementNS(root.namespaceURI, "drawing");
  drawing.setAttributeNS(NS_OFFICE_RELATIONSHIPS, "r:id", relId);
  const before = children.find((c) => AFTER_DRAWING.has(c.localName ?? ""));
  if (before) root.insertBefore(drawing, before);
  else root.appendChild(drawing);
  return serializeXml(doc);
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
  const types = parseXml(
    await zip.file("[Content_Types].xml")!.async("string"),
    "[Content_Types].xml"
  );
  const override = (partName: string, contentType: string) =>
    appendToRoot(types, "Override", { PartName: partName, ContentType: contentType });
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
      override(`/xl/charts/chart${chartN}.xml`, CT_CHART);
      chartRels.push(
        `<Relationship Id="rId${i + 1}" Type="${REL_CHART}" Target="../charts/chart${chartN}.xml"/>`
      );
      anchors.push({ anchor: chartAnchor(spec, sheet.columnWidths), name: spec.title || spec.id });
    });
    zip.file(`xl/drawings/drawing${drawingN}.xml`, drawingXml(anchors));
    zip.file(`xl/drawings/_rels/drawing${drawingN}.xml.rels`, relsXml(chartRels));
    override(`/xl/drawings/drawing${drawingN}.xml`, CT_DRAWING);

    const dir = sheetPath.slice(0, sheetPath.lastIndexOf("/"));
    const file = sheetPath.slice(sheetPath.lastIndexOf("/") + 1);
    const relsPath = `${dir}/_rels/${file}.rels`;
    const rels = parseXml(
      zip.file(relsPath) ? await zip.file(relsPath)!.async("string") : relsXml([]),
      relsPath
    );
    const taken = new Set(elementsNamed(rels, "Relationship").map((r) => r.getAttribute("Id")));
    let relN = 1;
    while (taken.has(`rId${relN}`)) relN++;
    appendToRoot(rels, "Relationship", {
      Id: `rId${relN}`,
      Type: REL_DRAWING,
      Target: `../drawings/drawing${drawingN}.xml`,
    });
    zip.file(relsPath, serializeXml(rels));
    zip.file(sheetPath, insertDrawing(await zip.file(sheetPath)!.async("string"), `rId${relN}`));
  }
  zip.file("[Content_Types].xml", serializeXml(types));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

function relsXml(relationships: string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join("")}</Relationships>`
  );
}
