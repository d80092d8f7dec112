/**
 * Reading a worksheet's XML as it inflates, one <row> at a time, without building the sheet in memory: the
 * used range comes from the cells that hold values, never from the sheet's declared dimension, so a stray
 * formatted cell at AZ1048576 costs nothing. Values come out as a sheet shows them: shared and inline
 * strings as text, numbers in date formats as Dates (as ExcelJS gives them), formulas by their saved result.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (all, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[body] ?? all;
  });
}

/** The text of an <si> or <is>: its <t> runs, without phonetic guides (<rPh>). */
function runsText(xml: string): string {
  const plain = xml.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "");
  let text = "";
  for (const m of plain.matchAll(/<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?t>/g))
    text += m[1];
  return decodeXml(text);
}

/**
 * Cuts a stream of XML text into complete elements that end with `close` (or are self-closing), handing
 * each to `take`; what is left over waits for the next chunk. Linear: each character is scanned once or twice.
 */
export class ElementSplitter {
  private pending = "";
  private readonly end: RegExp;

  constructor(
    tag: string,
    private readonly take: (xml: string) => void
  ) {
    this.end = new RegExp(`<\\/(?:[\\w.-]+:)?${tag}>|<(?:[\\w.-]+:)?${tag}\\b[^>]*\\/>`, "g");
  }

  push(text: string): void {
    const buffer = this.pending + text;
    this.end.lastIndex = 0;
    let from = 0;
    let m: RegExpExecArray | null;
    while ((m = this.end.exec(buffer)) !== null) {
      this.take(buffer.slice(from, m.index + m[0].length));
      from = m.index + m[0].length;
    }
    this.pending = buffer.slice(from);
  }
}

export function sharedStringsCollector(): { push(text: string): void; strings: string[] } {
  const strings: string[] = [];
  const splitter = new ElementSplitter("si", (xml) => {
    const open = xml.search(/<(?:[\w.-]+:)?si\b/);
    if (open >= 0) strings.push(runsText(xml.slice(open)));
  });
  return { push: (t) => splitter.push(t), strings };
}

/** Excel's built-in number formats that show dates or times. */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** Whether a format code shows a date or time: d, m, y, h or s outside quotes, escapes and [colour] tags. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "");
  return /[dmyhs]/i.test(bare.split(";")[0]);
}

/** For each cell style (the s="…" index), whether it shows numbers as dates. */
export function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<(?:[\w.-]+:)?numFmt\b([^>]*)\/?>/g)) {
    const id = /numFmtId="(\d+)"/.exec(m[1]);
    const code = /formatCode="([^"]*)"/.exec(m[1]);
    if (id && code) custom.set(Number(id[1]), decodeXml(code[1]));
  }
  const xfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(stylesXml);
  if (!xfs) return [];
  const out: boolean[] = [];
  for (const m of xfs[1].matchAll(/<(?:[\w.-]+:)?xf\b([^>]*)>/g)) {
    const id = Number(/numFmtId="(\d+)"/.exec(m[1])?.[1] ?? 0);
    const code = custom.get(id);
    out.push(code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id));
  }
  return out;
}

/** What a formula cell holds when the file saved no result: said plainly, never "[object Object]". */
export const noSavedValue = (formula: string) =>
  `=${formula} (a formula with no saved value: open the file in Excel, let it calculate, and save it)`;

export interface SheetContext {
  sharedStrings: string[];
  dateStyle: boolean[];
  date1904: boolean;
}

/** "BC12" → 55 (1-based column); 0 when there is no reference. */
function columnOf(ref: string | undefined): number {
  if (!ref) return 0;
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col;
}

const attr = (attrs: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];

const DAY_MS = 86400000;

function cellValue(
  type: string | undefined,
  style: number,
  inner: string,
  ctx: SheetContext
): unknown {
  const v = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?v>/.exec(inner)?.[1];
  const f = /<(?:[\w.-]+:)?f\b[^>]*?(?:\/>|>([^<]*)<\/(?:[\w.-]+:)?f>)/.exec(inner);
  if (type === "inlineStr") return runsText(inner);
  if (v === undefined) return f ? noSavedValue(decodeXml(f[1] ?? "…")) : null;
  switch (type) {
    case "s":
      return ctx.sharedStrings[Number(v)] ?? null;
    case "str":
    case "e":
      return decodeXml(v);
    case "b":
      return v === "1" || v === "true";
    case "d":
      return new Date(decodeXml(v));
    default: {
      const n = Number(v);
      if (!Number.isFinite(n) || v.trim() === "") return decodeXml(v);
      if (!ctx.dateStyle[style]) return n;
      const serial = ctx.date1904 ? n + 1462 : n;
      return new Date(Math.round((serial - 25569) * DAY_MS));
    }
  }
}

/**
 * Feeds worksheet XML; calls `onRow` with each row's 1-based number and its cells by 0-based column (cells
 * without a value are left out, so the row array may be shorter than the sheet is wide).
 */
export function sheetRowReader(
  ctx: SheetContext,
  onRow: (rowNumber: number, cells: unknown[]) => void
): { push(text: string): void } {
  let lastRow = 0;
  const splitter = new ElementSplitter("row", (xml) => {
    const open = /<(?:[\w.-]+:)?row\b([^>]*?)\/?>/.exec(xml);
    if (!open) return;
    const r = Number(attr(open[1], "r"));
    const rowNumber = Number.isInteger(r) && r > lastRow ? r : lastRow + 1;
    lastRow = rowNumber;
    const cells: unknown[] = [];
    let nextCol = 1;
    const body = xml.slice(open.index + open[0].length);
    for (const m of body.matchAll(
      /<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g
    )) {
      const attrs = m[1];
      const col = columnOf(attr(attrs, "r")) || nextCol;
      nextCol = col + 1;
      if (m[2] === undefined) continue; // <c r="AZ9" s="3"/>: formatting only
      const value = cellValue(attr(attrs, "t"), Number(attr(attrs, "s") ?? 0), m[2], ctx);
      if (value === null || value === "") continue;
      cells[col - 1] = value;
    }
    onRow(rowNumber, cells);
  });
  return { push: (t) => splitter.push(t) };
}
