import { crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';
import { crc32, deflateRaw, inflateRaw, inflateRawPrefix } from '../../src/xlsx/deflate';

/** Text long and varied enough to span several DEFLATE blocks. */
const SAMPLE = new TextEncoder().encode(Array.from({ length: 20000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i * 7919) % 10007}</v></c><c><is><t>Chỉ tiêu ${i}</t></is></c></row>`).join(''));

describe('DEFLATE through fflate', () => {
  it('computes the same CRC-32 as zlib, for lengths that are and are not multiples of 8', () => {
    for (const n of [0, 1, 7, 8, 9, 1000, SAMPLE.length]) expect(crc32(SAMPLE.subarray(0, n))).toBe(zlibCrc32(SAMPLE.subarray(0, n)));
  });

  it('inflates what zlib deflated, and zlib-compatible data round-trips at both levels', () => {
    expect(Buffer.compare(inflateRaw(deflateRawSync(SAMPLE), SAMPLE.length), SAMPLE)).toBe(0);
    for (const level of [1, 6] as const) expect(Buffer.compare(inflateRaw(deflateRaw(SAMPLE, level), SAMPLE.length), SAMPLE)).toBe(0);
  });

  it('inflates a prefix of the compressed bytes into a prefix of the text', () => {
    const packed = deflateRawSync(SAMPLE);
    const part = inflateRawPrefix(packed, Math.floor(packed.length / 3));
    expect(part!.length).toBeGreaterThan(1000);
    expect(part!.length).toBeLessThan(SAMPLE.length);
    expect(Buffer.compare(part!, SAMPLE.subarray(0, part!.length))).toBe(0);
  });

  it('returns data longer or shorter than declared at its real length, so a wrong size is noticed', () => {
    const packed = deflateRawSync(SAMPLE);
    expect(inflateRaw(packed, SAMPLE.length - 10).length).toBe(SAMPLE.length - 9);
    expect(inflateRaw(packed, SAMPLE.length + 10).length).toBe(SAMPLE.length);
  });

  it('reports damaged data instead of returning garbage', () => {
    const bad = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]);
    expect(() => inflateRaw(bad, 100)).toThrow();
    expect(inflateRawPrefix(bad, 5)).toBeUndefined();
  });
});
