/** Node's native zlib as the package layer's inflater: reading a workbook on the command line without a JavaScript inflate. */
import { inflateRawSync } from 'node:zlib';
import { useHostInflater } from '../xlsx/deflate';

/** Inflates through zlib into at most `limit` bytes; zlib throws when the data is damaged or longer. */
function zlibInflate(data: Uint8Array, limit: number): Uint8Array {
  const out = inflateRawSync(data, { maxOutputLength: limit });
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** Makes the package layer read through Node's zlib for the rest of this process. */
export function useNativeInflate(): void {
  useHostInflater(zlibInflate);
}
