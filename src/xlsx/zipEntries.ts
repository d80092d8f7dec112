/**
 * An .xlsx is a zip file. Before anything is inflated, its central directory says what every part claims to
 * hold: a file whose parts add up to more than the limit (a zip bomb: a few MB that inflate to gigabytes) is
 * refused there, at its declared size. Each part is then inflated as a stream that stops the moment it yields
 * more than it declared, so a lying directory costs no more than an honest one.
 */
import * as zlib from "zlib";

export class XlsxFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XlsxFileError";
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end-of-central-directory record is 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 65535;

/** Whether the bytes start as a zip file does (a local file header). */
export function looksLikeZip(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 3 && data[3] === 4;
}

/** The central directory's entries; throws XlsxFileError when the zip is damaged or not a zip. */
export function zipEntries(data: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - EOCD_SEARCH); i--) {
    if (data.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw new XlsxFileError("the zip file is damaged or cut short (no central directory)");
  const count = data.readUInt16LE(eocd + 10);
  const size = data.readUInt32LE(eocd + 12);
  let at = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || at === 0xffffffff || at + size > data.length)
    throw new XlsxFileError(
      "the zip file is damaged, or a ZIP64 archive, which .xlsx files never need"
    );
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL)
      throw new XlsxFileError("the zip file's directory is damaged");
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    entries.push({
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      uncompressedSize: data.readUInt32LE(at + 24),
      localHeaderOffset: data.readUInt32LE(at + 42),
      name: data.toString("utf8", at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The sum of what every part declares it inflates to. */
export function declaredSize(entries: ZipEntry[]): number {
  return entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
}

/**
 * A part's inflated bytes, chunk by chunk (at most 64 KB each), never more than its declared size: a part
 * that inflates past it is a damaged or hostile file and is refused.
 */
export async function* inflateEntry(data: Buffer, entry: ZipEntry): AsyncGenerator<Buffer> {
  const at = entry.localHeaderOffset;
  if (at + 30 > data.length || data.readUInt32LE(at) !== LOCAL)
    throw new XlsxFileError(`the zip file is damaged (part ${entry.name})`);
  const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > data.length) throw new XlsxFileError(`the zip file is cut short (part ${entry.name})`);
  const compressed = data.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize)
      throw new XlsxFileError(`the zip file is damaged (part ${entry.name})`);
    for (let i = 0; i < compressed.length; i += 65536) yield compressed.subarray(i, i + 65536);
    return;
  }
  if (entry.method !== 8)
    throw new XlsxFileError(
      `part ${entry.name} uses a compression Excel does not write (method ${entry.method})`
    );
  const inflater = zlib.createInflateRaw({ chunkSize: 65536 });
  inflater.end(compressed);
  let produced = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      produced += chunk.length;
      if (produced > entry.uncompressedSize)
        throw new XlsxFileError(
          `part ${entry.name} inflates past the ${entry.uncompressedSize.toLocaleString("en-US")} bytes it declares (a damaged or hostile file)`
        );
      yield chunk;
    }
  } catch (e) {
    if (e instanceof XlsxFileError) throw e;
    throw new XlsxFileError(
      `the zip file is damaged (part ${entry.name}: ${(e as Error).message})`
    );
  } finally {
    inflater.destroy();
  }
}

/** A whole (small) part as text: the workbook, its relationships, styles. */
export async function entryText(data: Buffer, entry: ZipEntry): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of inflateEntry(data, entry)) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
