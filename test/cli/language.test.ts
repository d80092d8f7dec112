/**
 * --lang zh-CN makes the whole run Chinese: status lines, help, usage and every error path; English runs
 * carry no Chinese. The user's own data (file names, queue names, headers) is allowed as it is.
 */
import { COMMANDS, run } from "../../src/cli/run";
import { ACTIVITY_FIELDS, JOB_FIELDS } from "../../src/report";
import { CLI_CODE, leaksIn } from "../helpers/languageLeaks";
import { memoryIo } from "./memoryIo";

const CSV =
  "Date,Queue,Offered,Answered,Answered within SL\n2026-10-01,A,100,90,70\n2026-10-02,A,120,110,100\n";
const userData = [
  "in.csv",
  "r.xlsx",
  "nope.csv",
  "in.txt2",
  ".txt2",
  "Calls in",
  "Date",
  "Queue",
  "Offered",
  "Answered",
  "Answered within", // the header "Answered within SL" once CLI_CODE's placeholder pattern has taken "SL"
];
// What the user types stays as typed: command names and field codes (--map offered=…).
const typed = [...Object.keys(COMMANDS), ...[...ACTIVITY_FIELDS, ...JOB_FIELDS].map((f) => f.key)];
const code = [...CLI_CODE, ...typed.map((word) => new RegExp(`\\b${word}\\b`, "g"))];

async function runIn(argv: string[], files: Record<string, string | Buffer> = {}) {
  const io = memoryIo(files);
  const code = await run(argv, io);
  return { code, out: io.out.join(""), err: io.err.join("") };
}

/** Every error path the command line has, by its arguments. */
const errorPaths: [string, string[], Record<string, string>][] = [
  ["unknown command", ["nope"], {}],
  ["unknown option", ["report", "--bogus"], {}],
  ["option without value", ["report", "--month"], {}],
  ["bad choice", ["report", "--sl-denominator", "x"], {}],
  ["bad month", ["report", "--month", "10/2026"], {}],
  ["bad number", ["report", "--sl-threshold", "-1"], {}],
  ["two inputs", ["report", "in.csv", "in.csv"], { "in.csv": CSV }],
  ["missing file", ["report", "nope.csv"], {}],
  ["unsupported type", ["report", "in.txt2"], { "in.txt2": CSV }],
  ["bad --map", ["report", "in.csv", "--map", "offered"], { "in.csv": CSV }],
  ["unknown field", ["report", "in.csv", "--map", "calls=Offered"], { "in.csv": CSV }],
  ["no such column", ["report", "in.csv", "--map", "offered=Calls in"], { "in.csv": CSV }],
  ["output not .xlsx", ["report", "in.csv", "-o", "r.pdf"], { "in.csv": CSV }],
  ["sample with a file", ["sample", "x"], {}],
  ["selftest with an argument", ["selftest", "x"], {}],
];

/** Forecast history: `days` days of two half-hour intervals from Monday 2026-09-14. */
function history(days: number): string {
  const lines = ["Interval start,Offered"];
  for (let d = 0; d < days; d++) {
    const date = new Date(Date.UTC(2026, 8, 14 + d)).toISOString().slice(0, 10);
    lines.push(`${date} 08:00,${10 + (d % 7)}`, `${date} 08:30,${5 + (d % 3)}`);
  }
  return `${lines.join("\n")}\n`;
}
const HISTORY = history(42);

/** The reader's errors (what the file holds) and the forecast command's, by its arguments and files. */
const inputPaths: [string, string[], Record<string, string | Buffer>][] = [
  [
    "ambiguous slash dates",
    ["report", "in.csv"],
    { "in.csv": "Date,Offered\n01/02/2026,10\n03/04/2026,12\n" },
  ],
  [
    "mixed date orders",
    ["report", "in.csv"],
    { "in.csv": "Date,Offered\n7/25/2026,10\n25/7/2026,12\n" },
  ],
  ["no date column", ["report", "in.csv"], { "in.csv": "Queue,Offered\nA,10\n" }],
  ["no readable dates", ["report", "in.csv"], { "in.csv": "Date,Offered\nsoon,10\n" }],
  ["no call volume", ["report", "in.csv"], { "in.csv": "Date,Queue\n2026-10-01,A\n" }],
  [
    "bytes in no encoding",
    ["report", "in.csv"],
    { "in.csv": Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x80, 0xff, 0xfe, 0x00, 0x81, 0xff]) },
  ],
  ["forecast: two histories", ["forecast", "h.csv", "h.csv"], { "h.csv": HISTORY }],
  ["forecast: weeks not whole", ["forecast", "h.csv", "--weeks", "1.5"], { "h.csv": HISTORY }],
  [
    "forecast: a number out of range",
    ["forecast", "h.csv", "--plan", "--sl", "2"],
    { "h.csv": HISTORY },
  ],
  ["forecast: history too short", ["forecast", "h.csv"], { "h.csv": history(5) }],
  ["forecast: --plan without handle times", ["forecast", "h.csv", "--plan"], { "h.csv": HISTORY }],
  ["forecast: output not .xlsx", ["forecast", "h.csv", "-o", "f.pdf"], { "h.csv": HISTORY }],
  [
    "forecast: special days without a kind",
    ["forecast", "h.csv", "--special-days", "s.csv"],
    { "h.csv": HISTORY, "s.csv": "Date,Kind\n2026-10-01,party\n" },
  ],
  [
    "forecast: ambiguous slash dates",
    ["forecast", "h.csv"],
    { "h.csv": "Interval start,Offered\n01/02/2026 08:00,10\n03/04/2026 08:00,12\n" },
  ],
];

describe("the command line speaks the run's language", () => {
  test.each(inputPaths)(
    "%s: the reader's or the forecast's error in Chinese with --lang zh-CN",
    async (_, argv, files) => {
      const zh = await runIn([...argv, "--lang", "zh-CN"], files);
      const en = await runIn(argv, files);
      expect([zh.code, en.code]).toEqual([2, 2]);

      // The whole of stderr: the forecast command's status lines (rows read, special days) with its error,
      // the report's with the reader's description.
      const shown = (err: string) => err;
      expect(shown(zh.err)).toMatch(/[\u4e00-\u9fff]/);
      const data = [
        ...userData,
        "h.csv",
        "s.csv",
        "f.pdf",
        "Interval start",
        "Kind",
        "party",
        "soon",
        "A",
      ];
      expect(
        leaksIn("zh-CN", [["stderr", shown(zh.err)]], { userData: data, allowed: code })
      ).toEqual([]);
      expect(leaksIn("en", [["stderr", shown(en.err)]], { userData: data })).toEqual([]);
    }
  );

  test("the reader's errors read as written, in both languages", async () => {
    const files = { "in.csv": "Date,Offered\n01/02/2026,10\n03/04/2026,12\n" };
    expect((await runIn(["report", "in.csv", "--lang", "zh-CN"], files)).err).toContain(
      "“Date”列的日期（如 01/02/2026）既可读作月/日，也可读作日/月：没有一个值的某一部分大于 12。请指明日期顺序：任务窗格中在“日期顺序”里选择；命令行用 --date-order=mdy 或 --date-order=dmy。"
    );
    const short = { "h.csv": history(5) };
    expect((await runIn(["forecast", "h.csv", "--lang", "zh-CN"], short)).err).toContain(
      "历史数据只覆盖 5 天（2026-09-14 至 2026-09-18）：至少需要 14 天，回测需要 8 周或更长"
    );
    expect((await runIn(["forecast", "h.csv"], short)).err).toContain(
      "history covers 5 days (2026-09-14 to 2026-09-18): give at least 14 days, 8 weeks or more for a backtest"
    );
  });

  test.each(errorPaths)(
    "%s: an error in Chinese with --lang zh-CN, in English without",
    async (_, argv, files) => {
      const zh = await runIn([...argv, "--lang", "zh-CN"], files);
      const en = await runIn(argv, files);
      expect([zh.code, en.code]).toEqual([2, 2]);
      expect(zh.err).not.toBe("");
      expect(zh.err).not.toBe(en.err);
      expect(
        leaksIn("zh-CN", [["stderr", zh.err]], {
          userData: [...userData, "r.pdf", "nope", "calls", "x"],
          allowed: code,
        })
      ).toEqual([]);
      expect(leaksIn("en", [["stderr", en.err]], { userData })).toEqual([]);
    }
  );

  test("a report run: everything it prints is Chinese", async () => {
    const zh = await runIn(["report", "in.csv", "--lang", "zh-CN", "-o", "r.xlsx"], {
      "in.csv": CSV,
    });
    expect(zh.code).toBe(0);
    expect(zh.out).toMatch(/^已写入 r\.xlsx（工作表“[^”]+”），用时 [\d.]+ 秒。$/m);
    const lines = `${zh.out}\n${zh.err}`
      .split("\n")
      .map((l, i): [string, string] => [`line ${i + 1}`, l]);
    expect(leaksIn("zh-CN", lines, { userData: [...userData, "A"], allowed: code })).toEqual([]);
  });

  test("the language may come first; help and usage follow it", async () => {
    const help = await runIn(["--lang", "zh-CN"]);
    expect(help.out).toContain("用法：service-planner <命令> [选项]");
    const usage = await runIn(["--lang=zh-CN", "report", "--help"]);
    expect(usage.code).toBe(0);
    expect(usage.out).toContain("服务水平分母");
    for (const command of ["report", "sample", "selftest", "forecast"]) {
      const text = (await runIn([command, "--help", "--lang", "zh-CN"])).out;
      expect(leaksIn("zh-CN", [[command, text]], { allowed: code })).toEqual([]);
    }
    expect(leaksIn("zh-CN", [["help", help.out]], { allowed: code })).toEqual([]);
  });

  test("a forecast run: everything it prints is Chinese", async () => {
    const files = { "h.csv": HISTORY, "f.xlsx": "taken" };
    const zh = await runIn(
      ["forecast", "h.csv", "--weeks", "1", "--lang", "zh-CN", "-o", "f.xlsx"],
      files
    );
    expect(zh.code).toBe(0);
    // By hand: 42 days × 2 intervals, one queue (the history has no queue column).
    expect(zh.err).toContain("读取 84 行，共 1 个队列。");
    expect(zh.err).toContain("未指定特殊日：历史数据中的节假日按普通日计算");
    expect(zh.err).toContain("f.xlsx 已存在，未作改动；改为写入 f (2).xlsx");
    expect(zh.out).toMatch(
      /^历史数据：.+；提前 7 天的回测 WAPE 为 [\d.]+%，季节性朴素法为 [\d.]+%$/m
    );
    expect(zh.out).toMatch(/^已写入 f \(2\)\.xlsx（工作表“预测 2026-\d\d”）。$/m);
    const lines = `${zh.out}\n${zh.err}`
      .split("\n")
      .map((l, i): [string, string] => [`line ${i + 1}`, l]);
    expect(
      leaksIn("zh-CN", lines, { userData: ["h.csv", "f.xlsx", "f (2).xlsx", "f"], allowed: code })
    ).toEqual([]);
    const en = await runIn(["forecast", "h.csv", "--weeks", "1", "-o", "f.xlsx"], files);
    expect(en.err).toContain("Read 84 rows; 1 queue.");
    expect(en.out).toMatch(
      /^History: .+; backtest WAPE 7 days ahead [\d.]+%, seasonal naive [\d.]+%$/m
    );
    expect(en.out).toMatch(/^Wrote f \(2\)\.xlsx \(sheet "Forecast 2026-\d\d"\)\.$/m);
    expect(
      leaksIn("en", [
        ["stdout", en.out],
        ["stderr", en.err],
      ])
    ).toEqual([]);
  });

  test("English counts by hand: one file or two", async () => {
    const once = await runIn(["sample", "-o", "s"], { "s/activity-2026-09-10.csv": "x" });
    expect(once.err).toContain(
      "s/activity-2026-09-10.csv already exists and was left untouched; add --force to replace."
    );
    const twice = await runIn(["sample", "-o", "s"], {
      "s/activity-2026-09-10.csv": "x",
      "s/service-jobs-2026-10.csv": "x",
    });
    expect(twice.err).toContain(
      "s/activity-2026-09-10.csv, s/service-jobs-2026-10.csv already exist and were left untouched"
    );
  });
});
