/** Fast scan of a worksheet part's `<sheetData>` over its bytes: no DOM, no per-cell regular expression. */
import type { CellValue, RawCell } from '../core';
import { eq, localStart, nameEnd, nextLt, richText, tagEndAt, textAt } from './bytes';
import type { Attrs } from './scan-parts';
import { T_B, T_E, T_INLINE, T_N, T_S, colAt, findSheetData, intAt, numberAt, readAttrs, skipElement, typeOf } from './scan-parts';
import { asciiBytes, lastIndexOfBytes } from './binary';
import { shiftFormula } from './shared-formula';

const WORKSHEET_END = asciiBytes('worksheet>');

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



/** Scans the sheetData of a worksheet part; see RawCell for the shape of each cell. */
export function scanSheet(buf: Uint8Array, ctx: ScanContext): ScanResult {
  const b = buf;
  const rows: Array<Array<RawCell | undefined> | undefined> = [];
  const maxRows = ctx.maxRows ?? Infinity;
  const a: Attrs = { r0: -1, r1: -1, s: 0, t0: -1, t1: -1, si: -1, shared: false, ref: false };
  const masters = new Map<number, { text: string; row: number; col: number }>();
  let i = findSheetData(b);
  if (i < 0) return { rows, status: lastIndexOfBytes(b, WORKSHEET_END) > 0 ? 'complete' : 'truncated' };
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
