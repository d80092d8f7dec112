/**
 * The built command line as a process (needs `npm run build:cli`): exit codes, a closed pipe, real file-system
 * failures. Each failure is one line on stderr.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import pkg from "../../package.json";

const bin = path.join(__dirname, "..", "..", "bin", "service-planner.js");
let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "sp-process-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
const oneLine = (text: string) => expect(text.trimEnd().split("\n")).toHaveLength(1);

test("--version", () => {
  const r = cli(["--version"]);
  expect(r.status).toBe(0);
  expect(r.stdout).toBe(`service-planner ${pkg.version}\n`);
});

test("report … | head: the closed pipe ends the command quietly, exit 0", () => {
  const out = path.join(dir, "piped.xlsx");
  // bash's PIPESTATUS gives the command's own exit status, not head's.
  const bash = spawnSync(
    "/bin/bash",
    [
      "-c",
      `"${process.execPath}" "${bin}" report -o "${out}" --force | head -1; exit \${PIPESTATUS[0]}`,
    ],
    { encoding: "utf8" }
  );
  for (const run of [bash]) {
    expect(run.stdout).toBe(
      "Service quality report — October 2026 — Billing hotline, Online chat, Technical support\n"
    );
    expect(run.stderr).not.toMatch(/EPIPE|Error|at /);
  }
  expect(bash.status).toBe(0);
});

test("a folder as the output, a path through a file, a missing input: one line, exit 2", () => {
  const folder = cli(["report", "-o", dir]);
  expect(folder.status).toBe(2);
  expect(folder.stderr).toContain(`Output ${dir} is a folder: name a file in it`);
  const file = path.join(dir, "plain.txt");
  fs.writeFileSync(file, "x");
  const through = cli(["report", "-o", path.join(file, "r.xlsx")]);
  expect(through.status).toBe(2);
  expect(through.stderr).toMatch(
    /Cannot write .*r\.xlsx: a part of the path is a file, not a folder/
  );
  const missing = cli(["report", path.join(dir, "nope.csv")]);
  expect(missing.status).toBe(2);
  oneLine(missing.stderr);
  expect(missing.stderr).toContain("File not found");
});
