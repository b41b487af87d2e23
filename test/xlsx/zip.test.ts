import { crc32, deflateRawSync } from 'node:zlib';
import { XlsxError } from '../../src/xlsx/errors';
import { readZip, writeZip } from '../../src/xlsx/zip';
import { buildSampleWorkbook } from '../support/sample-workbook';
import { sameBytes } from '../support/same-bytes';

/** A one-entry zip whose local header defers CRC and sizes to a data descriptor (as streaming writers do). */
function zipWithDataDescriptor(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0008, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt16LE(nameBytes.length, 26);
  const desc = Buffer.alloc(16);
  desc.writeUInt32LE(0x08074b50, 0);
  desc.writeUInt32LE(crc32(content), 4);
  desc.writeUInt32LE(data.length, 8);
  desc.writeUInt32LE(content.length, 12);
  const cd = Buffer.alloc(46);
  cd.writeUInt32LE(0x02014b50, 0);
  cd.writeUInt16LE(20, 4);
  cd.writeUInt16LE(20, 6);
  cd.writeUInt16LE(0x0008, 8);
  cd.writeUInt16LE(8, 10);
  cd.writeUInt32LE(crc32(content), 16);
  cd.writeUInt32LE(data.length, 20);
  cd.writeUInt32LE(content.length, 24);
  cd.writeUInt16LE(nameBytes.length, 28);
  const body = Buffer.concat([local, nameBytes, data, desc]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(cd.length + nameBytes.length, 12);
  end.writeUInt32LE(body.length, 16);
  return Buffer.concat([body, cd, nameBytes, end]);
}

describe('zip', () => {
  it('round-trips raw entries byte for byte, in order, with new entries appended', async () => {
    const input = await buildSampleWorkbook();
    const zip = readZip(input);
    const out = writeZip([...zip.entries().map((raw) => ({ name: raw.name, raw })), { name: 'xl/new ư.xml', data: Buffer.from('<x>mới</x>') }]);
    const again = readZip(out);
    expect(again.names()).toEqual([...zip.names(), 'xl/new ư.xml']);
    expect(again.names()[0]).toBe('[Content_Types].xml');
    for (const e of zip.entries()) {
      const r = again.raw(e.name);
      expect(sameBytes(r!.data, e.data)).toBe(true);
      expect(r?.crc32).toBe(e.crc32);
      expect(sameBytes(again.bytes(e.name), zip.bytes(e.name))).toBe(true);
    }
    expect(again.text('xl/new ư.xml')).toBe('<x>mới</x>');
    expect(again.raw('xl/new ư.xml')?.crc32).toBe(crc32(Buffer.from('<x>mới</x>')));
  });

  it('reads entries whose sizes are in a data descriptor', () => {
    const zip = readZip(zipWithDataDescriptor('a.xml', Buffer.from('<a>xin chào</a>')));
    expect(zip.names()).toEqual(['a.xml']);
    expect(zip.text('a.xml')).toBe('<a>xin chào</a>');
    const copy = readZip(writeZip([{ name: 'a.xml', raw: zip.raw('a.xml')! }]));
    expect(copy.text('a.xml')).toBe('<a>xin chào</a>');
  });

  it('refuses non-zip, encrypted and damaged input with XlsxError codes', () => {
    expect(() => readZip(Buffer.from('plain text, not a zip at all'))).toThrow(XlsxError);
    const enc = Buffer.from(writeZip([{ name: 'a', data: Buffer.from('hello hello hello') }]));
    const cd = enc.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    enc.writeUInt16LE(1, cd + 8);
    expect(() => readZip(enc)).toThrow(expect.objectContaining({ code: 'encrypted' }));
    const bad = Buffer.from(writeZip([{ name: 'a', data: Buffer.from('x'.repeat(1000)) }]));
    bad[40] ^= 0xff;
    bad[41] ^= 0xff;
    expect(() => readZip(bad).bytes('a')).toThrow(expect.objectContaining({ code: 'corrupt' }));
  });
});
