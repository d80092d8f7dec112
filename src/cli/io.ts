/** What the command line touches outside itself, injected so tests can run it without files or a terminal. */
import * as fs from "fs";
import * as path from "path";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(file: string): Promise<Buffer>;
  exists(file: string): boolean;
  /** Writes the file, creating its folder; never called for an existing file without --force. */
  writeFile(file: string, data: Buffer | string): Promise<void>;
  now(): Date;
  /** The bundled sample CSVs by file name (activity and service jobs). */
  sample(): Record<string, string>;
  /** Whether stderr is a terminal (progress is redrawn in place) or a log (one line per step). */
  interactive: boolean;
}

export function nodeIo(sample: () => Record<string, string>): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readFile: (f) => fs.promises.readFile(f),
    exists: (f) => fs.existsSync(f),
    writeFile: async (f, data) => {
      await fs.promises.mkdir(path.dirname(path.resolve(f)), { recursive: true });
      await fs.promises
        .writeFile(f, data, { flag: "wx" })
        .catch(async (e: NodeJS.ErrnoException) => {
          if (e.code !== "EEXIST") throw e;
          await fs.promises.writeFile(f, data); // --force: the caller checked and chose to replace it
        });
    },
    now: () => new Date(),
    sample,
    interactive: Boolean(process.stderr.isTTY),
  };
}
