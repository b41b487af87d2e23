/**
 * The slice of Node's `node:zlib` that the .xlsx package layer uses, over fflate, for the browser build only
 * (webpack aliases `node:zlib` here in the web app's configuration; the CLI keeps Node's zlib).
 */
import { Inflate, deflateSync, inflateSync } from 'fflate';

/** Zlib's flush constants (only the one the package layer passes). */
export const constants = { Z_SYNC_FLUSH: 2 } as const;

/** Wraps bytes as a Buffer (the polyfill webpack provides) without copying. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Inflates raw deflate data; with `finishFlush`, a truncated stream yields what could be inflated so far. */
export function inflateRawSync(data: Uint8Array, options?: { readonly finishFlush?: number }): Buffer {
  if (options?.finishFlush === undefined) return asBuffer(inflateSync(data));
  const chunks: Uint8Array[] = [];
  const stream = new Inflate((chunk) => chunks.push(chunk));
  try {
    stream.push(data, false);
  } catch {
    // A cut-off stream: keep what was inflated before the cut.
  }
  return Buffer.concat(chunks.map(asBuffer));
}

/** Deflates raw (level 6, as the CLI). */
export function deflateRawSync(data: Uint8Array, options?: { readonly level?: number }): Buffer {
  return asBuffer(deflateSync(data, { level: (options?.level ?? 6) as 6 }));
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 of the bytes, as an unsigned number. */
export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
