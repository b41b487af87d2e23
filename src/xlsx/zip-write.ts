/** Writing a ZIP package: raw entries copied byte for byte, new entries deflated. */
import { crc32, deflateRawSync } from 'node:zlib';
import { XlsxError } from './errors';
import type { RawZipEntry } from './zip';

/** An entry to write: either an existing raw entry (copied verbatim) or new uncompressed data (deflated). */
export type ZipWriteEntry = { readonly name: string; readonly raw: RawZipEntry } | { readonly name: string; readonly data: Buffer };

/** DOS date/time of 1980-01-01 00:00, used for new entries so output is reproducible. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Writes a ZIP archive in the order given; raw entries keep their compressed bytes, CRC and sizes. */
export function writeZip(entries: ReadonlyArray<ZipWriteEntry>): Buffer {
  if (entries.length >= 0xffff) throw new XlsxError('zip64', 'too many package parts for a ZIP without ZIP64');
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const nameBytes = Buffer.from(e.name, 'utf8');
    const utf8 = /[^\x20-\x7e]/.test(e.name) ? 0x800 : 0;
    let r: Omit<RawZipEntry, 'name'>;
    if ('raw' in e) {
      r = { ...e.raw, flags: (e.raw.flags & ~0x0808) | utf8 };
    } else {
      const deflated = deflateRawSync(e.data, { level: 6 });
      const stored = deflated.length >= e.data.length;
      r = {
        flags: utf8,
        method: stored ? 0 : 8,
        dosTime: DOS_TIME,
        dosDate: DOS_DATE,
        crc32: crc32(e.data),
        compressedSize: stored ? e.data.length : deflated.length,
        uncompressedSize: e.data.length,
        data: stored ? e.data : deflated,
      };
    }
    if (offset > 0xfffffffe || r.compressedSize > 0xfffffffe || r.uncompressedSize > 0xfffffffe) {
      throw new XlsxError('zip64', `package part ${e.name} is too large for a ZIP without ZIP64`);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    writeCommon(local, 6, r, nameBytes.length);
    chunks.push(local, nameBytes, r.data);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    writeCommon(cd, 8, r, nameBytes.length);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, nameBytes);
    offset += 30 + nameBytes.length + r.data.length;
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}

/** Writes the fields shared by local and central headers, from the flags field on (extra length 0). */
function writeCommon(b: Buffer, at: number, r: Omit<RawZipEntry, 'name'>, nameLen: number): void {
  b.writeUInt16LE(r.flags, at);
  b.writeUInt16LE(r.method, at + 2);
  b.writeUInt16LE(r.dosTime, at + 4);
  b.writeUInt16LE(r.dosDate, at + 6);
  b.writeUInt32LE(r.crc32 >>> 0, at + 8);
  b.writeUInt32LE(r.compressedSize, at + 12);
  b.writeUInt32LE(r.uncompressedSize, at + 16);
  b.writeUInt16LE(nameLen, at + 20);
}
