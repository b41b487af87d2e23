import { deflateRawSync } from 'node:zlib';
import { useNativeInflate } from '../../src/cli/native-inflate';
import { inflateRaw, useHostInflater } from '../../src/xlsx/deflate';
import { inflateEntry } from '../../src/xlsx/zip';

const TEXT = new TextEncoder().encode('<sheetData>' + '<row><c><v>1234,5</v></c></row>'.repeat(500) + '</sheetData>');
const entry = (size: number) => ({ name: 'xl/worksheets/sheet1.xml', method: 8, data: new Uint8Array(deflateRawSync(TEXT)), uncompressedSize: size, crc32: 0 }) as Parameters<typeof inflateEntry>[0];

describe.each([
  ['fflate', () => useHostInflater(undefined)],
  ["Node's zlib", () => useNativeInflate()],
])('inflating through %s', (_name, use) => {
  beforeEach(use);
  afterAll(() => useHostInflater(undefined));

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
