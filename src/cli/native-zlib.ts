/** Node's native zlib as the package layer's codec on the command line: reading without JavaScript inflate, CRC-32 natively. */
import { crc32, inflateRawSync } from 'node:zlib';
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

/**
 * Makes the package layer inflate and compute CRC-32 through Node's zlib for the rest of this process; deflating
 * stays in fflate, so the bytes written are the web app's (SPEC §11).
 */
export function useNativeZlib(): void {
  useHostCodec({ inflate: zlibInflate, crc32: (data) => crc32(data) });
}
