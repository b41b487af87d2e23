/** Applying a set of non-overlapping string edits, so a part is patched without being re-serialised. */

/** Replace [start, end) with text. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies edits (any order, non-overlapping); at one index, insertions come before a replacement, else given order. */
export function applyEdits(s: string, edits: readonly Edit[]): string {
  const sorted = edits
    .map((e, k) => ({ e, k }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - a.e.start - (b.e.end - b.e.start) || a.k - b.k);
  let out = '';
  let at = 0;
  for (const { e } of sorted) {
    out += s.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + s.slice(at);
}
