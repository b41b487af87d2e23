/** Conservative size estimates of what a batch sends, so writes are split before Excel's 5 MB request limit. */

/** Bytes a value takes in a JSON request, counting every non-ASCII character as a `\uXXXX` escape. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) bytes += 5;
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
