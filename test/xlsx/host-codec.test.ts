import { deflateRawSync } from 'node:zlib';
import { useNativeZlib } from '../../src/cli/native-zlib';
import { crc32, deflateRaw, inflateRaw, useHostCodec } from '../../src/xlsx/deflate';
import { inflateEntry, readZip, writeZip } from '../../src/xlsx/zip';

const TEXT = new TextEncoder().encode('<sheetData>' + '<row><c><v>1234,5</v></c></row>'.repeat(500) + '</sheetData>');
const entry = (size: number) => ({ name: 'xl/worksheets/sheet1.xml', method: 8, data: new Uint8Array(deflateRawSync(TEXT)), uncompressedSize: size, crc32: 0 }) as Parameters<typeof inflateEntry>[0];

describe.each([
  ['fflate', () => useHostCodec(undefined)],
  ["Node's zlib", () => useNativeZlib()],
])('inflating through %s', (_name, use) => {
  beforeEach(use);
  afterAll(() => {
    useHostCodec(undefined);
  });

  it('gives the same bytes', () => {
    expect(Buffer.from(inflateRaw(new Uint8Array(deflateRawSync(TEXT)), TEXT.length).subarray(0, TEXT.length)).equals(Buffer.from(TEXT))).toBe(true);
    expect(inflateEntry(entry(TEXT.length))).toEqual(TEXT);
  });

  it('reports data longer or shorter than declared as damaged, never cut', () => {
    expect(() => inflateEntry(entry(TEXT.length - 10))).toThrow(/cannot be decompressed|wrong size/);
    expect(() => inflateEntry(entry(TEXT.length + 10))).toThrow(/wrong size/);
  });

  it('reports garbage as damaged', () => {
    expect(() => inflateEntry({ ...entry(TEXT.length), data: new Uint8Array([0xff, 0xff, 0xff, 0xff]) })).toThrow(/cannot be decompressed/);
  });
});

describe('writing large parts through the host', () => {
  afterEach(() => {
    useHostCodec(undefined);
  });

  const big = new TextEncoder().encode('<row><c r="A1" t="inlineStr"><is><t>Tổng thu ngân sách</t></is></c></row>'.repeat(30000));
  const small = new TextEncoder().encode('<row><c><v>1</v></c></row>'.repeat(200));

  it("deflates parts over 1 MB with Node's zlib and small ones with fflate, both read back unchanged", () => {
    useNativeZlib();
    const zip = readZip(writeZip([{ name: 'big.xml', data: big }, { name: 'small.xml', data: small }]));
    expect(Buffer.from(zip.raw('big.xml')!.data).equals(deflateRawSync(big, { level: 1 }))).toBe(true);
    expect(Buffer.from(zip.raw('small.xml')!.data).equals(Buffer.from(deflateRaw(small, 6)))).toBe(true);
    expect(Buffer.from(zip.bytes('big.xml')).equals(Buffer.from(big))).toBe(true);
    expect(zip.raw('big.xml')!.crc32).toBe(crc32(big));
    const nativeCrc = crc32(big);
    useHostCodec(undefined);
    expect(crc32(big)).toBe(nativeCrc);
  });

  it('without a host deflater, large parts go through fflate at level 1', () => {
    const zip = readZip(writeZip([{ name: 'big.xml', data: big }]));
    expect(Buffer.from(zip.raw('big.xml')!.data).equals(Buffer.from(deflateRaw(big, 1)))).toBe(true);
  });
});
