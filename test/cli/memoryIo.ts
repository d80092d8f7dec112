/** An in-memory CliIo: files in a Map, output captured, the sample read from the committed samples/. */
import * as fs from "fs";
import * as path from "path";
import type { CliIo } from "../../src/cli/io";
import { SAMPLE_FILES } from "../../src/cli/sample/files";

export interface MemoryIo extends CliIo {
  files: Map<string, Buffer>;
  out: string[];
  err: string[];
}

const samplesDir = path.join(__dirname, "..", "..", "samples");

export function memoryIo(
  files: Record<string, string | Buffer> = {},
  interactive = false
): MemoryIo {
  const store = new Map(
    Object.entries(files).map(([k, v]) => [k, Buffer.isBuffer(v) ? v : Buffer.from(v)])
  );
  const out: string[] = [];
  const err: string[] = [];
  return {
    files: store,
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: async (f) => {
      const data = store.get(f);
      if (!data) throw new Error(`ENOENT ${f}`);
      return data;
    },
    exists: (f) => store.has(f),
    writeFile: async (f, data, replace = false) => {
      if (store.has(f) && !replace) throw new Error(`EEXIST ${f}`);
      store.set(f, Buffer.isBuffer(data) ? data : Buffer.from(data));
    },
    now: () => new Date(Date.UTC(2026, 10, 2, 9)),
    sample: () => ({
      [SAMPLE_FILES.activity]: fs.readFileSync(
        path.join(samplesDir, SAMPLE_FILES.activity),
        "utf8"
      ),
      [SAMPLE_FILES.jobs]: fs.readFileSync(path.join(samplesDir, SAMPLE_FILES.jobs), "utf8"),
    }),
    interactive,
  };
}
