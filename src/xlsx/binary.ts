/**
 * Byte helpers that work the same in Node and in a browser: UTF-8 and Latin-1 text, little-endian integers, search.
 * The text codecs are made on first use, so merely importing the layer needs no TextDecoder (jsdom has none).
 */

let utf8Decoder: InstanceType<typeof TextDecoder> | undefined;
let utf8Encoder: InstanceType<typeof TextEncoder> | undefined;

/** Decodes the bytes [s, e) as UTF-8 (short ASCII runs without calling the decoder). */
export function utf8At(b: Uint8Array, s = 0, e = b.length): string {
  if (e - s <= 48) {
    let text = '';
    for (let i = s; i < e; i++) {
      const c = b[i];
      if (c >= 0x80) return (utf8Decoder ??= new TextDecoder('utf-8')).decode(b.subarray(s, e));
      text += String.fromCharCode(c);
    }
    return text;
  }
  return (utf8Decoder ??= new TextDecoder('utf-8')).decode(b.subarray(s, e));
}

/** Decodes the bytes [s, e) as Latin-1 (one character per byte). */
export function latin1At(b: Uint8Array, s = 0, e = b.length): string {
  let text = '';
  for (let i = s; i < e; i += 4096) text += String.fromCharCode(...b.subarray(i, Math.min(e, i + 4096)));
  return text;
}

/** The UTF-8 bytes of a string. */
export function utf8Bytes(text: string): Uint8Array {
  return (utf8Encoder ??= new TextEncoder()).encode(text);
}

/**
 * Text written as UTF-8 into one growing byte array, a few kilobytes of text at a time: a large part (a 30 MB owned
 * sheet) is never held as one JavaScript string, which would be built from ropes and then copied again to encode it.
 */
export class Utf8Sink {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;
  private pending = '';

  /** Appends text. */
  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= 1 << 13) this.flush();
  }

  /** The bytes written so far (a view; the sink should not be written to afterwards). */
  bytes(): Uint8Array {
    this.flush();
    return this.buffer.subarray(0, this.length);
  }

  private flush(): void {
    const text = this.pending;
    if (!text) return;
    this.pending = '';
    const worst = this.length + text.length * 3;
    if (worst > this.buffer.length) {
      const grown = new Uint8Array(Math.max(worst, this.buffer.length * 2));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.length += (utf8Encoder ??= new TextEncoder()).encodeInto(text, this.buffer.subarray(this.length)).written;
  }
}

/** The ASCII bytes of a string of ASCII characters (for searching). */
export function asciiBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** The parts joined into one new array. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Index of the first occurrence of `needle` in `hay` at or after `from`, or -1. */
export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  const n = needle.length;
  if (n === 0) return from;
  const first = needle[0];
  for (let i = hay.indexOf(first, from); i >= 0 && i + n <= hay.length; i = hay.indexOf(first, i + 1)) {
    let k = 1;
    while (k < n && hay[i + k] === needle[k]) k++;
    if (k === n) return i;
  }
  return -1;
}

/** Index of the last occurrence of `needle` in `hay`, or -1. */
export function lastIndexOfBytes(hay: Uint8Array, needle: Uint8Array): number {
  const n = needle.length;
  const first = needle[0];
  for (let i = hay.lastIndexOf(first, hay.length - n); i >= 0; i = i > 0 ? hay.lastIndexOf(first, i - 1) : -1) {
    let k = 1;
    while (k < n && hay[i + k] === needle[k]) k++;
    if (k === n) return i;
  }
  return -1;
}

/** The unsigned 16-bit little-endian integer at `at`. */
export function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

/** The unsigned 32-bit little-endian integer at `at`. */
export function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/** The unsigned 64-bit little-endian integer at `at`, as a number (exact below 2^53). */
export function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

/** Writes an unsigned 16-bit little-endian integer at `at`. */
export function putU16(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
}

/** Writes an unsigned 32-bit little-endian integer at `at`. */
export function putU32(b: Uint8Array, at: number, v: number): void {
  putU16(b, at, v & 0xffff);
  putU16(b, at + 2, v >>> 16);
}
