/**
 * Zip helpers for the fixture generators, built on the product's own package writer: a zip of given parts
 * (for packages that are deliberately not workbooks) and a pass that pins every entry's timestamp so
 * re-runs give identical bytes.
 */
import { readZip, writeZip } from '../src/xlsx/zip';

/** DOS time and date of 2025-07-01 08:00:00, the fixed moment every fixture entry carries. */
const DOS_TIME = 8 << 11;
const DOS_DATE = ((2025 - 1980) << 9) | (7 << 5) | 1;

/** One file to put in a zip. */
export interface ZipEntry {
  readonly name: string;
  readonly data: string | Buffer;
}

/** A zip of the given files, in order. */
export function makeZip(entries: readonly ZipEntry[]): Buffer {
  return toBuffer(writeZip(entries.map((e) => ({ name: e.name, data: typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data }))));
}

/** The same zip with the modification time of every entry set to the fixed fixture moment (contents copied as they are). */
export function pinZipTimestamps(zip: Buffer): Buffer {
  const archive = readZip(zip);
  return toBuffer(writeZip(archive.entries().map((raw) => ({ name: raw.name, raw: { ...raw, dosTime: DOS_TIME, dosDate: DOS_DATE } }))));
}

/** A Buffer view of the bytes (no copy), for the fixture scripts' file writes and comparisons. */
function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}
