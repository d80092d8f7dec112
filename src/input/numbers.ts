/**
 * Numbers from cells without ever changing one silently. A file has one decimal mark: "." in comma files
 * (a comma inside a number there can only be a thousands separator: "1,234" is 1234), "," in semicolon files
 * by default (Excel in most of Europe: "370,1" is 370.1, "1.234,5" is 1234.5). A value that fits neither
 * reading cleanly ("370,1" in a comma file, "1,2,3") is "ambiguous": the caller lists it as a problem rather
 * than guessing.
 */

export type DecimalMark = "." | ",";

/** Why a cell is not a number: text that is no number at all, or digits that could be read two ways. */
export type NotANumber = "text" | "ambiguous";

const PLAIN = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const GROUPED_COMMA = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/; // 1,234,567.5
const GROUPED_DOT = /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/; // 1.234.567,5
const DIGITS_AND_MARKS = /^[-+]?[\d.,]+$/;
// Spaces (plain, no-break, thin) and apostrophes group thousands in French, Swiss and ISO writing.
const GROUP_SPACES = /(?<=\d)[\s\u00a0\u202f'’](?=\d{3}(\D|$))/g;
const CURRENCY = /^[-+]?[$€£¥￥]\s*|\s*[$€£¥￥]$|\s*(元|RMB|CNY|USD|EUR)$/i;

/** A number from a cell, or why not. Numbers pass as they are (non-finite ones are text). */
export function readNumber(cell: unknown, decimal: DecimalMark = "."): number | NotANumber {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : "text";
  if (typeof cell !== "string") return "text";
  let text = cell.trim();
  if (text === "") return "text";
  const negative = text.startsWith("-") && CURRENCY.test(text.slice(1));
  text = text.replace(CURRENCY, "").replace(GROUP_SPACES, "");
  if (negative && !text.startsWith("-")) text = `-${text}`;
  if (decimal === ".") {
    if (PLAIN.test(text)) return Number(text);
    if (GROUPED_COMMA.test(text)) return Number(text.replace(/,/g, ""));
  } else {
    if (/^[-+]?\d+(,\d+)?$/.test(text)) return Number(text.replace(",", "."));
    if (GROUPED_DOT.test(text)) return Number(text.replace(/\./g, "").replace(",", "."));
    // A dot that cannot be a thousands separator (0.95, 12.5, 3.14159) is a decimal point however the
    // file is written; only the "1.234" pattern stays ambiguous and is handled above as thousands.
    if (PLAIN.test(text) && !/\.\d{3}$/.test(text)) return Number(text);
  }
  return DIGITS_AND_MARKS.test(text) ? "ambiguous" : "text";
}

/**
 * The decimal mark a delimited file uses, from its delimiter and its number-like cells: semicolon files use
 * "," unless their numbers show only dot decimals (12.5, 0.95); other files use "." unless their numbers
 * show only comma decimals. Scans at most the cells it is given.
 */
export function decideDecimalMark(delimiter: string, cells: Iterable<string>): DecimalMark {
  let commaDecimal = 0;
  let dotDecimal = 0;
  for (const raw of cells) {
    const t = raw.trim();
    if (t.length > 30 || !/^[-+]?[\d.,]+%?$/.test(t)) continue;
    if (/^[-+]?\d+,(\d{1,2}|\d{4,})%?$/.test(t) || /\.\d{3},\d/.test(t)) commaDecimal++;
    if (/^[-+]?\d+\.(\d{1,2}|\d{4,})%?$/.test(t) || /,\d{3}\.\d/.test(t)) dotDecimal++;
  }
  if (delimiter === ";") return dotDecimal > 0 && commaDecimal === 0 ? "." : ",";
  return commaDecimal > 0 && dotDecimal === 0 && delimiter !== "," ? "," : ".";
}
