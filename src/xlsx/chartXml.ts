/**
 * DrawingML for native Excel charts (ECMA-376 Part 1, §21.2 "DrawingML – Charts" and §20.5 spreadsheet
 * drawing): a c:chartSpace per ChartSpec with line and clustered/stacked bar plots sharing one pair of axes,
 * series that reference the sheet's ranges with cached values (so viewers that do not recalculate, such as
 * LibreOffice and previewers, draw them as written), and the drawing part that anchors each chart to cells.
 */
import type { ChartSeries, ChartSpec, RangeRef } from "../workbook";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/**
 * Characters XML 1.0 cannot hold at all (§2.2 Char: C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, lone
 * surrogates). One in a title, series name or cached label makes the part not well-formed, and Excel drops
 * the chart; they are removed, as ExcelJS removes them from cell text.
 */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- matching the control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const escapeXml = (s: string) =>
  s
    .replace(NOT_XML_CHAR, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 'SQ 2026-10'!$F$61:$F$91 */
export function rangeFormula(sheetName: string, r: RangeRef): string {
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  const a = `$${columnLetters(r.col)}$${r.row + 1}`;
  const b = `$${columnLetters(r.col + r.cols - 1)}$${r.row + r.rows}`;
  return `${quoted}!${a}:${b}`;
}

/** Looks up what the sheet shows at (row, col), for the caches. */
export type CellLookup = (row: number, col: number) => string | number | boolean | null;

function cells(r: RangeRef): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < r.rows; i++)
    for (let j = 0; j < r.cols; j++) out.push([r.row + i, r.col + j]);
  return out;
}

function numRef(sheetName: string, r: RangeRef, lookup: CellLookup, formatCode: string): string {
  const points = cells(r)
    .map(([row, col], i) => {
      const v = lookup(row, col);
      return typeof v === "number" && Number.isFinite(v)
        ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`
        : "";
    })
    .join("");
  return (
    `<c:numRef><c:f>${escapeXml(rangeFormula(sheetName, r))}</c:f><c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode>` +
    `<c:ptCount val="${r.rows * r.cols}"/>${points}</c:numCache></c:numRef>`
  );
}

function strRef(sheetName: string, r: RangeRef, lookup: CellLookup): string {
  const points = cells(r)
    .map(([row, col], i) => {
      const v = lookup(row, col);
      return v === null ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`;
    })
    .join("");
  return `<c:strRef><c:f>${escapeXml(rangeFormula(sheetName, r))}</c:f><c:strCache><c:ptCount val="${r.rows * r.cols}"/>${points}</c:strCache></c:strRef>`;
}

function categories(
  spec: ChartSpec,
  sheetName: string,
  lookup: CellLookup,
  dateFormat: string | null
): string {
  return dateFormat !== null
    ? `<c:cat>${numRef(sheetName, spec.categories, lookup, dateFormat)}</c:cat>`
    : `<c:cat>${strRef(sheetName, spec.categories, lookup)}</c:cat>`;
}

function shapeProps(color: string | undefined, line: boolean): string {
  if (!color) return "";
  return line
    ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln></c:spPr>`
    : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`;
}

function series(
  s: ChartSeries,
  index: number,
  line: boolean,
  spec: ChartSpec,
  sheetName: string,
  lookup: CellLookup,
  dateFormat: string | null
): string {
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
    shapeProps(s.color, line) +
    (line ? `<c:marker><c:symbol val="none"/></c:marker>` : `<c:invertIfNegative val="0"/>`) +
    categories(spec, sheetName, lookup, dateFormat) +
    `<c:val>${numRef(sheetName, s.values, lookup, spec.valueAxisFormat ?? "General")}</c:val>` +
    (line ? `<c:smooth val="0"/>` : "") +
    `</c:ser>`
  );
}

const CAT_AX = 500000001;
const VAL_AX = 500000002;

/**
 * One chart part. `dateFormat` is the categories' number format when they are dates (the trend charts),
 * null for text categories (queues).
 */
export function chartSpaceXml(
  spec: ChartSpec,
  sheetName: string,
  lookup: CellLookup,
  dateFormat: string | null
): string {
  const defaultKind = spec.kind === "line" ? "line" : "column";
  const indexed = spec.series.map((s, i) => ({ s, i, line: (s.kind ?? defaultKind) === "line" }));
  const bars = indexed.filter((x) => !x.line);
  const lines = indexed.filter((x) => x.line);
  const axes = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  let plots = "";
  if (bars.length) {
    const stacked = spec.kind === "columnStacked";
    plots +=
      `<c:barChart><c:barDir val="${spec.kind === "bar" ? "bar" : "col"}"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/>` +
      `<c:varyColors val="0"/>${bars.map((x) => series(x.s, x.i, false, spec, sheetName, lookup, dateFormat)).join("")}` +
      `<c:gapWidth val="60"/>${stacked ? '<c:overlap val="100"/>' : ""}${axes}</c:barChart>`;
  }
  if (lines.length) {
    plots +=
      `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
      `${lines.map((x) => series(x.s, x.i, true, spec, sheetName, lookup, dateFormat)).join("")}` +
      `<c:marker val="1"/>${axes}</c:lineChart>`;
  }
  const text = (size: number, bold = false) =>
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"><a:solidFill><a:srgbClr val="404040"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
  const gridLine = `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>`;
  const axisLine = `<c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>`;
  const catAx =
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${spec.kind === "bar" ? "l" : "b"}"/>` +
    (dateFormat !== null
      ? `<c:numFmt formatCode="${escapeXml(dateFormat)}" sourceLinked="0"/>`
      : "") +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${axisLine}${text(800)}` +
    `<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    `<c:tickLblSkip val="${dateFormat !== null ? 3 : 1}"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${spec.kind === "bar" ? "b" : "l"}"/>${gridLine}` +
    `<c:numFmt formatCode="${escapeXml(spec.valueAxisFormat ?? "General")}" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>${text(800)}` +
    `<c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1100" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="1100" b="1"><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill></a:rPr><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plots}${catAx}${valAx}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${text(800)}</c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}

export interface Anchor {
  from: { col: number; colOffEmu: number; row: number; rowOffEmu: number };
  to: { col: number; colOffEmu: number; row: number; rowOffEmu: number };
}

/** The drawing part: one twoCellAnchor + graphicFrame per chart, relationship ids rId1… in order. */
export function drawingXml(anchors: { anchor: Anchor; name: string }[]): string {
  const frames = anchors
    .map(({ anchor, name }, i) => {
      const pos = (p: Anchor["from"]) =>
        `<xdr:col>${p.col}</xdr:col><xdr:colOff>${p.colOffEmu}</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>${p.rowOffEmu}</xdr:rowOff>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${pos(anchor.from)}</xdr:from><xdr:to>${pos(anchor.to)}</xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${frames}</xdr:wsDr>`
  );
}
