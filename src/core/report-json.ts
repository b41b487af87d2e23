/**
 * The JSON report written in pieces: the pieces joined are exactly `JSON.stringify(value, null, 2) + '\n'`, but no
 * single string of the whole report (hundreds of MB for 100 000 indicators) is ever built.
 */

/** Array elements per piece: large enough for few writes, small enough to keep each piece under a megabyte. */
const ELEMENTS_PER_PIECE = 500;

/** JSON.stringify drops object members whose value is one of these. */
function isDropped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** Indents every line after the first (JSON text has no raw newline inside a string, so this is exact). */
function indentTail(json: string, pad: string): string {
  return json.indexOf('\n') < 0 ? json : json.replace(/\n/g, `\n${pad}`);
}

/** One array element as it appears at depth 2 (JSON.stringify writes `null` for what it cannot represent). */
function element(value: unknown): string {
  return `\n    ${indentTail(JSON.stringify(value, null, 2) ?? 'null', '    ')}`;
}

/** The pieces of a top-level array member's value: its elements in batches, each batch one piece. */
function* arrayPieces(head: string, list: readonly unknown[]): Generator<string> {
  for (let start = 0; start < list.length; start += ELEMENTS_PER_PIECE) {
    const end = Math.min(list.length, start + ELEMENTS_PER_PIECE);
    let piece = start === 0 ? `${head}[` : ',';
    for (let i = start; i < end; i++) piece += (i > start ? ',' : '') + element(list[i]);
    yield piece;
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
