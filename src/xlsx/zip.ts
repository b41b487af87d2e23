/** Reading a ZIP package into raw entries whose compressed bytes can be carried through unchanged. */
import { latin1At, u16, u32, u64, utf8At } from './binary';
import { inflateRaw } from './deflate';
import { XlsxError } from './errors';

export { writeZip } from './zip-write';
export type { ZipWriteEntry } from './zip-write';

/** One entry of a ZIP archive as stored: compressed bytes, method, CRC and sizes, ready to be copied verbatim. */
export interface RawZipEntry {
  readonly name: string;
  /** General purpose flags (bit 11: UTF-8 name). */
  readonly flags: number;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** The compressed bytes (a view into the input buffer). */
  readonly data: Uint8Array;
}

/** A parsed ZIP archive: entry names in original order and their raw or inflated contents. */
export interface ZipArchive {
  /** Entry names in central-directory order. */
  names(): string[];
  /** True when an entry of this exact name exists. */
  has(name: string): boolean;
  /** The raw entry, or undefined. */
  raw(name: string): RawZipEntry | undefined;
  /** The inflated bytes of an entry (throws XlsxError 'corrupt' when missing or damaged). */
  bytes(name: string): Uint8Array;
  /** The inflated entry decoded as UTF-8 (a leading BOM is dropped). */
  text(name: string): string;
  /** Every raw entry in original order. */
  entries(): readonly RawZipEntry[];
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Parses a ZIP archive from its bytes (central directory based; data descriptors and ZIP64 sizes supported). */
export function readZip(bytes: Uint8Array): ZipArchive {
  if (bytes.length < 22) throw new XlsxError('not-a-workbook', 'file is too short to be a ZIP package');
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new XlsxError('not-a-workbook', 'no ZIP end-of-central-directory record');
  let count = u16(bytes, eocd + 10);
  let cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== EOCD64_LOCATOR) throw new XlsxError('zip64', 'ZIP64 archive without locator');
    const rec = u64(bytes, loc + 8);
    if (rec + 56 > bytes.length || u32(bytes, rec) !== EOCD64) throw new XlsxError('zip64', 'damaged ZIP64 record');
    count = u64(bytes, rec + 32);
    cdOffset = u64(bytes, rec + 48);
  }
  const list: RawZipEntry[] = [];
  const byName = new Map<string, RawZipEntry>();
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== CENTRAL) throw new XlsxError('corrupt', 'damaged ZIP central directory');
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    let compressedSize = u32(bytes, p + 20);
    let uncompressedSize = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let offset = u32(bytes, p + 42);
    const name = (flags & 0x800 ? utf8At : latin1At)(bytes, p + 46, p + 46 + nameLen);
    if (flags & 0x1) throw new XlsxError('encrypted', `ZIP entry ${name} is encrypted`);
    // ZIP64 extended information: only the fields whose 32-bit value is saturated are present, in this order.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = u16(bytes, x);
      const size = u16(bytes, x + 2);
      if (id === 0x0001) {
        let f = x + 4;
        if (uncompressedSize === 0xffffffff) {
          uncompressedSize = u64(bytes, f);
          f += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(bytes, f);
          f += 8;
        }
        if (offset === 0xffffffff) offset = u64(bytes, f);
      }
      x += 4 + size;
    }
    if (offset + 30 > bytes.length || u32(bytes, offset) !== LOCAL) throw new XlsxError('corrupt', `damaged ZIP entry ${name}`);
    const start = offset + 30 + u16(bytes, offset + 26) + u16(bytes, offset + 28);
    if (start + compressedSize > bytes.length) throw new XlsxError('corrupt', `truncated ZIP entry ${name}`);
    const entry: RawZipEntry = {
      name,
      flags,
      method,
      dosTime: u16(bytes, p + 12),
      dosDate: u16(bytes, p + 14),
      crc32: u32(bytes, p + 16),
      compressedSize,
      uncompressedSize,
      data: bytes.subarray(start, start + compressedSize),
    };
    list.push(entry);
    byName.set(name, entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return new Archive(list, byName);
}

/** Inflates a raw entry's data (stored or deflated). */
export function inflateEntry(entry: RawZipEntry): Uint8Array {
  if (entry.method === 0) return entry.data;
  if (entry.method !== 8) throw new XlsxError('corrupt', `ZIP entry ${entry.name} uses unsupported compression method ${entry.method}`);
  let out: Uint8Array;
  try {
    out = inflateRaw(entry.data, entry.uncompressedSize);
  } catch (e) {
    throw new XlsxError('corrupt', `ZIP entry ${entry.name} cannot be decompressed: ${(e as Error).message}`);
  }
  if (out.length !== entry.uncompressedSize) throw new XlsxError('corrupt', `ZIP entry ${entry.name} has the wrong size`);
  return out;
}

class Archive implements ZipArchive {
  constructor(
    private readonly list: readonly RawZipEntry[],
    private readonly byName: ReadonlyMap<string, RawZipEntry>,
  ) {}

  names(): string[] {
    return this.list.map((e) => e.name);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  raw(name: string): RawZipEntry | undefined {
    return this.byName.get(name);
  }

  bytes(name: string): Uint8Array {
    const entry = this.byName.get(name);
    if (!entry) throw new XlsxError('corrupt', `package part ${name} is missing`);
    return inflateEntry(entry);
  }

  text(name: string): string {
    const b = this.bytes(name);
    const bom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
    return utf8At(b, bom);
  }

  entries(): readonly RawZipEntry[] {
    return this.list;
  }
}
