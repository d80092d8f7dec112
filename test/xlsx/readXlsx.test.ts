/**
 * The .xlsx reader under hostile input: fixtures are made here (ExcelJS for a real workbook, then its XML or
 * zip directory edited the way a stray cell, a huge declared dimension or a zip bomb would leave it).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readXlsxGrid, DEFAULT_XLSX_LIMITS } from "../../src/xlsx/readXlsx";
import { tableFromXlsx } from "../../src/xlsx/readTable";
import { isDateFormatCode } from "../../src/xlsx/sheetXml";
import { zipEntries } from "../../src/xlsx/zipEntries";

async function workbook(rows: unknown[][], name = "Data"): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Rewrites one part of a zip (DEFLATE), the rest as it was. */
async function editPart(
  bytes: Buffer,
  part: string,
  edit: (xml: string) => string
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(part)!.async("string");
  zip.file(part, edit(xml));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Sets the uncompressed size the central directory declares for `part` (what a zip bomb lies about). */
function declare(bytes: Buffer, part: string, size: number): Buffer {
  const out = Buffer.from(bytes);
  const eocd = out.lastIndexOf(Buffer.from([0x50, 0x4b, 5, 6]));
  let at = out.readUInt32LE(eocd + 16);
  for (let i = 0; i < out.readUInt16LE(eocd + 10); i++) {
    const nameLength = out.readUInt16LE(at + 28);
    if (out.toString("utf8", at + 46, at + 46 + nameLength) === part)
      out.writeUInt32LE(size, at + 24);
    at += 46 + nameLength + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

const SHEET = "xl/worksheets/sheet1.xml";
const ROWS = [
  ["Date", "Queue", "Offered", "Answered"],
  [new Date(Date.UTC(2026, 9, 1)), "Billing", 100, 90],
  [new Date(Date.UTC(2026, 9, 2)), "Billing", 120, 110],
];

describe("reading an .xlsx sheet", () => {
  test("values as the sheet shows them: text, numbers, dates", async () => {
    const table = await tableFromXlsx(await workbook(ROWS));
    expect(table.headers).toEqual(ROWS[0]);
    expect(table.rows).toEqual(ROWS.slice(1));
    expect(table.firstRowNumber).toBe(2);
  });

  test("a stray value at A1048576 costs one shared empty row per gap, not a sheet of cells", async () => {
    const bytes = await editPart(await workbook(ROWS), SHEET, (xml) =>
      xml
        .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:AZ1048576"/>')
        .replace(
          "</sheetData>",
          '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>stray</t></is></c><c r="AZ1048576" s="1"/></row></sheetData>'
        )
    );
    const grid = await readXlsxGrid(bytes);
    expect(grid.rows).toHaveLength(1048576);
    expect(grid.rows[1048575]).toEqual(["stray"]);
    // Every row between is the same empty array: a million pointers, no cells.
    expect(grid.rows[500000]).toBe(grid.rows[3]);
    expect(grid.rows[500000]).toHaveLength(0);
    // The header stays four columns wide: width comes from values, not from the formatted cell at AZ.
    expect(grid.rows[0]).toHaveLength(4);
  });

  test("a fill at AZ1048576 and a declared dimension of A1:XFD1048576 cost nothing", async () => {
    const bytes = await editPart(await workbook(ROWS), SHEET, (xml) =>
      xml
        .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
        .replace("</sheetData>", '<row r="1048576"><c r="AZ1048576" s="1"/></row></sheetData>')
    );
    const grid = await readXlsxGrid(bytes);
    expect(grid.rows).toHaveLength(3);
    expect(grid.rows[2]).toEqual(ROWS[2]);
  });

  test("a formula with no saved value says so, never [object Object]", async () => {
    const bytes = await editPart(await workbook(ROWS), SHEET, (xml) =>
      xml.replace(/<c r="C3"([^>]*)><v>120<\/v><\/c>/, '<c r="C3"$1><f>SUM(C1:C2)</f></c>')
    );
    const grid = await readXlsxGrid(bytes);
    expect(grid.rows[2][2]).toMatch(
      /^=SUM\(C1:C2\) \(a formula with no saved value: open the file in Excel/
    );
  });

  test("a formula's saved result is its value", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.addRow(["Offered", "Answered"]);
    ws.addRow([
      { formula: "1+1", result: 2 },
      { formula: '"a"&"b"', result: "ab" },
    ]);
    const grid = await readXlsxGrid(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(grid.rows[1]).toEqual([2, "ab"]);
  });

  test("a sheet by name, and the sheets named when it is missing", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("First").addRow(["a"]);
    wb.addWorksheet("Bob's & Co").addRow(["b"]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await readXlsxGrid(bytes, "Bob's & Co")).rows).toEqual([["b"]]);
    await expect(readXlsxGrid(bytes, "Nope")).rejects.toThrow(
      /no sheet named "Nope"; its sheets are "First", "Bob's & Co" \(choose one with --sheet\)/
    );
  });

  test("a zip bomb is refused at its declared size, before anything inflates", async () => {
    // 3 MB of zeros inflates from a few KB; the limit here is 1 MB.
    const zip = await JSZip.loadAsync(await workbook(ROWS));
    zip.file("xl/media/padding.bin", Buffer.alloc(3 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    expect(bomb.length).toBeLessThan(100 * 1024);
    await expect(
      readXlsxGrid(bomb, undefined, { ...DEFAULT_XLSX_LIMITS, expandedBytes: 1024 * 1024 })
    ).rejects.toThrow(/parts declare 3(\.0)? MB once unzipped, more than the 1 MB limit/);
  });

  test("a part that inflates past the size it declares is refused as it inflates", async () => {
    const bytes = await workbook(ROWS);
    const declared = zipEntries(bytes).find((e) => e.name === SHEET)!.uncompressedSize;
    const lying = declare(bytes, SHEET, Math.floor(declared / 2));
    await expect(readXlsxGrid(lying)).rejects.toThrow(
      /part xl\/worksheets\/sheet1\.xml inflates past the [\d,]+ bytes it declares/
    );
  });

  test("not a zip, a damaged zip, a zip with no workbook: each says what the file is", async () => {
    await expect(readXlsxGrid(Buffer.from("Date,Offered\n2026-10-01,5\n"))).rejects.toThrow(
      /not an \.xlsx workbook .* name it \.csv/
    );
    const real = await workbook(ROWS);
    await expect(readXlsxGrid(real.subarray(0, real.length - 40))).rejects.toThrow(
      /damaged|cut short/
    );
    const zip = new JSZip();
    zip.file("readme.txt", "hello");
    const noWorkbook = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    await expect(readXlsxGrid(noWorkbook)).rejects.toThrow(/holds no Excel workbook/);
  });

  test("rows and cells past the limit are refused as they are counted", async () => {
    const many = Array.from({ length: 50 }, (_, i) => [i, i]);
    const bytes = await workbook([["Offered", "Answered"], ...many]);
    await expect(
      readXlsxGrid(bytes, undefined, { ...DEFAULT_XLSX_LIMITS, rows: 20 })
    ).rejects.toThrow(/more than 20 rows/);
    await expect(
      readXlsxGrid(bytes, undefined, { ...DEFAULT_XLSX_LIMITS, cells: 30 })
    ).rejects.toThrow(/more than 30 cells/);
  });

  test.each([
    ["yyyy-mm-dd", true],
    ["h:mm AM/PM", true],
    ["[h]:mm:ss", true],
    ['0.0 "days"', false],
    ["[Red]#,##0", false],
    ["#,##0.00", false],
    ["General", false],
  ])("number format %s shows a date or time: %s", (code, isDate) => {
    expect(isDateFormatCode(code)).toBe(isDate);
  });
});
