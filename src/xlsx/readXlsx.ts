/**
 * An .xlsx workbook's sheet as a grid of rows, read within stated limits: the zip's declared sizes are
 * checked before anything inflates, the sheet's XML is read as it inflates (never the whole sheet model in
 * memory), and rows and cells are counted as they come, so that no file can exhaust memory. Failures are
 * XlsxFileErrors that say what is wrong with the file, never a library's internals.
 */
import {
  XlsxFileError,
  declaredSize,
  entryText,
  inflateEntry,
  looksLikeZip,
  zipEntries,
  type ZipEntry,
} from "./zipEntries";
import { dateStyles, decodeXml, sharedStringsCollector, sheetRowReader } from "./sheetXml";

export interface XlsxLimits {
  /** What all of the zip's parts may declare they inflate to, together. */
  expandedBytes: number;
  /** Rows of the sheet (up to its last row with a value). */
  rows: number;
  /** Cells with a value. */
  cells: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  expandedBytes: 1024 * 1024 * 1024,
  rows: 1_048_576,
  cells: 15_000_000,
};

export interface XlsxGrid {
  /** Every row from the sheet's first row with a value to its last; rows with no value are empty arrays. */
  rows: unknown[][];
  /** The sheet row number of rows[0]. */
  firstRowNumber: number;
  sheetName: string;
}

const n = (x: number) => x.toLocaleString("en-US");
/** One empty row shared by every gap: a stray cell a million rows down costs a million pointers, no more. */
const EMPTY_ROW: unknown[] = Object.freeze([]) as unknown as unknown[];

/** The target of a relationships part's Id (or of its first relationship of a type ending with `type`). */
function relationship(relsXml: string, match: { id?: string; type?: string }): string | undefined {
  for (const m of relsXml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)\/?>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[1])?.[1];
    const type = /\bType="([^"]*)"/.exec(m[1])?.[1] ?? "";
    const target = /\bTarget="([^"]*)"/.exec(m[1])?.[1];
    if (target && ((match.id && id === match.id) || (match.type && type.endsWith(match.type))))
      return decodeXml(target);
  }
  return undefined;
}

/** A relationship's target as a zip path, relative to the folder of the part that names it. */
function resolvePath(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  return parts.join("/");
}

export async function readXlsxGrid(
  data: Buffer,
  sheetName?: string,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS
): Promise<XlsxGrid> {
  if (!looksLikeZip(data))
    throw new XlsxFileError(
      "it is not an .xlsx workbook (an .xlsx file is a zip archive, and this one is not); if it is a CSV or text export, name it .csv"
    );
  const entries = zipEntries(data);
  const declared = declaredSize(entries);
  if (declared > limits.expandedBytes)
    throw new XlsxFileError(
      `its parts declare ${(declared / 1048576).toLocaleString("en-US", { maximumFractionDigits: 1 })} MB once unzipped, more than the ${n(limits.expandedBytes / 1048576)} MB limit (a damaged or hostile file, or too much data: split it by month)`
    );
  const byName = new Map<string, ZipEntry>(entries.map((e) => [e.name.replace(/\\/g, "/"), e]));
  const text = async (name: string) => {
    const entry = byName.get(name);
    return entry ? entryText(data, entry) : undefined;
  };
  const rootRels = (await text("_rels/.rels")) ?? "";
  const workbookPath = resolvePath(
    "",
    relationship(rootRels, { type: "/officeDocument" }) ?? "xl/workbook.xml"
  );
  const workbookXml = await text(workbookPath);
  if (workbookXml === undefined)
    throw new XlsxFileError(
      "it is a zip archive but holds no Excel workbook (no xl/workbook.xml): save the data from Excel as .xlsx, or export it as .csv"
    );
  const workbookRels =
    (await text(resolvePath(workbookPath, "_rels/" + workbookPath.split("/").pop() + ".rels"))) ??
    "";
  const sheets = [...workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*)\/?>/g)].map((m) => ({
    name: decodeXml(/\bname="([^"]*)"/.exec(m[1])?.[1] ?? ""),
    rel: /\br:id="([^"]*)"|\b[\w.-]+:id="([^"]*)"/.exec(m[1]),
  }));
  const worksheets = sheets
    .map((s) => ({
      name: s.name,
      path: (() => {
        const target = relationship(workbookRels, { id: s.rel?.[1] ?? s.rel?.[2] });
        return target ? resolvePath(workbookPath, target) : undefined;
      })(),
    }))
    .filter((s) => s.path !== undefined && byName.has(s.path) && !/chartsheets?\//.test(s.path));
  const names = worksheets.map((w) => `"${w.name}"`).join(", ") || "none";
  const sheet =
    sheetName === undefined ? worksheets[0] : worksheets.find((w) => w.name === sheetName);
  if (!sheet) {
    throw new XlsxFileError(
      sheetName === undefined
        ? "the workbook holds no worksheet with cells"
        : `the workbook has no sheet named "${sheetName}"; its sheets are ${names} (choose one with --sheet)`
    );
  }
  const shared = sharedStringsCollector();
  const sharedPath = relationship(workbookRels, { type: "/sharedStrings" });
  const sharedEntry = sharedPath ? byName.get(resolvePath(workbookPath, sharedPath)) : undefined;
  if (sharedEntry) {
    const decoder = new TextDecoder("utf-8");
    for await (const chunk of inflateEntry(data, sharedEntry))
      shared.push(decoder.decode(chunk, { stream: true }));
    shared.push(decoder.decode());
  }
  const stylesPath = relationship(workbookRels, { type: "/styles" });
  const stylesXml = stylesPath ? await text(resolvePath(workbookPath, stylesPath)) : undefined;
  const ctx = {
    sharedStrings: shared.strings,
    dateStyle: stylesXml ? dateStyles(stylesXml) : [],
    date1904: /<(?:[\w.-]+:)?workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbookXml),
  };

  const rows: unknown[][] = [];
  let first = 0;
  let cells = 0;
  const reader = sheetRowReader(ctx, (rowNumber, rowCells) => {
    if (rowNumber > limits.rows)
      throw new XlsxFileError(
        `the sheet has more than ${n(limits.rows)} rows, the most that is read: split it by month`
      );
    let values = 0;
    for (const c of rowCells) if (c !== undefined) values++;
    if (values === 0) return;
    cells += values;
    if (cells > limits.cells)
      throw new XlsxFileError(
        `the sheet holds more than ${n(limits.cells)} cells with values, the most that is read: split it by month, or remove columns the report does not use`
      );
    if (first === 0) first = rowNumber;
    while (first + rows.length < rowNumber) rows.push(EMPTY_ROW);
    rows.push(Array.from(rowCells, (c) => (c === undefined ? null : c)));
  });
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of inflateEntry(data, byName.get(sheet.path!)!))
    reader.push(decoder.decode(chunk, { stream: true }));
  reader.push(decoder.decode());
  return { rows, firstRowNumber: first || 1, sheetName: sheet.name };
}
