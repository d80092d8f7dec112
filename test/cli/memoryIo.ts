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

/** Paths that are folders, and writes that fail with a Node error code (EACCES, ENOSPC, …). */
export interface MemoryIoOptions {
  folders?: string[];
  failWrites?: Record<string, string>;
}

export function memoryIo(
  files: Record<string, string | Buffer> = {},
  interactive = false,
  { folders = [], failWrites = {} }: MemoryIoOptions = {}
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
    exists: (f) => store.has(f) || folders.includes(f),
    stat: (f) =>
      folders.includes(f)
        ? { size: 0, directory: true }
        : store.has(f)
          ? { size: store.get(f)!.length, directory: false }
          : null,
    writeFile: async (f, data, replace = false) => {
      if (failWrites[f]) {
        const e = new Error(`${failWrites[f]}: failed, open '${f}'`) as NodeJS.ErrnoException;
        e.code = failWrites[f];
        e.path = f;
        throw e;
      }
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
