/** Node's native zlib as the package layer's codec on the command line: reading and large writes without JavaScript DEFLATE. */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { useHostCodec } from '../xlsx/deflate';

/** Smallest output buffer zlib accepts. */
const MIN_CHUNK = 64;

/**
 * Inflates through zlib into one buffer of `limit` bytes (no chunks joined afterwards); zlib throws when the data is
 * damaged or inflates beyond the limit.
 */
function zlibInflate(data: Uint8Array, limit: number): Uint8Array {
  const out = inflateRawSync(data, { maxOutputLength: limit, chunkSize: Math.max(limit, MIN_CHUNK) });
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** Deflates through zlib at level 1, for the large parts of a written package. */
function zlibDeflateFast(data: Uint8Array): Uint8Array {
  const out = deflateRawSync(data, { level: 1 });
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** Makes the package layer inflate, deflate large parts and compute CRC-32 through Node's zlib for the rest of this process. */
export function useNativeZlib(): void {
  useHostCodec({ inflate: zlibInflate, deflateFast: zlibDeflateFast, crc32: (data) => crc32(data) });
}
