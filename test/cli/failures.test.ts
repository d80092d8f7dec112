/**
 * Every failure of the command line is one line that names the path or option and the fix, with exit 2 for
 * what the user can fix (input, output, options) and 1 for a bug; a stack only with --debug. Fixtures are
 * made here.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { run } from "../../src/cli/run";
import { readXlsxGrid } from "../../src/xlsx/readXlsx";
import { memoryIo, type MemoryIoOptions } from "./memoryIo";
import pkg from "../../package.json";

const CSV =
  "Date,Queue,Offered,Answered,Answered within SL\n2026-10-01,A,100,90,70\n2026-10-02,A,120,110,100\n";

async function fails(
  argv: string[],
  files: Record<string, string | Buffer>,
  message: RegExp,
  code = 2,
  options: MemoryIoOptions = {}
) {
  const io = memoryIo(files, false, options);
  expect(await run(argv, io)).toBe(code);
  const err = io.err.join("");
  expect(err).toMatch(message);
  // One line: no stack, no library internals.
  expect(err.trimEnd().split("\n")).toHaveLength(1);
  expect(err).not.toMatch(/\n\s+at |node_modules|TypeError|RangeError/);
  return io;
}

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("input failures: one line with the fix, exit 2", () => {
  test("a missing file", async () => {
    await fails(["report", "nope.csv"], {}, /File not found: nope\.csv\. Check the path/);
  });
  test("a zero-byte file", async () => {
    await fails(
      ["report", "in.csv"],
      { "in.csv": "" },
      /in\.csv is empty \(0 bytes\): export the data again/
    );
    await fails(["report", "in.xlsx"], { "in.xlsx": "" }, /in\.xlsx is empty \(0 bytes\)/);
  });
  test("a file of blank lines holds no table", async () => {
    await fails(
      ["report", "in.csv"],
      { "in.csv": "\n\n  \n" },
      /in\.csv holds no table: it has no header row/
    );
  });
  test("a header without rows", async () => {
    await fails(
      ["report", "in.csv"],
      { "in.csv": "Date,Offered,Answered\n" },
      /in\.csv has a header row but no data rows/
    );
  });
  test("a folder given as the input", async () => {
    await fails(["report", "data"], {}, /data is a folder, not a file/, 2, { folders: ["data"] });
  });
  test("a fake .xlsx (a CSV renamed) says what it is, never a zip library's words", async () => {
    await fails(
      ["report", "in.xlsx"],
      { "in.xlsx": CSV },
      /in\.xlsx: it is not an \.xlsx workbook .*name it \.csv/
    );
  });
  test("a zip with no workbook in it", async () => {
    const zip = new JSZip();
    zip.file("hello.txt", "hello");
    const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    await fails(
      ["report", "in.xlsx"],
      { "in.xlsx": bytes },
      /in\.xlsx: it is a zip archive but holds no Excel workbook/
    );
  });
  test("a zip bomb is refused at its declared size, with the limit in the message", async () => {
    // A real workbook whose sheet part declares 3.75 GB (the directory's uncompressed size): refused before
    // anything is inflated.
    const bytes = Buffer.from(
      await xlsx([
        ["Date", "Offered"],
        ["2026-10-01", 5],
      ])
    );
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 5, 6]));
    const at = bytes.readUInt32LE(eocd + 16);
    bytes.writeUInt32LE(0xf0000000, at + 24);
    await fails(
      ["report", "in.xlsx"],
      { "in.xlsx": bytes },
      /declare [\d,.]+ MB once unzipped, more than the 1,024 MB limit/
    );
  });
  test("an unknown sheet names the sheets and --sheet", async () => {
    const bytes = await xlsx([["Date", "Offered"]]);
    await fails(
      ["report", "in.xlsx", "--sheet", "Oct"],
      { "in.xlsx": bytes },
      /no sheet named "Oct"; its sheets are "Data" \(choose one with --sheet\)/
    );
  });
});

describe("output failures: one line with the fix, exit 2, before any work", () => {
  test("a folder as the output", async () => {
    await fails(
      ["report", "in.csv", "-o", "out"],
      { "in.csv": CSV },
      /Output out is a folder: name a file in it, e\.g\. -o "out\/report\.xlsx"/,
      2,
      { folders: ["out"] }
    );
    await fails(["report", "in.csv", "-o", "out/"], { "in.csv": CSV }, /Output out\/ is a folder/);
  });
  test("an unwritable output", async () => {
    const io = await fails(
      ["report", "in.csv", "-o", "r.xlsx"],
      { "in.csv": CSV },
      /Cannot write r\.xlsx: permission denied; choose a folder you may write to with -o\./,
      2,
      { failWrites: { "r.xlsx": "EACCES" } }
    );
    expect(io.files.has("r.xlsx")).toBe(false);
  });
  test("a full disk, and a name the system refuses", async () => {
    await fails(
      ["report", "in.csv", "-o", "r.xlsx"],
      { "in.csv": CSV },
      /Cannot write r\.xlsx: the disk is full/,
      2,
      {
        failWrites: { "r.xlsx": "ENOSPC" },
      }
    );
    await fails(
      ["report", "in.csv", "-o", "r.xlsx"],
      { "in.csv": CSV },
      /Cannot write r\.xlsx: EWHATEVER; check the path given with -o/,
      2,
      {
        failWrites: { "r.xlsx": "EWHATEVER" },
      }
    );
  });
  test("an invalid name: empty, a control character, not .xlsx", async () => {
    await fails(
      ["report", "in.csv", "-o", ""],
      { "in.csv": CSV },
      /--output needs a file name ending in \.xlsx/
    );
    await fails(
      ["report", "in.csv", "-o", "a\u0000b.xlsx"],
      { "in.csv": CSV },
      /not a usable file name/
    );
    await fails(["report", "in.csv", "-o", "r.pdf"], { "in.csv": CSV }, /name the file \*\.xlsx/);
  });
});

describe("the dispatcher", () => {
  test("--version prints the package's version", async () => {
    const io = memoryIo();
    expect(await run(["--version"], io)).toBe(0);
    expect(io.out.join("")).toBe(`service-planner ${pkg.version}\n`);
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
  });
  test("a bug is one line (exit 1); --debug adds the stack", async () => {
    const broken = () => {
      const io = memoryIo({ "in.csv": CSV });
      io.now = () => {
        throw new TypeError("clock stopped");
      };
      return io;
    };
    const plain = broken();
    expect(await run(["report", "in.csv"], plain)).toBe(1);
    expect(plain.err.join("")).toMatch(
      /^service-planner report: internal error: clock stopped\. Run the command again with --debug for the details, and report them\.\n$/
    );
    const debug = broken();
    expect(await run(["report", "in.csv", "--debug"], debug)).toBe(1);
    expect(debug.err.join("")).toMatch(/TypeError: clock stopped\n\s+at /);
  });
  test("escape codes in the data never reach the terminal", async () => {
    const csv =
      "Date,Queue,Offered,Answered\n2026-10-01,\u001b[31mRed\u001b[0m \u001b]0;pwned\u0007queue,100,90\n";
    const io = memoryIo({ "in.csv": csv });
    expect(await run(["report", "in.csv", "-o", "r.xlsx"], io)).toBe(0);
    const all = io.out.join("") + io.err.join("");
    expect(all).toContain("Red queue");
    expect([...all].filter((ch) => ch < " " && ch !== "\n").join("")).toBe("");
  });
});

describe("text over Excel's cell limit", () => {
  test("is cut to 32,767 characters, said on the terminal and in the report's data quality", async () => {
    const long = "Q".repeat(40073);
    const csv = `Date,Queue,Offered,Answered\n2026-10-01,${long},100,90\n`;
    const io = memoryIo({ "in.csv": csv });
    expect(await run(["report", "in.csv", "-o", "r.xlsx"], io)).toBe(0);
    expect(io.err.join("")).toContain(
      "in.csv: 1 cell held more than Excel's 32,767 characters and was cut to that length."
    );
    const grid = await readXlsxGrid(io.files.get("r.xlsx")!);
    const texts = grid.rows.flat().filter((c): c is string => typeof c === "string");
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(32767);
    expect(texts).toContain(
      "in.csv: 1 cell held more than Excel's 32,767 characters and was cut to that length."
    );
  });
});
