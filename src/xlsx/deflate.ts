/** Raw DEFLATE and CRC-32 for ZIP entries, through fflate so the same code runs in Node and in a browser (ADR 0010). */
import { Inflate, deflateSync, inflateSync } from 'fflate';
import { concatBytes } from './binary';

/**
 * Inflates raw DEFLATE data, sized for the expected length (throws on damaged data). The array has one spare byte
 * so that data longer than declared comes back longer, not silently cut: the caller compares the length.
 */
export function inflateRaw(data: Uint8Array, expectedSize: number): Uint8Array {
  return host ? host.inflate(data, expectedSize + 1) : inflateSync(data, { out: new Uint8Array(expectedSize + 1) });
}

/**
 * Inflates raw DEFLATE data into at most `limit` bytes (throwing on damaged data or beyond the limit). A host with a
 * native inflater (Node's zlib) may supply one; output bytes are the same, only reading gets faster.
 */
export type RawInflater = (data: Uint8Array, limit: number) => Uint8Array;

/**
 * A host's native codec (Node's zlib on the command line) for what does not change the bytes written: inflating
 * the parts read and the CRC-32 of new parts. Deflating always goes through fflate, so the web app saves the
 * same bytes as the command line (SPEC §11).
 */
export interface HostCodec {
  readonly inflate: RawInflater;
  readonly crc32: (data: Uint8Array) => number;
}

let host: HostCodec | undefined;

/** Makes later reads and writes go through the host's codec (undefined: back to fflate and the CRC below). */
export function useHostCodec(codec: HostCodec | undefined): void {
  host = codec;
}

/**
 * Inflates as much as the first `prefixLength` compressed bytes allow, for reading the first rows of a large part
 * without inflating all of it. Returns undefined when those bytes are damaged.
 */
export function inflateRawPrefix(data: Uint8Array, prefixLength: number): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  const stream = new Inflate((chunk) => {
    chunks.push(chunk);
  });
  try {
    stream.push(data.subarray(0, prefixLength), false);
  } catch {
    return undefined;
  }
  return concatBytes(chunks);
}

/** Deflates data as raw DEFLATE at the given level (6 is zlib's default). */
export function deflateRaw(data: Uint8Array, level: 1 | 2 | 3 | 4 | 5 | 6 = 6): Uint8Array {
  return deflateSync(data, { level });
}


const CRC_TABLES = buildCrcTables();

/** Eight 256-entry tables for slicing-by-8 CRC-32 (polynomial 0xEDB88320). */
function buildCrcTables(): Uint32Array[] {
  const tables = Array.from({ length: 8 }, () => new Uint32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[0][n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    let c = tables[0][n];
    for (let t = 1; t < 8; t++) {
      c = tables[0][c & 0xff] ^ (c >>> 8);
      tables[t][n] = c >>> 0;
    }
  }
  return tables;
}

/** The CRC-32 of the data, as ZIP stores it (through the host's codec when it gave one). */
export function crc32(data: Uint8Array): number {
  return host ? host.crc32(data) : tableCrc32(data);
}

/** The CRC-32 computed here, eight bytes a step. */
function tableCrc32(data: Uint8Array): number {
  const [t0, t1, t2, t3, t4, t5, t6, t7] = CRC_TABLES;
  let c = 0xffffffff;
  let i = 0;
  const end8 = data.length - (data.length % 8);
  for (; i < end8; i += 8) {
    const a = (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24)) ^ c;
    c =
      t7[a & 0xff] ^ t6[(a >>> 8) & 0xff] ^ t5[(a >>> 16) & 0xff] ^ t4[a >>> 24] ^
      t3[data[i + 4]] ^ t2[data[i + 5]] ^ t1[data[i + 6]] ^ t0[data[i + 7]];
  }
  for (; i < data.length; i++) c = t0[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
