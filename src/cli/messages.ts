/**
 * The command line's own messages about files, limits and failures: English, one place, each a function of
 * its parameters, so the message catalogue (src/i18n) can take them over as they are. Each says what went
 * wrong with which path and what to do about it, on one line.
 */
import { LIMITS } from "./limits";

const n = (x: number) => x.toLocaleString("en-US");
const mib = (bytes: number) => `${n(Math.round(bytes / 1048576))} MB`;

export const MSG = {
  // Input files
  notFound: (file: string) =>
    `File not found: ${file}. Check the path (run the command from the folder that holds it, or give the full path).`,
  isFolder: (file: string) =>
    `${file} is a folder, not a file: name the .csv or .xlsx file inside it.`,
  emptyFile: (file: string) =>
    `${file} is empty (0 bytes): export the data again, or check that the export finished.`,
  tooBig: (file: string, bytes: number) =>
    `${file} is ${mib(bytes)}, more than the ${mib(LIMITS.inputBytes)} the command line reads: split it by month (or filter the export) and report each part.`,
  noTable: (file: string) =>
    `${file} holds no table: it has no header row with column names. Export the data with its header row.`,
  noDataRows: (file: string) =>
    `${file} has a header row but no data rows below it: export the data again with its rows.`,
  tooManyRows: (file: string, rows: number) =>
    `${file} has more than ${n(rows)} rows, the most the command line reads: split it by month and report each part.`,
  unreadable: (file: string, reason: string) =>
    `Cannot read ${file} (${reason}): check that the file exists and that you may read it.`,
  unsupportedType: (file: string, ext: string) =>
    `${file}: unsupported file type "${ext || "none"}". Use a .csv (or .txt/.tsv) or an .xlsx file.`,
  textTruncated: (file: string, cells: number) =>
    `${file}: ${n(cells)} cell${cells === 1 ? "" : "s"} held more than Excel's ${n(LIMITS.cellChars)} characters and ${cells === 1 ? "was" : "were"} cut to that length.`,

  // Output files
  outputNeeded: () => `Option --output needs a file name ending in .xlsx, e.g. -o report.xlsx.`,
  outputInvalid: (file: string) =>
    `Output "${file}" is not a usable file name (it holds a control character): choose another name with -o.`,
  outputIsFolder: (file: string) =>
    `Output ${file} is a folder: name a file in it, e.g. -o "${file.replace(/[\\/]+$/, "")}/report.xlsx".`,
  outputNotXlsx: (file: string) =>
    `Output ${file}: the report is an .xlsx workbook; name the file *.xlsx.`,
  cannotWrite: (file: string, reason: string) => `Cannot write ${file}: ${reason}.`,

  // Write failures by Node's error code: the reason and the fix
  writeReasons: {
    EACCES: "permission denied; choose a folder you may write to with -o",
    EPERM: "the operating system does not allow it; choose another folder with -o",
    EROFS: "the disk is read-only; choose another folder with -o",
    ENOSPC: "the disk is full; free some space or choose another disk with -o",
    EISDIR: "it is a folder; name a file in it with -o",
    ENOTDIR: "a part of the path is a file, not a folder; check the path given with -o",
    ENAMETOOLONG: "the name is too long; choose a shorter one with -o",
    EEXIST: "a file of that name appeared meanwhile; run the command again",
    EBUSY: "the file is open in another program (Excel?); close it or choose another name with -o",
    EINVAL: "the name is not valid on this system; choose another with -o",
  } as Record<string, string>,
  otherWriteReason: (code: string) => `${code}; check the path given with -o`,

  // Failures that are bugs: one line, the details behind --debug
  internal: (command: string, message: string) =>
    `service-planner ${command}: internal error: ${message}. Run the command again with --debug for the details, and report them.`,
  version: (version: string) => `service-planner ${version}`,
};
