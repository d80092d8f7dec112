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

async function runIn(argv: string[], files: Record<string, string> = {}) {
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

describe("the command line speaks the run's language", () => {
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
    for (const command of ["report", "sample", "selftest"]) {
      const text = (await runIn([command, "--help", "--lang", "zh-CN"])).out;
      expect(leaksIn("zh-CN", [[command, text]], { allowed: code })).toEqual([]);
    }
    expect(leaksIn("zh-CN", [["help", help.out]], { allowed: code })).toEqual([]);
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
