/**
 * The JSON report written in pieces: the pieces joined are exactly `JSON.stringify(value, null, 2) + '\n'`, but no
 * single string of the whole report (hundreds of MB for 100 000 indicators) is ever built.
 */

/** At most this many array elements per piece: few writes for small elements. */
const ELEMENTS_PER_PIECE = 500;

/**
 * About this many characters per piece: a consolidated indicator carries a value per unit (≈ 60 KB for 700 units),
 * and a piece of 500 of them would be one string of tens of megabytes. Pieces stay small enough (≤ 64 KB of
 * two-byte text) for the engine's ordinary heap pages: each larger string gets memory of its own from the system,
 * and taking fresh memory is what made a 9 MB report take 0,3 s to write instead of 0,07 s.
 */
export const PIECE_CHARS = 1 << 15;

/** JSON.stringify drops object members whose value is one of these. */
function isDropped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** Indents every line after the first (JSON text has no raw newline inside a string, so this is exact). */
function indentTail(json: string, pad: string): string {
  return json.indexOf('\n') < 0 ? json : json.replace(/\n/g, `\n${pad}`);
}

/** What JSON.stringify writes around a one-member object whose member is a non-empty array, before and after its elements. */
const WRAP_HEAD = '{\n  "": [';
const WRAP_TAIL = '\n  ]\n}';

/**
 * Elements `start` to `end` of a list as they appear inside a top-level member's brackets (each on a new line at depth
 * 2), written by one JSON.stringify of a wrapper object so that the engine indents them, not a replacement.
 */
function elementsText(list: readonly unknown[], start: number, end: number): string {
  const wrapped = JSON.stringify({ '': list.slice(start, end) }, null, 2);
  return wrapped.slice(WRAP_HEAD.length, wrapped.length - WRAP_TAIL.length);
}

/**
 * The pieces of a top-level array member's value: its elements in batches, each batch one piece. The first batch is
 * one element; later batches hold as many as make about PIECE_CHARS characters at the size seen so far.
 */
function* arrayPieces(head: string, list: readonly unknown[]): Generator<string> {
  let batch = 1;
  let chars = 0;
  for (let start = 0, end = 0; start < list.length; start = end) {
    end = Math.min(list.length, start + batch);
    const text = elementsText(list, start, end);
    yield start === 0 ? `${head}[${text}` : `,${text}`;
    chars += text.length;
    batch = Math.max(1, Math.min(ELEMENTS_PER_PIECE, Math.floor((PIECE_CHARS * end) / Math.max(1, chars))));
  }
  yield '\n  ]';
}

/** Yields the two-space-indented JSON text of an object (its top-level arrays element by element), then a newline. */
export function* jsonPieces(value: object): Generator<string> {
  const record = value as Readonly<Record<string, unknown>>;
  let first = true;
  for (const key of Object.keys(record)) {
    const member = record[key];
    if (isDropped(member)) continue;
    const head = `${first ? '{' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    const plainArray = Array.isArray(member) && member.length > 0 && typeof (member as { toJSON?: unknown }).toJSON !== 'function';
    if (plainArray) yield* arrayPieces(head, member as readonly unknown[]);
    else yield head + indentTail(JSON.stringify(member, null, 2), '  ');
  }
  yield first ? '{}\n' : '\n}\n';
}
