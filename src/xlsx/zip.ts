/** Reading a ZIP package into raw entries whose compressed bytes can be carried through unchanged. */
import { inflateRawSync } from 'node:zlib';
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
  readonly data: Buffer;
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
  bytes(name: string): Buffer;
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
export function readZip(bytes: Buffer): ZipArchive {
  if (bytes.length < 22) throw new XlsxError('not-a-workbook', 'file is too short to be a ZIP package');
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new XlsxError('not-a-workbook', 'no ZIP end-of-central-directory record');
  let count = bytes.readUInt16LE(eocd + 10);
  let cdOffset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || bytes.readUInt32LE(loc) !== EOCD64_LOCATOR) throw new XlsxError('zip64', 'ZIP64 archive without locator');
    const rec = Number(bytes.readBigUInt64LE(loc + 8));
    if (rec + 56 > bytes.length || bytes.readUInt32LE(rec) !== EOCD64) throw new XlsxError('zip64', 'damaged ZIP64 record');
    count = Number(bytes.readBigUInt64LE(rec + 32));
    cdOffset = Number(bytes.readBigUInt64LE(rec + 48));
  }
  const list: RawZipEntry[] = [];
  const byName = new Map<string, RawZipEntry>();
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL) throw new XlsxError('corrupt', 'damaged ZIP central directory');
    const flags = bytes.readUInt16LE(p + 8);
    const method = bytes.readUInt16LE(p + 10);
    let compressedSize = bytes.readUInt32LE(p + 20);
    let uncompressedSize = bytes.readUInt32LE(p + 24);
    const nameLen = bytes.readUInt16LE(p + 28);
    const extraLen = bytes.readUInt16LE(p + 30);
    const commentLen = bytes.readUInt16LE(p + 32);
    let offset = bytes.readUInt32LE(p + 42);
    const name = bytes.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
    if (flags & 0x1) throw new XlsxError('encrypted', `ZIP entry ${name} is encrypted`);
    // ZIP64 extended information: only the fields whose 32-bit value is saturated are present, in this order.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = bytes.readUInt16LE(x);
      const size = bytes.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let f = x + 4;
        if (uncompressedSize === 0xffffffff) {
          uncompressedSize = Number(bytes.readBigUInt64LE(f));
          f += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = Number(bytes.readBigUInt64LE(f));
          f += 8;
        }
        if (offset === 0xffffffff) offset = Number(bytes.readBigUInt64LE(f));
      }
      x += 4 + size;
    }
    if (offset + 30 > bytes.length || bytes.readUInt32LE(offset) !== LOCAL) throw new XlsxError('corrupt', `damaged ZIP entry ${name}`);
    const start = offset + 30 + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28);
    if (start + compressedSize > bytes.length) throw new XlsxError('corrupt', `truncated ZIP entry ${name}`);
    const entry: RawZipEntry = {
      name,
      flags,
      method,
      dosTime: bytes.readUInt16LE(p + 12),
      dosDate: bytes.readUInt16LE(p + 14),
      crc32: bytes.readUInt32LE(p + 16),
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
export function inflateEntry(entry: RawZipEntry): Buffer {
  if (entry.method === 0) return entry.data;
  if (entry.method !== 8) throw new XlsxError('corrupt', `ZIP entry ${entry.name} uses unsupported compression method ${entry.method}`);
  let out: Buffer;
  try {
    out = inflateRawSync(entry.data);
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

  bytes(name: string): Buffer {
    const entry = this.byName.get(name);
    if (!entry) throw new XlsxError('corrupt', `package part ${name} is missing`);
    return inflateEntry(entry);
  }

  text(name: string): string {
    const b = this.bytes(name);
    const bom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
    return b.toString('utf8', bom);
  }

  entries(): readonly RawZipEntry[] {
    return this.list;
  }
}
