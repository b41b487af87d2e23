/**
 * The column kind of a stacked header label (SPEC §2.1): the labels joined are matched first, then the
 * lower labels, then the top one. Under a comparison parent ("So sánh (%)", "Tỷ lệ") a column is a
 * comparison whatever its child says ("TH 2023/KH 2023" is not an actual column).
 */
import type { ColumnKind } from '../model/model';
import { matchHeader } from '../parse/headers';

const COMPARISONS: ReadonlySet<ColumnKind> = new Set<ColumnKind>(['statedRate', 'statedBaselineRate']);

/**
 * The kind of a column from its labels top-down. A parent that names a kind itself with a period
 * ("Thực hiện năm 2023") does not swallow a child that names another kind ("Kế hoạch"): the child wins.
 */
export function stackedKind(labels: readonly string[]): ColumnKind | undefined {
  if (labels.length === 1) return matchHeader(labels[0]);
  const parentKind = matchHeader(labels[0]);
  const restKind = stackedKind(labels.slice(1));
  const full = matchHeader(labels.join(' '));
  if (parentKind && COMPARISONS.has(parentKind)) {
    if (full && COMPARISONS.has(full)) return full;
    return restKind && COMPARISONS.has(restKind) ? restKind : parentKind;
  }
  if (full && !(full === parentKind && restKind && restKind !== full)) return full;
  return restKind ?? parentKind;
}
