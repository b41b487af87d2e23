/** Conservative size estimates of what a batch sends, so writes are split before Excel's 5 MB request limit. */

/** Bytes a value takes in a JSON request or response, as UTF-8 (Vietnamese letters take 2 or 3 bytes). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) bytes += code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 1 : 2;
  }
  return bytes;
}

/** Splits `count` items into consecutive slices whose summed sizes stay within the budget and the item cap. */
export function sliceByBudget(sizes: readonly number[], budget: number, maxItems: number): Array<[number, number]> {
  const slices: Array<[number, number]> = [];
  let start = 0;
  let used = 0;
  for (let i = 0; i < sizes.length; i++) {
    if (i > start && (used + sizes[i] > budget || i - start >= maxItems)) {
      slices.push([start, i]);
      start = i;
      used = 0;
    }
    used += sizes[i];
  }
  if (start < sizes.length) slices.push([start, sizes.length]);
  return slices;
}
