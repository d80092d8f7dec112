/**
 * What Excel enforces and LibreOffice forgives. Excel reads a part strictly against its schema: an element
 * out of order or a required one missing, and it offers to "recover" the file and drops the charts. So the
 * child element order of every part the writer adds or touches is checked here against the sequences of
 * the ECMA-376 Part 1 transitional schemas (dml-chart.xsd, dml-spreadsheetDrawing.xsd, dml-main.xsd,
 * sml.xsd), written out below; with the cross-part rules no schema states: unique drawing object ids,
 * relationships whose targets exist, a content type for every part, caches the size of the range they
 * cache and holding its values, print titles whose sheet name is quoted as Excel parses it, page breaks
 * within the sheet's columns, merges that do not overlap.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DOMParser, type Element } from "@xmldom/xmldom";
import {
  ACTIVITY_FIELDS,
  JOB_FIELDS,
  buildReport,
  defaultTargets,
  detectColumns,
  DEFAULT_REPORT_OPTIONS,
} from "../../src/report";
import { type WorkbookModel, type SheetModel } from "../../src/workbook";
import { tableFromCsv } from "../../src/xlsx/readTable";
import { writeWorkbookXlsx } from "../../src/xlsx/writeXlsxFile";
import { addNativeCharts, insertDrawing } from "../../src/xlsx/charts";
import { escapeXml } from "../../src/xlsx/chartXml";

const NS: Record<string, string> = {
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main": "x",
  "http://schemas.openxmlformats.org/drawingml/2006/chart": "c",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
  "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing": "xdr",
};

// ---- The schema sequences -------------------------------------------------------------------------
// Notation: tokens in schema order; "a|b" a choice; "?" optional, "*" any number, "+" at least one,
// "{2}" exactly two; a token without a prefix is in the rule's own namespace.

interface Slot {
  names: string[];
  min: number;
  max: number;
}
type Sequence = Slot[];

function seq(prefix: string, spec: string): Sequence {
  return spec
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => {
      const m = /^([\w:|]+)(\?|\*|\+|\{2\})?$/.exec(token)!;
      const q = m[2] ?? "";
      return {
        names: m[1].split("|").map((n) => (n.includes(":") ? n : `${prefix}:${n}`)),
        min: q === "?" || q === "*" ? 0 : q === "{2}" ? 2 : 1,
        max: q === "*" || q === "+" ? Infinity : q === "{2}" ? 2 : 1,
      };
    });
}

// dml-chart.xsd, EG_AxShared (the common head of CT_CatAx, CT_ValAx, CT_DateAx, CT_SerAx).
const AX_SHARED =
  "axId scaling delete? axPos majorGridlines? minorGridlines? title? numFmt? majorTickMark? " +
  "minorTickMark? tickLblPos? spPr? txPr? crossAx crosses|crossesAt?";
// dml-main.xsd, CT_TextCharacterProperties (a:rPr, a:defRPr, a:endParaRPr).
const TEXT_CHARACTER_PROPERTIES =
  "ln? noFill|solidFill|gradFill|blipFill|pattFill|grpFill? effectLst|effectDag? highlight? " +
  "uLnTx|uLn? uFillTx|uFill? latin? ea? cs? sym? hlinkClick? hlinkMouseOver? rtl? extLst?";
// dml-main.xsd, CT_TextBody (c:rich, c:txPr).
const TEXT_BODY = "a:bodyPr a:lstStyle? a:p+";
// dml-main.xsd, EG_ColorChoice (inside a:solidFill).
const COLOR_CHOICE = "scrgbClr|srgbClr|hslClr|sysClr|schemeClr|prstClr?";

/** Rules by element, or by "parent>element" where the same name has another type in another place. */
const RULES: Record<string, Sequence> = {
  // ---- dml-chart.xsd (ECMA-376 Part 1, §21.2) ----
  "c:chartSpace": seq(
    "c",
    "date1904? lang? roundedCorners? style? clrMapOvr? pivotSource? protection? chart spPr? txPr? " +
      "externalData? printSettings? userShapes? extLst?"
  ),
  "c:chart": seq(
    "c",
    "title? autoTitleDeleted? pivotFmts? view3D? floor? sideWall? backWall? plotArea legend? " +
      "plotVisOnly? dispBlanksAs? showDLblsOverMax? extLst?"
  ),
  "c:title": seq("c", "tx? layout? overlay? spPr? txPr? extLst?"),
  "c:title>c:tx": seq("c", "strRef|rich"), // CT_Tx
  "c:rich": seq("c", TEXT_BODY),
  "c:txPr": seq("c", TEXT_BODY),
  "c:plotArea": seq(
    "c",
    "layout? areaChart|area3DChart|lineChart|line3DChart|stockChart|radarChart|scatterChart|pieChart|" +
      "pie3DChart|doughnutChart|barChart|bar3DChart|ofPieChart|surfaceChart|surface3DChart|bubbleChart+ " +
      "valAx|catAx|dateAx|serAx* dTable? spPr? extLst?"
  ),
  "c:lineChart": seq(
    "c",
    "grouping varyColors? ser* dLbls? dropLines? hiLowLines? upDownBars? marker? smooth? axId{2} extLst?"
  ),
  "c:barChart": seq(
    "c",
    "barDir grouping? varyColors? ser* dLbls? gapWidth? overlap? serLines* axId{2} extLst?"
  ),
  "c:lineChart>c:ser": seq(
    "c",
    "idx order tx? spPr? marker? dPt* dLbls? trendline* errBars? cat? val? smooth? extLst?"
  ),
  "c:barChart>c:ser": seq(
    "c",
    "idx order tx? spPr? invertIfNegative? pictureOptions? dPt* dLbls? trendline* errBars? cat? val? " +
      "shape? extLst?"
  ),
  "c:ser>c:tx": seq("c", "strRef|v"), // CT_SerTx
  "c:ser>c:marker": seq("c", "symbol? size? spPr? extLst?"), // CT_Marker
  "c:cat": seq("c", "multiLvlStrRef|numRef|numLit|strRef|strLit"), // CT_AxDataSource
  "c:val": seq("c", "numRef|numLit"), // CT_NumDataSource
  "c:numRef": seq("c", "f numCache? extLst?"),
  "c:strRef": seq("c", "f strCache? extLst?"),
  "c:numCache": seq("c", "formatCode? ptCount? pt* extLst?"), // CT_NumData
  "c:strCache": seq("c", "ptCount? pt* extLst?"), // CT_StrData
  "c:pt": seq("c", "v"),
  "c:catAx": seq(
    "c",
    `${AX_SHARED} auto? lblAlgn? lblOffset? tickLblSkip? tickMarkSkip? noMultiLvlLbl? extLst?`
  ),
  "c:valAx": seq("c", `${AX_SHARED} crossBetween? majorUnit? minorUnit? dispUnits? extLst?`),
  "c:dateAx": seq(
    "c",
    `${AX_SHARED} auto? lblOffset? baseTimeUnit? majorUnit? majorTimeUnit? minorUnit? minorTimeUnit? extLst?`
  ),
  "c:scaling": seq("c", "logBase? orientation? max? min? extLst?"),
  "c:majorGridlines": seq("c", "spPr?"),
  "c:legend": seq("c", "legendPos? legendEntry* layout? overlay? spPr? txPr? extLst?"),
  // ---- dml-main.xsd (§20.1) ----
  "c:spPr": seq(
    "a",
    "xfrm? custGeom|prstGeom? noFill|solidFill|gradFill|blipFill|pattFill|grpFill? ln? " +
      "effectLst|effectDag? scene3d? sp3d? extLst?"
  ),
  "a:ln": seq(
    "a",
    "noFill|solidFill|gradFill|pattFill? prstDash|custDash? round|bevel|miter? headEnd? tailEnd? extLst?"
  ),
  "a:solidFill": seq("a", COLOR_CHOICE),
  "a:p": seq("a", "pPr? r|br|fld* endParaRPr?"),
  "a:pPr": seq(
    "a",
    "lnSpc? spcBef? spcAft? buClrTx|buClr? buSzTx|buSzPct|buSzPts? buFontTx|buFont? " +
      "buNone|buAutoNum|buChar|buBlip? tabLst? defRPr? extLst?"
  ),
  "a:r": seq("a", "rPr? t"),
  "a:rPr": seq("a", TEXT_CHARACTER_PROPERTIES),
  "a:defRPr": seq("a", TEXT_CHARACTER_PROPERTIES),
  "a:endParaRPr": seq("a", TEXT_CHARACTER_PROPERTIES),
  "a:graphic": seq("a", "graphicData"),
  // a:graphicData holds xsd:any; for a chart frame Excel wants exactly one c:chart.
  "a:graphicData": seq("c", "chart"),
  "a:graphicData>c:chart": seq("c", ""), // CT_RelId: r:id only
  // ---- dml-spreadsheetDrawing.xsd (§20.5) ----
  "xdr:wsDr": seq("xdr", "twoCellAnchor|oneCellAnchor|absoluteAnchor*"),
  "xdr:twoCellAnchor": seq("xdr", "from to sp|grpSp|graphicFrame|cxnSp|pic|contentPart clientData"),
  "xdr:from": seq("xdr", "col colOff row rowOff"),
  "xdr:to": seq("xdr", "col colOff row rowOff"),
  "xdr:graphicFrame": seq("xdr", "nvGraphicFramePr xfrm a:graphic"),
  "xdr:nvGraphicFramePr": seq("xdr", "cNvPr cNvGraphicFramePr"),
  "xdr:xfrm": seq("a", "off? ext?"),
  // ---- sml.xsd (§18.3) ----
  "x:worksheet": seq(
    "x",
    "sheetPr? dimension? sheetViews? sheetFormatPr? cols* sheetData sheetCalcPr? sheetProtection? " +
      "protectedRanges? scenarios? autoFilter? sortState? dataConsolidate? customSheetViews? mergeCells? " +
      "phoneticPr? conditionalFormatting* dataValidations? hyperlinks? printOptions? pageMargins? " +
      "pageSetup? headerFooter? rowBreaks? colBreaks? customProperties? cellWatches? ignoredErrors? " +
      "smartTags? drawing? legacyDrawing? legacyDrawingHF? drawingHF? picture? oleObjects? controls? " +
      "webPublishItems? tableParts? extLst?"
  ),
  "x:sheetPr": seq("x", "tabColor? outlinePr? pageSetUpPr?"),
  "x:sheetViews": seq("x", "sheetView+ extLst?"),
  "x:sheetView": seq("x", "pane? selection* pivotSelection* extLst?"),
  "x:cols": seq("x", "col+"),
  "x:sheetData": seq("x", "row*"),
  "x:row": seq("x", "c* extLst?"),
  "x:c": seq("x", "f? v? is? extLst?"),
  "x:mergeCells": seq("x", "mergeCell+"),
  "x:headerFooter": seq(
    "x",
    "oddHeader? oddFooter? evenHeader? evenFooter? firstHeader? firstFooter?"
  ),
  "x:rowBreaks": seq("x", "brk*"),
  "x:colBreaks": seq("x", "brk*"),
};

const qname = (el: Element) => `${NS[el.namespaceURI ?? ""] ?? el.namespaceURI}:${el.localName}`;
const children = (el: Element): Element[] =>
  Array.from(el.childNodes).filter((n) => n.nodeType === 1) as Element[];

/** Every element's children against its rule; an element with children and no rule is an error too. */
function orderErrors(root: Element, part: string): string[] {
  const errors: string[] = [];
  const visit = (el: Element, parent: string) => {
    const name = qname(el);
    const kids = children(el);
    const rule = RULES[`${parent}>${name}`] ?? RULES[name];
    const where = `${part}: <${name}> under <${parent}>`;
    if (!rule) {
      if (kids.length) errors.push(`${where} has children but no schema sequence in this test`);
    } else {
      const counts = rule.map(() => 0);
      let slot = 0;
      for (const kid of kids) {
        const k = qname(kid);
        let s = slot;
        while (s < rule.length && !rule[s].names.includes(k)) s++;
        if (s === rule.length) {
          errors.push(
            `${where}: <${k}> is out of order or not allowed (children: ${kids.map(qname).join(" ")})`
          );
          break;
        }
        slot = s;
        counts[s]++;
      }
      rule.forEach((r, i) => {
        if (counts[i] < r.min || counts[i] > r.max)
          errors.push(`${where}: ${r.names.join("|")} occurs ${counts[i]} times`);
      });
    }
    for (const kid of kids) visit(kid, name);
  };
  visit(root, "");
  return errors;
}

// ---- The workbook under test ----------------------------------------------------------------------

const samples = path.join(__dirname, "..", "..", "samples");
const activity = tableFromCsv(
  fs.readFileSync(path.join(samples, "activity-2026-09-10.csv"), "utf8")
);
const jobs = tableFromCsv(fs.readFileSync(path.join(samples, "service-jobs-2026-10.csv"), "utf8"));
const reportOf = (lang: "en" | "zh-CN"): WorkbookModel =>
  buildReport(activity, detectColumns(activity.headers, ACTIVITY_FIELDS), {
    ...DEFAULT_REPORT_OPTIONS,
    lang,
    targets: defaultTargets(),
    builtAt: new Date(Date.UTC(2026, 10, 2, 9)),
    jobs: { table: jobs, mapping: detectColumns(jobs.headers, JOB_FIELDS) },
  });

/** A sheet name Excel must see quoted ('…') with its apostrophe doubled. */
const AWKWARD = "Bob's Q&A <Oct>";

let zip: JSZip;
let workbook: ExcelJS.Workbook;
const xml = async (part: string) => zip.file(part)!.async("string");
const parse = (text: string) => new DOMParser().parseFromString(text, "text/xml").documentElement!;
const parts = (re: RegExp) =>
  Object.keys(zip.files)
    .filter((f) => re.test(f))
    .sort();

beforeAll(async () => {
  // The CLI's report (English and Chinese), plus the other chart kinds and a sheet name needing quotes.
  const en = reportOf("en").sheets[0];
  const zh: SheetModel = { ...reportOf("zh-CN").sheets[0], name: AWKWARD };
  const volume = en.charts[1];
  zh.charts = [
    ...zh.charts,
    { ...volume, id: "bars", kind: "bar", series: volume.series.slice(0, 2) },
    { ...volume, id: "stacked", kind: "columnStacked", series: volume.series.slice(0, 2) },
    // Text categories (strCache): the trend table's weekday/labels column.
    { ...volume, id: "text-categories", categories: { ...volume.categories, col: 1 } },
  ];
  const bytes = await writeWorkbookXlsx({ ...reportOf("en"), sheets: [en, zh] });
  zip = await JSZip.loadAsync(bytes);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
});

describe("child element order, against the ECMA-376 transitional schema sequences", () => {
  test("every chart part", async () => {
    const charts = parts(/^xl\/charts\/chart\d+\.xml$/);
    expect(charts.length).toBe(4 + 7);
    for (const part of charts) expect(orderErrors(parse(await xml(part)), part)).toEqual([]);
  });

  test("every drawing part", async () => {
    const drawings = parts(/^xl\/drawings\/drawing\d+\.xml$/);
    expect(drawings).toEqual(["xl/drawings/drawing1.xml", "xl/drawings/drawing2.xml"]);
    for (const part of drawings) expect(orderErrors(parse(await xml(part)), part)).toEqual([]);
  });

  test("every worksheet: <drawing> after rowBreaks, once", async () => {
    for (const part of parts(/^xl\/worksheets\/sheet\d+\.xml$/)) {
      const root = parse(await xml(part));
      expect(orderErrors(root, part)).toEqual([]);
      const names = children(root).map((c) => c.localName);
      expect(names.filter((n) => n === "drawing")).toHaveLength(1);
      expect(names.indexOf("drawing")).toBeGreaterThan(names.indexOf("rowBreaks"));
    }
  });

  test("the checker itself rejects a wrong order and a missing required element", () => {
    const c = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    const wrong = parse(
      `<c:catAx xmlns:c="${c}"><c:axId val="1"/><c:axPos val="b"/><c:scaling/><c:crossAx val="2"/></c:catAx>`
    );
    expect(orderErrors(wrong, "t").join()).toMatch(/<c:scaling> is out of order/);
    const missing = parse(
      `<c:lineChart xmlns:c="${c}"><c:grouping val="standard"/><c:axId val="1"/></c:lineChart>`
    );
    expect(orderErrors(missing, "t").join()).toMatch(/c:axId occurs 1 times/);
  });
});

describe("what the parts say about each other", () => {
  /** The part a relationship of `source` points to (internal targets only). */
  const resolve = (source: string, target: string) => {
    if (target.startsWith("/")) return target.slice(1);
    const out = source.split("/").slice(0, -1);
    for (const seg of target.split("/")) {
      if (seg === "..") out.pop();
      else if (seg !== ".") out.push(seg);
    }
    return out.join("/");
  };
  const relsOf = async (part: string) => {
    const dir = part.split("/").slice(0, -1).join("/");
    const file = part.split("/").pop();
    const relsPart = `${dir ? `${dir}/` : ""}_rels/${file}.rels`;
    const rels = zip.file(relsPart) ? parse(await xml(relsPart)) : null;
    return new Map(
      rels
        ? children(rels).map((r) => [
            r.getAttribute("Id")!,
            { type: r.getAttribute("Type")!, target: resolve(part, r.getAttribute("Target")!) },
          ])
        : []
    );
  };

  test("every relationship has a unique id and a target that exists", async () => {
    for (const relsPart of parts(/_rels\/[^/]*\.rels$/)) {
      const source = relsPart.replace(/_rels\/([^/]*)\.rels$/, "$1");
      const rels = children(parse(await xml(relsPart)));
      const ids = rels.map((r) => r.getAttribute("Id"));
      expect(new Set(ids).size).toBe(ids.length);
      for (const r of rels) {
        if (r.getAttribute("TargetMode") === "External") continue;
        const target = resolve(source, r.getAttribute("Target")!);
        expect({ relsPart, target, exists: !!zip.file(target) }).toEqual({
          relsPart,
          target,
          exists: true,
        });
      }
    }
  });

  test("each sheet's <drawing r:id> is a drawing relationship; each frame's c:chart r:id a chart one", async () => {
    const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    for (const sheet of parts(/^xl\/worksheets\/sheet\d+\.xml$/)) {
      const drawingEl = children(parse(await xml(sheet))).find((c) => c.localName === "drawing")!;
      const rel = (await relsOf(sheet)).get(drawingEl.getAttributeNS(REL, "id")!)!;
      expect(rel.type).toBe(`${REL}/drawing`);
      const drawing = parse(await xml(rel.target));
      const drawingRels = await relsOf(rel.target);
      const frames = Array.from(drawing.getElementsByTagNameNS(NS_XDR, "graphicFrame"));
      const ids = frames.map((f) =>
        f.getElementsByTagNameNS(NS_XDR, "cNvPr")[0].getAttribute("id")
      );
      // Drawing object ids: unique within the drawing part, positive.
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(Number(id)).toBeGreaterThan(0);
      const targets = frames.map((f) => {
        const data = f.getElementsByTagNameNS(NS_A, "graphicData")[0];
        expect(data.getAttribute("uri")).toBe(NS_C);
        const id = data.getElementsByTagNameNS(NS_C, "chart")[0].getAttributeNS(REL, "id")!;
        const chartRel = drawingRels.get(id)!;
        expect(chartRel.type).toBe(`${REL}/chart`);
        return chartRel.target;
      });
      // One frame per chart relationship, no chart shown twice.
      expect(new Set(targets).size).toBe(drawingRels.size);
    }
  });

  test("every part has a content type; charts and drawings their own overrides", async () => {
    const types = children(parse(await xml("[Content_Types].xml")));
    const defaults = new Map(
      types
        .filter((t) => t.localName === "Default")
        .map((t) => [t.getAttribute("Extension")!.toLowerCase(), t.getAttribute("ContentType")])
    );
    const overrides = new Map(
      types
        .filter((t) => t.localName === "Override")
        .map((t) => [t.getAttribute("PartName")!.slice(1), t.getAttribute("ContentType")])
    );
    for (const part of overrides.keys())
      expect({ part, exists: !!zip.file(part) }).toEqual({ part, exists: true });
    const files = Object.keys(zip.files).filter(
      (f) => !zip.files[f].dir && f !== "[Content_Types].xml"
    );
    for (const part of files) {
      const type = overrides.get(part) ?? defaults.get(part.split(".").pop()!.toLowerCase());
      expect({ part, type: type ?? null }).not.toEqual({ part, type: null });
    }
    for (const part of parts(/^xl\/charts\/chart\d+\.xml$/))
      expect(overrides.get(part)).toBe(
        "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
      );
    for (const part of parts(/^xl\/drawings\/drawing\d+\.xml$/))
      expect(overrides.get(part)).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
  });

  test("each cache holds as many points as its range has cells, with the sheet's values", async () => {
    let caches = 0;
    for (const part of parts(/^xl\/charts\/chart\d+\.xml$/)) {
      const root = parse(await xml(part));
      for (const ref of ["numRef", "strRef"].flatMap((n) =>
        Array.from(root.getElementsByTagNameNS(NS_C, n))
      )) {
        const f = ref.getElementsByTagNameNS(NS_C, "f")[0].textContent!;
        const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(f)!;
        expect(m).not.toBeNull();
        const ws = workbook.getWorksheet(m[1].replace(/''/g, "'"))!;
        expect(ws).toBeDefined();
        const [c1, r1, c2, r2] = [col(m[2]), Number(m[3]), col(m[4]), Number(m[5])];
        const width = c2 - c1 + 1;
        const cache = ref.getElementsByTagNameNS(
          NS_C,
          ref.localName === "numRef" ? "numCache" : "strCache"
        )[0];
        const ptCount = Number(
          cache.getElementsByTagNameNS(NS_C, "ptCount")[0].getAttribute("val")
        );
        expect({ f, ptCount }).toEqual({ f, ptCount: width * (r2 - r1 + 1) });
        let last = -1;
        for (const pt of Array.from(cache.getElementsByTagNameNS(NS_C, "pt"))) {
          const idx = Number(pt.getAttribute("idx"));
          expect(idx).toBeGreaterThan(last); // ascending, so unique
          expect(idx).toBeLessThan(ptCount);
          last = idx;
          const cell = ws.getCell(r1 + Math.floor(idx / width), c1 + (idx % width)).value;
          const v = pt.getElementsByTagNameNS(NS_C, "v")[0].textContent!;
          // ExcelJS reads a date-formatted cell as a Date (UTC fields = the wall-clock value): the serial.
          const serial = cell instanceof Date ? cell.getTime() / 86400000 + 25569 : Number(cell);
          if (ref.localName === "numRef") expect(Number(v)).toBeCloseTo(serial, 9);
          else expect(v).toBe(String(cell));
        }
        caches++;
      }
    }
    expect(caches).toBeGreaterThan(40);
  });
});

describe("what ExcelJS writes, where Excel is picky", () => {
  test("print titles: a defined name per sheet whose sheet name is quoted as Excel parses it", async () => {
    const root = parse(await xml("xl/workbook.xml"));
    const sheets = Array.from(root.getElementsByTagNameNS(NS_X, "sheet")).map((s) =>
      s.getAttribute("name")!
    );
    expect(sheets).toEqual(["SQ 2026-10", AWKWARD]);
    const titles = Array.from(root.getElementsByTagNameNS(NS_X, "definedName")).filter(
      (d) => d.getAttribute("name") === "_xlnm.Print_Titles"
    );
    expect(titles).toHaveLength(2);
    for (const d of titles) {
      const name = sheets[Number(d.getAttribute("localSheetId"))];
      expect(d.textContent).toBe(`'${name.replace(/'/g, "''")}'!$1:$1`);
    }
  });

  test("sheet names are ones Excel accepts", () => {
    for (const ws of workbook.worksheets) {
      expect(ws.name.length).toBeLessThanOrEqual(31);
      expect(ws.name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
    }
  });

  test("page breaks: unique rows, within the sheet's last column (XFD = 16383)", async () => {
    for (const part of parts(/^xl\/worksheets\/sheet\d+\.xml$/)) {
      const brks = Array.from(parse(await xml(part)).getElementsByTagNameNS(NS_X, "brk"));
      expect(brks.length).toBeGreaterThan(0);
      const ids = brks.map((b) => Number(b.getAttribute("id")));
      expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
      for (const b of brks) expect(Number(b.getAttribute("max"))).toBeLessThanOrEqual(16383);
    }
  });

  test("fit to one page wide: fitToPage in sheetPr with fitToWidth 1, fitToHeight 0; frozen title row", async () => {
    const root = parse(await xml("xl/worksheets/sheet1.xml"));
    expect(root.getElementsByTagNameNS(NS_X, "pageSetUpPr")[0].getAttribute("fitToPage")).toBe("1");
    const setup = root.getElementsByTagNameNS(NS_X, "pageSetup")[0];
    expect([setup.getAttribute("fitToWidth"), setup.getAttribute("fitToHeight")]).toEqual([
      "1",
      "0",
    ]);
    const pane = root.getElementsByTagNameNS(NS_X, "pane")[0];
    expect([
      pane.getAttribute("state"),
      pane.getAttribute("ySplit"),
      pane.getAttribute("topLeftCell"),
    ]).toEqual(["frozen", "1", "A2"]);
  });

  test("merged ranges never overlap", async () => {
    for (const part of parts(/^xl\/worksheets\/sheet\d+\.xml$/)) {
      const ranges = Array.from(
        parse(await xml(part)).getElementsByTagNameNS(NS_X, "mergeCell")
      ).map((m) => {
        const [a, b] = m.getAttribute("ref")!.split(":");
        const [ca, ra] = cellRef(a);
        const [cb, rb] = cellRef(b);
        return { r1: ra, c1: ca, r2: rb, c2: cb };
      });
      expect(ranges.length).toBeGreaterThan(10);
      ranges.forEach((x, i) =>
        ranges.slice(i + 1).forEach((y) => {
          const overlap = x.r1 <= y.r2 && y.r1 <= x.r2 && x.c1 <= y.c2 && y.c1 <= x.c2;
          expect(overlap).toBe(false);
        })
      );
    }
  });
});

describe("the chart post-processing, on inputs the sample does not produce", () => {
  const WS =
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

  test("<drawing> goes before the first top-level element that follows it, not into a nested extLst", () => {
    const sheet =
      `${WS}<sheetData/><conditionalFormatting sqref="A1"><cfRule type="dataBar" priority="1">` +
      `<extLst><ext uri="x"/></extLst></cfRule></conditionalFormatting><pageMargins/>` +
      `<tableParts count="0"/><extLst><ext uri="y"/></extLst></worksheet>`;
    expect(insertDrawing(sheet, "rId3")).toBe(
      `${WS}<sheetData/><conditionalFormatting sqref="A1"><cfRule type="dataBar" priority="1">` +
        `<extLst><ext uri="x"/></extLst></cfRule></conditionalFormatting><pageMargins/>` +
        `<drawing r:id="rId3"/><tableParts count="0"/><extLst><ext uri="y"/></extLst></worksheet>`
    );
    expect(insertDrawing(`${WS}<sheetData/><drawingHF r:id="rId1"/></worksheet>`, "rId2")).toBe(
      `${WS}<sheetData/><drawing r:id="rId2"/><drawingHF r:id="rId1"/></worksheet>`
    );
    expect(insertDrawing(`${WS}<sheetData/></worksheet>`, "rId1")).toBe(
      `${WS}<sheetData/><drawing r:id="rId1"/></worksheet>`
    );
  });

  test("a sheet that already has a drawing is refused, not given a second one", () => {
    expect(() =>
      insertDrawing(`${WS}<sheetData/><drawing r:id="rId1"/></worksheet>`, "rId2")
    ).toThrow(/already has a drawing/);
  });

  test("text Excel cannot hold in XML is dropped from chart parts; CJK and emoji stay", () => {
    expect(escapeXml('a\u0001b\u001Fc\uFFFE & <d> "e"')).toBe("abc &amp; &lt;d&gt; &quot;e&quot;");
    expect(escapeXml("x\uD800y\uDC00z")).toBe("xyz");
    expect(escapeXml("服务水平 😀")).toBe("服务水平 😀");
  });

  test("a chart without series is left out (a plotArea needs a chart type)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = 1;
    const sheet = reportOf("en").sheets[0];
    const noSeries = { ...sheet, charts: [{ ...sheet.charts[0], series: [] }] };
    const out = await JSZip.loadAsync(
      await addNativeCharts(Buffer.from(await wb.xlsx.writeBuffer()), [
        { sheet: noSeries, name: "S" },
      ])
    );
    expect(Object.keys(out.files).filter((f) => f.startsWith("xl/charts/"))).toEqual([]);
    expect(await out.file("xl/worksheets/sheet1.xml")!.async("string")).not.toContain("<drawing");
  });
});

const NS_X = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

function col(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
function cellRef(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  return [col(m[1]), Number(m[2])];
}
