/** Byte-level helpers for scanning large XML parts without turning them into strings or DOM trees. */
import { utf8At } from './binary';
import { decodeEntities, decodeXString } from './xml';

/** Index of the first byte at or after `i` that ends an XML name (whitespace, `>` or `/`). */
export function nameEnd(b: Uint8Array, i: number): number {
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c === 62 || c === 47 || c === 32 || c === 10 || c === 13 || c === 9) return i;
    i++;
  }
  return n;
}

/** Start of the local part of the name in [s, e) (after any namespace prefix). */
export function localStart(b: Uint8Array, s: number, e: number): number {
  for (let i = e - 1; i >= s; i--) if (b[i] === 58) return i + 1;
  return s;
}

/** True when the bytes [s, e) spell the ASCII literal. */
export function eq(b: Uint8Array, s: number, e: number, lit: string): boolean {
  if (e - s !== lit.length) return false;
  for (let k = 0; k < lit.length; k++) if (b[s + k] !== lit.charCodeAt(k)) return false;
  return true;
}

/** Index just after the `>` that ends the tag whose attributes start at `i`, honouring quotes; -1 when unterminated. */
export function tagEndAt(b: Uint8Array, i: number): number {
  const n = b.length;
  let quote = 0;
  for (; i < n; i++) {
    const c = b[i];
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i + 1;
  }
  return -1;
}

/** Decodes XML text content in [s, e): UTF-8, entities and `_xHHHH_` escapes. */
export function textAt(buf: Uint8Array, s: number, e: number): string {
  const raw = utf8At(buf, s, e);
  return decodeXString(decodeEntities(raw));
}

/** Index of the next `<` at or after i, or -1. */
export function nextLt(b: Uint8Array, i: number): number {
  const n = b.length;
  while (i < n && b[i] !== 60) i++;
  return i < n ? i : -1;
}

/**
 * Collects the text of a rich string (`<si>` or `<is>` content) starting at `i`: the `<t>` elements directly inside
 * or inside runs `<r>`, skipping phonetic runs `<rPh>`. Stops after the end tag whose local name is `endLocal`.
 * Returns the text and the index after that end tag.
 */
export function richText(buf: Uint8Array, i: number, endLocal: string): { text: string; end: number } {
  const b = buf;
  let text = '';
  let phonetic = 0;
  for (;;) {
    const lt = nextLt(b, i);
    if (lt < 0) return { text, end: b.length };
    const closing = b[lt + 1] === 47;
    const ns = closing ? lt + 2 : lt + 1;
    const ne = nameEnd(b, ns);
    const ls = localStart(b, ns, ne);
    const end = tagEndAt(b, ne);
    if (end < 0) return { text, end: b.length };
    if (closing) {
      if (eq(b, ls, ne, endLocal)) return { text, end };
      if (eq(b, ls, ne, 'rPh')) phonetic--;
    } else if (b[end - 2] !== 47) {
      if (eq(b, ls, ne, 'rPh')) phonetic++;
      else if (phonetic === 0 && eq(b, ls, ne, 't')) {
        const close = nextLt(b, end);
        if (close < 0) return { text, end: b.length };
        text += textAt(buf, end, close);
        i = close;
        continue;
      }
    }
    i = end;
  }
}
