/**
 * The command line's messages about files, limits and failures, as catalogue Messages (src/i18n cli.json):
 * thrown inside a UsageError they are shown in the run's language; elsewhere translate() them. Each says what
 * went wrong with which path and what to do about it, on one line.
 */
import type { Message } from "../i18n";
import { LIMITS } from "./limits";

const mib = (bytes: number) => Math.round(bytes / 1048576);

export const MSG = {
  // Input files
  notFound: (file: string): Message => ({ key: "cli.notFound", params: { file } }),
  isFolder: (file: string): Message => ({ key: "cli.isFolder", params: { file } }),
  emptyFile: (file: string): Message => ({ key: "cli.emptyFile", params: { file } }),
  tooBig: (file: string, bytes: number): Message => ({
    key: "cli.tooBig",
    params: { file, size: mib(bytes), limit: mib(LIMITS.inputBytes) },
  }),
  noTable: (file: string): Message => ({ key: "cli.noTable", params: { file } }),
  noDataRows: (file: string): Message => ({ key: "cli.noDataRows", params: { file } }),
  tooManyRows: (file: string, rows: number): Message => ({
    key: "cli.tooManyRows",
    params: { file, rows },
  }),
  unreadable: (file: string, reason: string): Message => ({
    key: "cli.unreadable",
    params: { file, reason },
  }),
  unsupportedType: (file: string, ext: string): Message => ({
    key: "cli.unsupportedType",
    params: { file, ext: ext || { key: "cli.noFileType" } },
  }),
  textTruncated: (file: string, cells: number): Message => ({
    key: "cli.textTruncated",
    params: { file, count: cells, limit: LIMITS.cellChars },
  }),
  xlsxProblem: (file: string, detail: string): Message => ({
    key: "cli.xlsxProblem",
    params: { file, detail },
  }),

  // Output files
  outputNeeded: (): Message => ({ key: "cli.outputNeeded" }),
  outputInvalid: (file: string): Message => ({ key: "cli.outputInvalid", params: { file } }),
  outputIsFolder: (file: string): Message => ({
    key: "cli.outputIsFolder",
    params: { file, example: `${file.replace(/[\\/]+$/, "")}/report.xlsx` },
  }),
  outputNotXlsx: (file: string): Message => ({ key: "cli.outputNotXlsx", params: { file } }),
  /** A write failure by Node's error code (EACCES, ENOSPC …): the reason and the fix. */
  cannotWrite: (file: string, code: string): Message => ({
    key: "cli.cannotWrite",
    params: { file, reason: { key: "cli.writeReason", params: { code } } },
  }),

  // Failures that are bugs: one line, the details behind --debug
  internal: (message: string): Message => ({ key: "cli.internal", params: { message } }),
};
