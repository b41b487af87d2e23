/** Fast scan of a worksheet part's `<sheetData>` over its bytes: no DOM, no per-cell regular expression. */
import type { CellValue, RawCell } from '../../core/model';
import { eq, localStart, nameEnd, nextLt, richText, tagEndAt, textAt } from './bytes';
import { shiftFormula } from './shared-formula';

/** What the scanner needs from the workbook: shared strings and number formats per style index. */
export interface ScanContext {
  readonly sharedStrings: readonly string[];
  readonly numFmts: ReadonlyArray<string | undefined>;
  /** Stop after this many sheet rows. */
  readonly maxRows?: number;
}

/** Rows of cells (sparse) and how the scan ended: end of sheetData, the maxRows limit, or the end of the bytes. */
export interface ScanResult {
  readonly rows: Array<Array<RawCell | undefined> | undefined>;
  readonly status: 'complete' | 'max' | 'truncated';
}

const T_N = 0, T_S = 1, T_STR = 2, T_INLINE = 3, T_B = 4, T_E = 5, T_D = 6;
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Attributes of the tag being scanned (reused, to avoid an object per cell). */
interface Attrs {
  r0: number;
  r1: number;
  s: number;
  t0: number;
  t1: number;
  si: number;
  shared: boolean;
  ref: boolean;
}

/** Scans the sheetData of a worksheet part; see RawCell for the shape of each cell. */
export function scanSheet(buf: Buffer, ctx: ScanContext): ScanResult {
  const b = buf;
  const rows: Array<Array<RawCell | undefined> | undefined> = [];
  const maxRows = ctx.maxRows ?? Infinity;
  const a: Attrs = { r0: -1, r1: -1, s: 0, t0: -1, t1: -1, si: -1, shared: false, ref: false };
  const masters = new Map<number, { text: string; row: number; col: number }>();
  let i = findSheetData(b);
  if (i < 0) return { rows, status: b.lastIndexOf('worksheet>') > 0 ? 'complete' : 'truncated' };
  let rowNum = 0;
  let col = 0;
  let cur: Array<RawCell | undefined> | undefined;
  for (;;) {
    const lt = nextLt(b, i);
    if (lt < 0) return { rows, status: 'truncated' };
    const closing = b[lt + 1] === 47;
    const ns = closing ? lt + 2 : lt + 1;
    const ne = nameEnd(b, ns);
    const ls = localStart(b, ns, ne);
    if (closing) {
      if (eq(b, ls, ne, 'sheetData')) return { rows, status: 'complete' };
      i = ne;
      continue;
    }
    const end = readAttrs(b, ne, a);
    if (end < 0) return { rows, status: 'truncated' };
    const selfClosing = b[end - 2] === 47;
    i = end;
    if (ne - ls === 3 && eq(b, ls, ne, 'row')) {
      rowNum = a.r0 >= 0 ? intAt(b, a.r0, a.r1) : rowNum + 1;
      if (rowNum > maxRows) return { rows, status: 'max' };
      col = 0;
      cur = undefined;
    } else if (ne - ls === 1 && b[ls] === 99 /* c */) {
      if (a.r0 >= 0) col = colAt(b, a.r0, a.r1);
      const style = a.s;
      const type = typeOf(b, a.t0, a.t1);
      if (selfClosing) {
        col++;
        continue;
      }
      let v0 = -1, v1 = -1, inline: string | undefined, formula: string | undefined;
      for (;;) {
        const lt2 = nextLt(b, i);
        if (lt2 < 0) return { rows, status: 'truncated' };
        const cl = b[lt2 + 1] === 47;
        const ns2 = cl ? lt2 + 2 : lt2 + 1;
        const ne2 = nameEnd(b, ns2);
        const ls2 = localStart(b, ns2, ne2);
        if (cl) {
          i = tagEndAt(b, ne2);
          if (i < 0) return { rows, status: 'truncated' };
          if (ne2 - ls2 === 1 && b[ls2] === 99) break;
          continue;
        }
        const e2 = readAttrs(b, ne2, a);
        if (e2 < 0) return { rows, status: 'truncated' };
        const sc = b[e2 - 2] === 47;
        i = e2;
        const ch = ne2 - ls2 === 1 ? b[ls2] : 0;
        if (ch === 118 /* v */) {
          v0 = e2;
          v1 = sc ? e2 : nextLt(b, e2);
          if (v1 < 0) return { rows, status: 'truncated' };
          i = v1;
        } else if (ch === 102 /* f */) {
          const fShared = a.shared, si = a.si, isRef = a.ref;
          if (!sc && (i = nextLt(b, e2)) < 0) return { rows, status: 'truncated' };
          const text = sc ? '' : textAt(buf, e2, i);
          if (text) formula = text;
          if (fShared && isRef && text) masters.set(si, { text, row: rowNum, col });
          else if (fShared && !text) {
            const m = masters.get(si);
            if (m) formula = shiftFormula(m.text, rowNum - m.row, col - m.col);
          }
        } else if (eq(b, ls2, ne2, 'is')) {
          if (!sc) {
            const r = richText(buf, e2, 'is');
            inline = r.text;
            i = r.end;
          } else inline = '';
        } else if (!sc) {
          i = skipElement(b, e2, ns2, ne2);
        }
      }
      let value: CellValue;
      if (type === T_INLINE) value = inline ?? (v0 >= 0 ? textAt(buf, v0, v1) : null);
      else if (v0 < 0) value = null;
      else if (type === T_N) value = numberAt(b, v0, v1);
      else if (type === T_S) value = ctx.sharedStrings[intAt(b, v0, v1)] ?? '';
      else if (type === T_B) value = b[v0] === 49 || b[v0] === 116;
      else if (type === T_E) value = { error: textAt(buf, v0, v1) };
      else value = textAt(buf, v0, v1);
      if (value === null && formula === undefined) {
        col++;
        continue;
      }
      if (!cur) cur = rows[rowNum - 1] = rows[rowNum - 1] ?? [];
      cur[col] = { value, numFmt: ctx.numFmts[style], formula };
      col++;
    } else if (!selfClosing) {
      i = skipElement(b, end, ns, ne);
    }
  }
}

/** Reads the attributes r, s, t, si and ref of a tag starting at its name end; returns the index after `>`. */
function readAttrs(b: Uint8Array, i: number, a: Attrs): number {
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

function typeOf(b: Uint8Array, t0: number, t1: number): number {
  if (t0 < 0) return T_N;
  const len = t1 - t0;
  const c = b[t0];
  if (len === 1) return c === 115 ? T_S : c === 98 ? T_B : c === 101 ? T_E : c === 100 ? T_D : T_N;
  if (len === 3 && c === 115) return T_STR;
  if (c === 105) return T_INLINE;
  return T_N;
}

function intAt(b: Uint8Array, s: number, e: number): number {
  let v = 0;
  for (let k = s; k < e; k++) v = v * 10 + (b[k] - 48);
  return v;
}

/** 0-based column of an A1 reference's letters. */
function colAt(b: Uint8Array, s: number, e: number): number {
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
function numberAt(b: Uint8Array, s: number, e: number): number {
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
  return Number(Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('latin1'));
}

/** Skips an element whose start tag ended at `i` and whose name spans [ns, ne): returns the index after its end tag. */
function skipElement(b: Buffer, i: number, ns: number, ne: number): number {
  const close = Buffer.concat([Buffer.from('</'), b.subarray(ns, ne)]);
  const at = b.indexOf(close, i);
  if (at < 0) return b.length;
  const end = tagEndAt(b, at + close.length);
  return end < 0 ? b.length : end;
}

/** Index just after the `<sheetData …>` start tag, or -1 when the sheet has no sheetData (or it is empty). */
function findSheetData(b: Buffer): number {
  let at = b.indexOf('sheetData');
  while (at > 0) {
    const prev = b[at - 1];
    if (prev === 60 || prev === 58) {
      const end = tagEndAt(b, at + 9);
      if (end < 0) return -1;
      return b[end - 2] === 47 ? -1 : end;
    }
    at = b.indexOf('sheetData', at + 9);
  }
  return -1;
}
