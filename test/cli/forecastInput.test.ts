/**
 * `service-planner forecast` reads history through the project's reader (src/input): GBK bytes, ";" files
 * with decimal commas, US dates with 12-hour times. Expected values are built here, independently.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/run";
import { memoryIo } from "./memoryIo";

async function forecastCells(bytes: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const out: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > 6 && typeof row.getCell(4).value === "number")
      out.push([1, 2, 3, 4, 5].map((c) => row.getCell(c).value));
  });
  return out;
}

const FIRST = Date.UTC(2026, 8, 14); // Monday 2026-09-14
const DAYS = 42;
/** Two intervals a day, the count rising with the weekday so the seasonal naive forecast is checkable. */
const count = (d: number, late: boolean) => (late ? 2 : 3 + (d % 7));

function usDateTime(ms: number): string {
  const t = new Date(ms);
  const h = t.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const mm = String(t.getUTCMinutes()).padStart(2, "0");
  return `${t.getUTCMonth() + 1}/${t.getUTCDate()}/${t.getUTCFullYear()} ${h12}:${mm} ${h < 12 ? "AM" : "PM"}`;
}

describe("forecast history through the reader", () => {
  test("a GBK ';' file with decimal commas and Chinese headers keeps its Chinese queues", async () => {
    // GBK bytes written out by hand: 日期 C8D5 C6DA, 时段 CAB1 B6CE, 队列 B6D3 C1D0, 呼入量 BAF4 C8EB C1BF,
    // 销售 CFFA CADB, 客服 BFCD B7FE.
    const gbk = (hex: string) => Buffer.from(hex, "hex");
    const parts: Buffer[] = [
      gbk("c8d5c6da"),
      Buffer.from(";"),
      gbk("cab1b6ce"),
      Buffer.from(";"),
      gbk("b6d3c1d0"),
      Buffer.from(";"),
      gbk("baf4c8ebc1bf"),
      Buffer.from(";Handle seconds\r\n"),
    ];
    for (let d = 0; d < DAYS; d++) {
      const day = new Date(FIRST + d * 86400000).toISOString().slice(0, 10);
      for (const [queue, n] of [
        ["cffacadb", 4],
        ["bfcdb7fe", 2],
      ] as const) {
        parts.push(Buffer.from(`${day};09:00;`), gbk(queue), Buffer.from(`;${n};${n * 100},5\r\n`));
      }
    }
    const io = memoryIo({ "历史.csv": Buffer.concat(parts) });
    const code = await run(
      ["forecast", "历史.csv", "--weeks", "1", "--method", "naive", "-o", "f.xlsx"],
      io
    );
    expect(io.err.join("")).not.toMatch(/error/i);
    expect(code).toBe(0);
    expect(io.out.join("")).toMatch(/销售: /);
    expect(io.out.join("")).toMatch(/客服: /);
    const cells = await forecastCells(io.files.get("f.xlsx")!);
    const queues = new Set(cells.map((r) => r[2]));
    expect(queues).toEqual(new Set(["销售", "客服"]));
    // Every forecast day repeats the history: 4 and 2 contacts, AHT (n·100 + 0.5) / n seconds.
    for (const r of cells) {
      expect(r[3]).toBe(r[2] === "销售" ? 4 : 2);
      // The sheet shows AHT to a tenth of a second.
      expect(r[4]).toBe(r[2] === "销售" ? 100.1 : 100.3);
    }
    expect(cells.length).toBeGreaterThanOrEqual(2 * 6);
  });

  test("US dates with 12-hour times give the same forecast as the ISO history", async () => {
    const iso = ["Interval start,Queue,Offered,Handle seconds"];
    const us = ["Interval Start,Queue,Offered,Handle Seconds"];
    for (let d = 0; d < DAYS; d++) {
      for (const [h, m, late] of [
        [9, 0, false],
        [13, 30, true],
      ] as const) {
        const ms = FIRST + d * 86400000 + (h * 60 + m) * 60000;
        const n = count(d, late);
        iso.push(
          `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")},Sales,${n},${n * 180}`
        );
        us.push(`"${usDateTime(ms)}",Sales,${n},${n * 180}`);
      }
    }
    expect(us[1]).toBe('"9/14/2026 9:00 AM",Sales,3,540');
    expect(us[2]).toBe('"9/14/2026 1:30 PM",Sales,2,360');
    const runOn = async (text: string) => {
      const io = memoryIo({ "h.csv": text });
      const code = await run(
        ["forecast", "h.csv", "--weeks", "1", "--method", "naive", "-o", "f.xlsx"],
        io
      );
      expect(io.err.join("")).not.toMatch(/error/i);
      expect(code).toBe(0);
      return forecastCells(io.files.get("f.xlsx")!);
    };
    const fromIso = await runOn(iso.join("\n"));
    const fromUs = await runOn(us.join("\n"));
    expect(fromIso.length).toBeGreaterThanOrEqual(2 * 7);
    expect(fromUs).toEqual(fromIso);
    // Seasonal naive: a forecast Tuesday (day 43, 2026-10-27) repeats Tuesday day 36: 4 at 09:00, 2 at 13:30.
    const at = (time: string) =>
      fromUs.find(
        (r) =>
          (r[0] as Date).toISOString().slice(0, 10) === "2026-10-27" &&
          (r[1] as Date).toISOString().slice(11, 16) === time
      )?.[3];
    expect([at("09:00"), at("13:30")]).toEqual([count(36, false), count(36, true)]);
  });
});

describe("service-planner sample writes the bundled history", () => {
  const file = path.join("out", "history-2025-09-2026-10.csv");

  test("history-2025-09-2026-10.csv: 2025-09-01 to 2026-10-31, three queues, 24 half-hours a day", async () => {
    const io = memoryIo();
    expect(await run(["sample", "-o", "out"], io)).toBe(0);
    expect(io.out.join("")).toContain(file);
    const lines = io.files.get(file)!.toString("utf8").trimEnd().split("\n");
    expect(lines[0]).toBe("Interval start,Queue,Offered,Handle seconds");
    // 426 days (30 in September, 365 to 2026-08-31, 31 in October) × 3 queues × 24 half-hours.
    const days = (Date.UTC(2026, 9, 31) - Date.UTC(2025, 8, 1)) / 86400000 + 1;
    expect(days).toBe(426);
    expect(lines.length - 1).toBe(days * 3 * 24);
    expect(lines[1]).toMatch(/^2025-09-01 08:00,[^,]+,\d+,\d+$/);
    expect(lines[lines.length - 1]).toMatch(/^2026-10-31 19:30,[^,]+,\d+,\d+$/);
    expect(new Set(lines.slice(1).map((l) => l.split(",")[1])).size).toBe(3);
  }, 60000);

  test("an existing history file is never replaced without --force", async () => {
    const io = memoryIo({ [file]: "mine" });
    expect(await run(["sample", "-o", "out"], io)).toBe(2);
    expect(io.err.join("")).toMatch(/already exist.*--force/);
    expect(io.files.get(file)!.toString()).toBe("mine");
  });
});

describe("forecast errors in the user's language", () => {
  test("--lang zh-CN: a history row without a date is named in Chinese; English by default", async () => {
    const files = { "h.csv": "Interval start,Offered\n2026-10-01 08:00,5\nnot a date,3\nsoon,4\n" };
    const zh = memoryIo(files);
    expect(await run(["forecast", "h.csv", "--lang", "zh-CN"], zh)).toBe(2);
    expect(zh.err.join("")).toContain("历史数据中有 2 行（第 3, 4 行）无法识别日期或时间");
    const en = memoryIo(files);
    expect(await run(["forecast", "h.csv"], en)).toBe(2);
    expect(en.err.join("")).toContain(
      "2 rows of the history (rows 3, 4) have no readable date or time"
    );
  });

  test("--lang zh-CN: a history without a date column names its headers in Chinese", async () => {
    const io = memoryIo({ "h.csv": "Foo,Offered\nx,5\n" });
    expect(await run(["forecast", "h.csv", "--lang", "zh-CN"], io)).toBe(2);
    expect(io.err.join("")).toContain(
      "历史数据需要一个日期时间列（“时段开始”）或日期列（“日期”）；现有列标题：Foo, Offered"
    );
  });
});
