/**
 * What the command line reads, at most: inputs past these are refused before they are read, with the limit in
 * the message, so that no file can hang the command or exhaust memory (the process stays under 1.5 GB).
 */
export const LIMITS = {
  /** Bytes of any input file (a month of 300,000 contact records is about 30 MB of CSV). */
  inputBytes: 200 * 1024 * 1024,
  /** Rows of a table: Excel's own sheet limit, the most an .xlsx can hold. */
  rows: 1_048_576,
  /** What an .xlsx's zipped parts may declare they hold once unzipped (a zip bomb is refused at this). */
  expandedBytes: 1024 * 1024 * 1024,
  /** Cells with a value in an .xlsx sheet, counted as it is read (about 40 bytes each in memory). */
  cells: 15_000_000,
  /** Characters in one cell: Excel's limit; longer text is cut to it, with a data-quality note. */
  cellChars: 32_767,
};
