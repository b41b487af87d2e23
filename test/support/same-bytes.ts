/** Byte-for-byte comparison of two byte arrays (Buffer or plain Uint8Array). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(a, b) === 0;
}
