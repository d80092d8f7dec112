import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/run";
import { intervalYearRows, INTERVAL_HEADERS, toCsv } from "../../src/cli/sample/generate";
import { monthFirstDay } from "../../src/report/dates";
import { memoryIo } from "./memoryIo";
import { recordSampleFiles } from "../../src/cli/sample/records";

const CSV =
  "Date,Queue,Offered,Answered,Answered within SL\n2026-10-01,A,100,90,70\n2026-10-02,A,120,110,100\n";

async function expectError(
  argv: string[],
  files: Record<string, string | Buffer>,
  message: RegExp
) {
  const io = memoryIo(files);
  expect(await run(argv, io)).toBe(2);
  expect(io.err.join("")).toMatch(message);
  return io;
}

describe("service-planner report", () => {
  test("with no input it builds the bundled sample month and prints the scorecard", async () => {
    const io = memoryIo();
    expect(await run(["report"], io)).toBe(0);
    expect(io.files.has("service-quality-2026-10.xlsx")).toBe(true);
    const out = io.out.join("");
    expect(out).toContain("Service quality report — October 2026");
    expect(out).toMatch(/Service level\s+76\.7%\s+80\.0%\s+−3\.3 pt\s+85\.5%\s+−8\.\d pt\s+AMBER/);
    expect(out).toMatch(/Overall score \(weighted attainment\): \d+\.\d \/ 100/);
    expect(out).toContain("Wrote service-quality-2026-10.xlsx");
  });

  test("a CSV file, Chinese labels, another SL denominator", async () => {
    const io = memoryIo({ "in.csv": CSV });
    expect(
      await run(
        ["report", "in.csv", "--lang", "zh-CN", "--sl-denominator", "answered", "-o", "r.xlsx"],
        io
      )
    ).toBe(0);
    expect(io.out.join("")).toMatch(/服务水平\s+85\.0%/); // (70 + 100) / (90 + 110)
  });

  test("an .xlsx file with Chinese headers and date cells", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("数据");
    ws.addRow(["日期", "队列", "呼入量", "接听量"]);
    ws.addRow([new Date(Date.UTC(2026, 9, 1)), "计费热线", 200, 190]);
    ws.addRow([new Date(Date.UTC(2026, 9, 2)), "计费热线", 100, 80]);
    const io = memoryIo({ "in.xlsx": Buffer.from(await wb.xlsx.writeBuffer()) });
    expect(await run(["report", "in.xlsx", "-o", "r.xlsx"], io)).toBe(0);
    expect(io.out.join("")).toMatch(/Answer rate\s+90\.0%/); // 270 / 300
  });

  test("a missing file", async () => {
    await expectError(["report", "nope.csv"], {}, /File not found: nope\.csv/);
  });

  test("an unsupported file type", async () => {
    await expectError(
      ["report", "data.json"],
      { "data.json": "{}" },
      /unsupported file type "\.json"/
    );
  });

  // input.md §3: offered without answered is valid (arrivals only); a file with no call volume at all is not.
  test("a table with no call-volume column names the field and how to map it", async () => {
    const io = await expectError(
      ["report", "in.csv"],
      { "in.csv": "Date,Staffed hours\n2026-10-01,5\n" },
      /No call-volume column/
    );
    expect(io.err.join("")).toContain('--map offered="Your header"');
  });

  test("--map to a column that does not exist lists the headers", async () => {
    await expectError(
      ["report", "in.csv", "--map", "offered=Calls in"],
      { "in.csv": CSV },
      /no column "Calls in".*"Date", "Queue"/
    );
  });

  test("--map re-maps a column", async () => {
    const csv = "Day,Calls in,Calls taken\n2026-10-01,10,8\n";
    const io = memoryIo({ "in.csv": csv });
    expect(
      await run(
        [
          "report",
          "in.csv",
          "--map",
          "offered=Calls in",
          "--map",
          "answered=calls taken",
          "-o",
          "r.xlsx",
        ],
        io
      )
    ).toBe(0);
    expect(io.out.join("")).toMatch(/Answer rate\s+80\.0%/);
  });

  test("a month not in the data", async () => {
    await expectError(
      ["report", "in.csv", "--month", "2025-01"],
      { "in.csv": CSV },
      /No data for 2025-01\. The data holds: 2026-10/
    );
  });

  test.each([
    [["--lang", "fr"], /--lang cannot be "fr": use one of en, zh-CN/],
    [["--sl-denominator", "calls"], /--sl-denominator cannot be "calls"/],
    [["--month", "October"], /--month must be YYYY-MM/],
    [["--colour", "red"], /Unknown option "--colour" for "report"/],
    [["--sl-threshold", "-5"], /--sl-threshold must be a number > 0/],
    [["--month"], /--month needs a value/],
    [["-o", "report.pdf"], /name the file \*\.xlsx/],
  ])("bad option %j", async (args, message) => {
    await expectError(["report", "in.csv", ...args], { "in.csv": CSV }, message);
  });

  test("an existing output file is never replaced without --force: the next free name is used and said", async () => {
    const io = memoryIo({ "in.csv": CSV, "r.xlsx": "precious", "r (2).xlsx": "also precious" });
    expect(await run(["report", "in.csv", "-o", "r.xlsx"], io)).toBe(0);
    expect(io.files.get("r.xlsx")!.toString()).toBe("precious");
    expect(io.files.get("r (2).xlsx")!.toString()).toBe("also precious");
    expect(io.files.get("r (3).xlsx")!.subarray(0, 2).toString()).toBe("PK");
    expect(io.err.join("")).toContain(
      "r.xlsx already exists and was left untouched; writing r (3).xlsx instead"
    );
    expect(io.out.join("")).toContain("Wrote r (3).xlsx");
    const forced = memoryIo({ "in.csv": CSV, "r.xlsx": "precious" });
    expect(await run(["report", "in.csv", "-o", "r.xlsx", "--force"], forced)).toBe(0);
    expect(forced.files.get("r.xlsx")!.subarray(0, 2).toString()).toBe("PK");
    expect(forced.files.size).toBe(2);
  });

  test("a targets table replaces the defaults", async () => {
    const targets = "KPI,Target,Direction,Weight\nAnswer rate,0.99,higher,5\n";
    const io = memoryIo({ "in.csv": CSV, "t.csv": targets });
    expect(await run(["report", "in.csv", "--targets", "t.csv", "-o", "r.xlsx"], io)).toBe(0);
    expect(io.out.join("")).toMatch(/Answer rate\s+90\.9%\s+99\.0%\s+−8\.1 pt\s+RED/);
  });

  test("the scorecard names the prior month and gives the change against it", async () => {
    // September: answer rate 80 / 100 = 80.0%; October 90 / 100 = 90.0%: change +10.0 pt. Against 95%: −5.0 pt,
    // more than the amber band (5% of 95% = 4.75 pt): RED.
    const csv = "Date,Offered,Answered\n2026-09-30,100,80\n2026-10-01,100,90\n";
    const io = memoryIo({ "in.csv": csv });
    expect(await run(["report", "in.csv", "-o", "r.xlsx"], io)).toBe(0);
    const out = io.out.join("");
    expect(out).toMatch(
      /KPI\s+Actual\s+Target\s+Variance \(\+ = better\)\s+Sep 2026\s+Change \(\+ = better\)\s+Status/
    );
    expect(out).toMatch(/Answer rate\s+90\.0%\s+95\.0%\s+−5\.0 pt\s+80\.0%\s+\+10\.0 pt\s+RED/);
    // Abandon rate (no abandoned column: offered − answered) fell from 20 / 100 to 10 / 100: lower is
    // better, so Change = prior − actual = +10.0 pt, an improvement, like the answer rate's.
    expect(out).toMatch(/Abandon rate\s+10\.0%\s+5\.0%\s+−5\.0 pt\s+20\.0%\s+\+10\.0 pt\s+RED/);
    // Two KPIs of weight 5 + 10 = 15 of the defaults' 100: no score, only the coverage and the reason.
    expect(out).toContain(
      "No score: only 2 of 16 KPIs measured (15% of weight); a score needs at least 50% of the weight measured."
    );
  });

  test("another complaint base rescales the default complaint target (5 per 10,000 = 0.5 per 1,000)", async () => {
    // Answered 90 + 110 = 200, complaints 1 + 1 = 2: 10 per 1,000 against 0.5 per 1,000.
    const csv = "Date,Offered,Answered,Complaints\n2026-10-01,100,90,1\n2026-10-02,120,110,1\n";
    const io = memoryIo({ "in.csv": csv });
    expect(await run(["report", "in.csv", "--complaint-base", "1000", "-o", "r.xlsx"], io)).toBe(0);
    expect(io.out.join("")).toMatch(
      /Complaint rate\s+10\.0 per 1,000\s+0\.5 per 1,000\s+−9\.5 per 1,000\s+RED/
    );
    // A targets table without a complaint row gets the rescaled default too.
    const io2 = memoryIo({ "in.csv": csv, "t.csv": "KPI,Target\nAnswer rate,0.9\n" });
    expect(
      await run(
        ["report", "in.csv", "--complaint-base", "1000", "--targets", "t.csv", "-o", "r.xlsx"],
        io2
      )
    ).toBe(0);
    expect(io2.out.join("")).toMatch(/Complaint rate\s+10\.0 per 1,000\s+0\.5 per 1,000\s/);
  });

  test("long inputs show progress", async () => {
    const rows = intervalYearRows(monthFirstDay("2026-10"), 40); // 40 days × 48 half hours × 3 queues
    expect(rows).toHaveLength(5760);
    const io = memoryIo({ "big.csv": toCsv(INTERVAL_HEADERS, rows) });
    expect(await run(["report", "big.csv", "-o", "r.xlsx"], io)).toBe(0);
    const err = io.err.join("");
    expect(err).toContain("Read 5,760 rows.");
    expect(err).toContain("Building report: 100% (done)");
  });
});

describe("the command dispatcher", () => {
  test("unknown command", async () => {
    const io = memoryIo();
    expect(await run(["frobnicate"], io)).toBe(2);
    expect(io.err.join("")).toContain('unknown command "frobnicate". Commands: report, sample');
  });
  test("help", async () => {
    const io = memoryIo();
    expect(await run(["report", "--help"], io)).toBe(0);
    expect(io.out.join("")).toContain("--sl-denominator offered|offered-less-short|answered");
  });
});

describe("service-planner sample", () => {
  test("the committed sample files are exactly the generator's output", async () => {
    const io = memoryIo();
    expect(await run(["sample", "-o", "out"], io)).toBe(0);
    const dir = path.join(__dirname, "..", "..", "samples");
    for (const name of ["activity-2026-09-10.csv", "service-jobs-2026-10.csv"]) {
      expect(io.files.get(path.join("out", name))!.toString("utf8")).toBe(
        fs.readFileSync(path.join(dir, name), "utf8")
      );
    }
  });
  test("refuses to replace existing files without --force", async () => {
    await expectError(
      ["sample", "-o", "s"],
      { [path.join("s", "activity-2026-09-10.csv")]: "x" },
      /already exist.*--force/
    );
  });
});

describe("the built command line (dist/cli)", () => {
  test("builds the sample report into a file, and a second run leaves the first file alone", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sp-cli-"));
    const out = path.join(dir, "sq.xlsx");
    const bin = path.join(__dirname, "..", "..", "bin", "service-planner.js");
    const first = spawnSync(process.execPath, [bin, "report", "-o", out], { encoding: "utf8" });
    expect(first.stderr).not.toContain("not built yet");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("Overall score");
    expect(fs.statSync(out).size).toBeGreaterThan(10000);
    const before = fs.readFileSync(out);
    const second = spawnSync(process.execPath, [bin, "report", "-o", out], { encoding: "utf8" });
    expect(second.status).toBe(0);
    expect(second.stderr).toContain("already exists and was left untouched");
    expect(fs.readFileSync(out).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(dir, "sq (2).xlsx"))).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("the complete data-quality list beside the report", () => {
  // 1,200 rows: 300 with text in Offered (rows 2–301 of the file), the rest clean.
  const csv = [
    "Date,Queue,Offered,Answered",
    ...Array.from(
      { length: 1200 },
      (_, i) => `2026-10-${String(1 + (i % 28)).padStart(2, "0")},Q${i},${i < 300 ? "n/a" : 100},90`
    ),
  ].join("\n");

  test("goes to a CSV named after the .xlsx, numbered like it, never replacing a file", async () => {
    const io = memoryIo({ "in.csv": csv, "r.xlsx": "precious", "r (2)-problems.csv": "mine" });
    expect(await run(["report", "in.csv", "-o", "r.xlsx"], io)).toBe(0);
    expect(io.files.get("r.xlsx")!.toString()).toBe("precious");
    expect(io.files.get("r (2)-problems.csv")!.toString()).toBe("mine");
    const list = io.files.get("r (2)-problems (2).csv")!.toString("utf8");
    expect(list.charCodeAt(0)).toBe(0xfeff);
    const lines = list.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 300);
    expect(lines[0]).toBe("Row,Kind,Problem,Left out of");
    expect(lines[300]).toMatch(/^301,Text in a number column,"?Offered ""n\/a"" is not a number/);
    const out = io.out.join("");
    expect(out).toContain(
      "300 data-quality problems: the report lists the first 200; all are in r (2)-problems (2).csv."
    );
    expect(out).toMatch(
      /1,200 rows read = 900 used \+ 300 used in part \+ 0 rejected \+ 0 blank \+ 0 in other months\./
    );
  });
});

describe("files as they really arrive (the reader of src/input behind the command line)", () => {
  const strip = (out: string) => out.replace(/Wrote .*\n/, "");

  test("a European CSV (semicolons, decimal commas) gives the original's figures", async () => {
    const original =
      "Date,Queue,Offered,Answered,Total handle seconds,QA evaluations,QA score sum,Cost\n" +
      "2026-10-01,A,100,90,27000.5,5,456.2,1161.9\n2026-10-02,A,120,110,30100.25,4,370.1,1300.4\n";
    const european = original.replace(/,/g, ";").replace(/(\d)\.(\d)/g, "$1,$2");
    expect(european).toContain("370,1");
    const a = memoryIo({ "us.csv": original });
    const b = memoryIo({ "eu.csv": european });
    expect(await run(["report", "us.csv", "-o", "r.xlsx"], a)).toBe(0);
    expect(await run(["report", "eu.csv", "-o", "r.xlsx"], b)).toBe(0);
    expect(strip(b.out.join(""))).toBe(strip(a.out.join("")));
    // QA score (456.2 + 370.1) / 9 = 91.8 points, never 816.6.
    expect(a.out.join("")).toMatch(/QA score\s+91\.8 points/);
  });

  test("a GBK file with Chinese queue names keeps its queues", async () => {
    // 北京 = B1 B1 BE A9 and 宝安 = B1 A6 B0 B2 in GBK (GB 2312 code table).
    const bytes = Buffer.concat([
      Buffer.from("Date,Queue,Offered,Answered\n2026-10-01,"),
      Buffer.from([0xb1, 0xb1, 0xbe, 0xa9]),
      Buffer.from(",100,90\n2026-10-01,"),
      Buffer.from([0xb1, 0xa6, 0xb0, 0xb2]),
      Buffer.from(",200,150\n"),
    ]);
    const io = memoryIo({ "gbk.csv": bytes });
    expect(await run(["report", "gbk.csv", "-o", "r.xlsx"], io)).toBe(0);
    const out = io.out.join("");
    expect(out).toMatch(/— (北京, 宝安|宝安, 北京)\n/);
    expect(out).toMatch(/Answer rate\s+80\.0%/); // (90 + 150) / 300
    expect(out).toContain("2 rows read = 2 used");
  });

  test("the ACD interval sample: title block skipped, averages converted, offered as its totals row", async () => {
    const files = recordSampleFiles();
    const acd = files["acd-interval-2026-10.csv"];
    const totals = acd.trim().split("\n").pop()!.split(",");
    const io = memoryIo({ "acd.csv": acd });
    expect(await run(["report", "acd.csv", "-o", "r.xlsx"], io)).toBe(0);
    const out = io.out.join("");
    // Answer rate = handled / offered from the totals row.
    const rate = ((Number(totals[4]) / Number(totals[3])) * 100).toFixed(1);
    expect(out).toMatch(new RegExp(`Answer rate\\s+${rate.replace(".", "\\.")}%`));
  });
});
