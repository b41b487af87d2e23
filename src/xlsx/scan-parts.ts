/** Low-level pieces of the worksheet scanner: attribute reading, cell types, numbers and references over bytes. */
import { asciiBytes, concatBytes, indexOfBytes, latin1At } from './binary';
import { eq, tagEndAt } from './bytes';

/** Cell type codes (the `t` attribute). */
export const T_N = 0,
  T_S = 1,
  T_STR = 2,
  T_INLINE = 3,
  T_B = 4,
  T_E = 5,
  T_D = 6;
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Attributes of the tag being scanned; start/end indexes of values (reused, to avoid an object per cell). */
export interface Attrs {
  r0: number;
  r1: number;
  s: number;
  t0: number;
  t1: number;
  si: number;
  shared: boolean;
  ref: boolean;
}

/** Reads the attributes r, s, t, si and ref of a tag starting at its name end; returns the index after `>`. */
export function readAttrs(b: Uint8Array, i: number, a: Attrs): number {
  a.r0 = a.r1 = a.t0 = a.t1 = a.si = -1;
  a.s = 0;
  a.shared = a.ref = false;
  const n = b.length;
  for (;;) {
    while (i < n && (b[i] === 32 || b[i] === 10 || b[i] === 13 || b[i] === 9)) i++;
    if (i >= n) return -1;
    if (b[i] === 62) return i + 1;
    if (b[i] === 47) return b[i + 1] === 62 ? i + 2 : -1;
    const k0 = i;
    while (i < n && b[i] !== 61 && b[i] !== 32) i++;
    const k1 = i;
    while (i < n && b[i] !== 34 && b[i] !== 39) i++;
    const q = b[i];
    const v0 = ++i;
    while (i < n && b[i] !== q) i++;
    const v1 = i++;
    const len = k1 - k0;
    const c = b[k0];
    if (len === 1 && c === 114) {
      a.r0 = v0;
      a.r1 = v1;
    }
    else if (len === 1 && c === 115) a.s = intAt(b, v0, v1);
    else if (len === 1 && c === 116) {
      a.t0 = v0;
      a.t1 = v1;
      a.shared = eq(b, v0, v1, 'shared');
    } else if (len === 2 && c === 115 && b[k0 + 1] === 105) a.si = intAt(b, v0, v1);
    else if (len === 3 && c === 114 && b[k0 + 1] === 101 && b[k0 + 2] === 102) a.ref = true;
  }
}

/** The type code of a cell's `t` attribute value in [t0, t1) (t0 < 0: number). */
export function typeOf(b: Uint8Array, t0: number, t1: number): number {
  if (t0 < 0) return T_N;
  const len = t1 - t0;
  const c = b[t0];
  if (len === 1) return c === 115 ? T_S : c === 98 ? T_B : c === 101 ? T_E : c === 100 ? T_D : T_N;
  if (len === 3 && c === 115) return T_STR;
  if (c === 105) return T_INLINE;
  return T_N;
}

/** A non-negative decimal integer from ASCII digits in [s, e). */
export function intAt(b: Uint8Array, s: number, e: number): number {
  let v = 0;
  for (let k = s; k < e; k++) v = v * 10 + (b[k] - 48);
  return v;
}

/** 0-based column of an A1 reference's letters. */
export function colAt(b: Uint8Array, s: number, e: number): number {
  let v = 0;
  for (let k = s; k < e; k++) {
    const c = b[k];
    if (c >= 65 && c <= 90) v = v * 26 + (c - 64);
    else if (c >= 97 && c <= 122) v = v * 26 + (c - 96);
    else break;
  }
  return v - 1;
}

/** Parses a number: exact fast path for short decimals (a single correctly rounded division), else Number(). */
export function numberAt(b: Uint8Array, s: number, e: number): number {
  let k = s;
  const neg = b[k] === 45;
  if (neg) k++;
  let m = 0, digits = 0, frac = -1;
  for (; k < e; k++) {
    const c = b[k];
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
      if (frac >= 0) frac++;
    } else if (c === 46 && frac < 0) frac = 0;
    else break;
  }
  if (k === e && digits > 0 && digits <= 15 && frac <= 22) {
    const v = frac > 0 ? m / POW10[frac] : m;
    return neg ? -v : v;
  }
  return Number(latin1At(b, s, e));
}

const CLOSE_TAG_START = asciiBytes('</');
const SHEET_DATA = asciiBytes('sheetData');

/** Skips an element whose start tag ended at `i` and whose name spans [ns, ne): returns the index after its end tag. */
export function skipElement(b: Uint8Array, i: number, ns: number, ne: number): number {
  const close = concatBytes([CLOSE_TAG_START, b.subarray(ns, ne)]);
  const at = indexOfBytes(b, close, i);
  if (at < 0) return b.length;
  const end = tagEndAt(b, at + close.length);
  return end < 0 ? b.length : end;
}

/** Index just after the `<sheetData …>` start tag, or -1 when the sheet has no sheetData (or it is empty). */
export function findSheetData(b: Uint8Array): number {
  let at = indexOfBytes(b, SHEET_DATA);
  while (at > 0) {
    const prev = b[at - 1];
    if (prev === 60 || prev === 58) {
      const end = tagEndAt(b, at + 9);
      if (end < 0) return -1;
      return b[end - 2] === 47 ? -1 : end;
    }
    at = indexOfBytes(b, SHEET_DATA, at + 9);
  }
  return -1;
}
