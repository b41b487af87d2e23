import type { NumberStyle, RawCell } from '../model/model';
import type { TargetParse } from './target';
import { parseTarget } from './target';

/**
 * parseTarget with a per-run cache for text targets: catalogues repeat the same few target texts
 * ("≥ 95", "giảm còn 1,5", "Hoàn thành") thousands of times. The cache belongs to one run and one style.
 */
export function cachedTarget(cell: RawCell | undefined, style: NumberStyle, cache: Map<string, TargetParse>): TargetParse {
  const value = cell?.value;
  if (typeof value !== 'string' || cell?.numFmt !== undefined) return parseTarget(cell, style);
  const hit = cache.get(value);
  if (hit) return hit;
  const parsed = parseTarget(cell, style);
  cache.set(value, parsed);
  return parsed;
}
