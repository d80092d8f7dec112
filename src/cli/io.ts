/** What the command line touches outside itself, injected so tests can run it without files or a terminal. */
import * as fs from "fs";
import * as path from "path";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(file: string): Promise<Buffer>;
  exists(file: string): boolean;
  /** Size and kind of a path, or null when nothing is there (read before a file is opened, to refuse early). */
  stat(file: string): { size: number; directory: boolean } | null;
  /** Writes the file, creating its folder. Without `replace`, an existing file is an error, never replaced. */
  writeFile(file: string, data: Buffer | string, replace?: boolean): Promise<void>;
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
    stat: (f) => {
      try {
        const s = fs.statSync(f);
        return { size: s.size, directory: s.isDirectory() };
      } catch {
        return null;
      }
    },
    writeFile: async (f, data, replace = false) => {
      await fs.promises.mkdir(path.dirname(path.resolve(f)), { recursive: true }).catch((e) => {
        // A file where a folder of the path should be: say that, not "already exists".
        if ((e as NodeJS.ErrnoException).code === "EEXIST")
          (e as NodeJS.ErrnoException).code = "ENOTDIR";
        throw e;
      });
      // "wx" fails if the file appeared since the caller checked: nothing is ever replaced by accident.
      await fs.promises.writeFile(f, data, { flag: replace ? "w" : "wx" });
    },
    now: () => new Date(),
    sample,
    interactive: Boolean(process.stderr.isTTY),
  };
}
