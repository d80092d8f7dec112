import * as fs from "fs";
import * as path from "path";
import { run } from "../../src/cli/run";
import { memoryIo } from "./memoryIo";

// The published cases as shipped to users: read independently of the engine's own copy of them.
const published: { cases: { id: string; fn: string }[] } = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../src/engine/publishedCases.json"), "utf8")
);

describe("service-planner selftest", () => {
  test("prints every published case with pass, and exits 0", async () => {
    const io = memoryIo();
    expect(await run(["selftest"], io)).toBe(0);
    const out = io.out.join("");
    for (const c of published.cases)
      expect(out).toMatch(new RegExp(`^${c.id} ${c.fn.replace(".", "\\.")} .* pass `, "m"));
    expect(out).not.toMatch(/FAIL/);
    expect(out).toContain(
      `${published.cases.length} of ${published.cases.length} published cases pass.`
    );
  });

  test("refuses arguments with a usage error (exit 2)", async () => {
    const io = memoryIo();
    expect(await run(["selftest", "extra"], io)).toBe(2);
    expect(io.err.join("")).toMatch(/selftest.*takes no arguments/);
  });

  test("is listed in the help", async () => {
    const io = memoryIo();
    expect(await run(["--help"], io)).toBe(0);
    expect(io.out.join("")).toMatch(/selftest\s+recompute the published/);
  });
});
