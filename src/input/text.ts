/**
 * Text from a file's bytes, in the encodings contact-centre files really arrive in: UTF-8 with or without a
 * BOM (Excel's "CSV UTF-8" writes one), UTF-16 LE/BE with a BOM (Excel's "Unicode text"), and GB18030/GBK
 * (what Excel saves as "CSV" on Chinese Windows). Detection needs no question: a BOM decides; otherwise the
 * bytes must be valid UTF-8 (a strict decoder fails on the first invalid byte), else valid GB18030. A file
 * neither decodes is refused, naming what was tried, rather than read as mojibake.
 */
import { InputError } from "./errors";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when the file began with a byte-order mark (removed from text). */
  bom: boolean;
}

function strict(encoding: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    // fatal: an invalid sequence throws instead of becoming U+FFFD, which is what makes detection possible.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a BOM shows as a NUL in every other byte of ASCII text; which half tells the byte order. */
function utf16WithoutBom(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul === 0) return "utf-16le";
  if (evenNul > pairs * 0.3 && oddNul === 0) return "utf-16be";
  return null;
}

/** A NUL in decoded text means the bytes were not text at all (an .xlsx renamed .csv, an image). */
const looksBinary = (text: string) => text.slice(0, 65536).includes("\u0000");

/**
 * Decodes a whole file. Throws InputError("file", "undecodable") naming the encodings tried when the bytes
 * are not text in any of them.
 */
export function decodeText(bytes: Uint8Array, fileName = "the file"): DecodedText {
  const tried: TextEncodingName[] = [];
  const attempt = (encoding: TextEncodingName, body: Uint8Array, bom: boolean) => {
    tried.push(encoding);
    const text = strict(encoding, body);
    return text !== null && !looksBinary(text) ? { text, encoding, bom } : null;
  };
  const b = bytes;
  let found: DecodedText | null = null;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
    found = attempt("utf-8", b.subarray(3), true);
  else if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe)
    found = attempt("utf-16le", b.subarray(2), true);
  else if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff)
    found = attempt("utf-16be", b.subarray(2), true);
  else {
    const utf16 = utf16WithoutBom(b);
    found =
      (utf16 && attempt(utf16, b, false)) ||
      attempt("utf-8", b, false) ||
      attempt("gb18030", b, false);
  }
  if (!found)
    throw new InputError("file", "undecodable", {
      file: fileName,
      tried: tried.map((name) => name.toUpperCase()),
    });
  return found;
}
