import * as path from "path";
import { spawnSync } from "child_process";

/** The one-way dependency rule of ARCHITECTURE.md is enforced by lint; this proves the rule bites. */
const root = path.resolve(__dirname, "../..");

// ESLint loads its flat config with a dynamic import, which jest's VM cannot do: lint in a child process.
async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const eslintBin = path.join(root, "node_modules/eslint/bin/eslint.js");
  const run = spawnSync(
    process.execPath,
    [eslintBin, "--stdin", "--stdin-filename", filePath, "-f", "json"],
    {
      cwd: root,
      input: code,
      encoding: "utf8",
    }
  );
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
  return result.messages
    .filter((m) => m.ruleId !== "prettier/prettier")
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe("layer rules", () => {
  test.each([
    "src/engine/probe.ts",
    "src/input/probe.ts",
    "src/workbook/probe.ts",
    "src/report/probe.ts",
    "src/plan/probe.ts",
    "src/forecast/probe.ts",
    "src/i18n/probe.ts",
  ])("%s may not touch Office, Excel or the DOM", async (file) => {
    const found = await ruleIds(
      file,
      [
        "export const a = (): unknown => Excel.run(async () => undefined);",
        "export const b = (r: Excel.Range): unknown => r;",
        "export const c = (): string => document.title;",
        "export const d = (): unknown => CustomFunctions.ErrorCode;",
        "",
      ].join("\n")
    );
    expect(found.filter((m) => m.startsWith("no-restricted-globals")).length).toBe(3);
    expect(found.filter((m) => m.startsWith("no-restricted-syntax")).length).toBe(1);
  });

  test("the engine may not import the report, a writer or the UI", async () => {
    const found = await ruleIds("src/engine/probe.ts", 'import "../report";\nimport "exceljs";\n');
    expect(found.filter((m) => m.startsWith("no-restricted-imports")).length).toBe(2);
  });

  test("the report core may use the engine", async () => {
    const found = await ruleIds(
      "src/report/probe.ts",
      'import { trafficErlangs } from "../engine/traffic";\nexport const t = trafficErlangs;\n'
    );
    expect(found).toEqual([]);
  });

  test.each([
    "src/report/probe.ts",
    "src/plan/probe.ts",
    "src/forecast/probe.ts",
    "src/input/probe.ts",
  ])("%s may not import a door or the UI", async (file) => {
    const found = await ruleIds(
      file,
      'import "../excel/port";\nimport "../xlsx/readTable";\nimport "../functions/cells";\nimport "react";\n'
    );
    expect(found.filter((m) => m.startsWith("no-restricted-imports")).length).toBe(4);
  });

  test("reading may not depend on the report that uses it", async () => {
    const found = await ruleIds(
      "src/input/probe.ts",
      'import "../report";\nimport "../workbook";\n'
    );
    expect(found.filter((m) => m.startsWith("no-restricted-imports")).length).toBe(1);
  });
});
