import type { IndicatorResult } from '../evaluate/result';
import { countedBand } from '../evaluate/result';
import type { FlagKind, SheetFlags } from '../model/sheet-model';

/**
 * The flags of every checked data sheet (SPEC §7.1): the actual cell of each `low` row red, `medium`
 * amber, `unassessed` grey. Every checked sheet gets an entry, so old flags are cleared where none remain.
 */
export function flagsOf(results: readonly IndicatorResult[], sheets: readonly string[]): SheetFlags[] {
  const bySheet = new Map<string, Record<FlagKind, string[]>>();
  for (const sheet of sheets) bySheet.set(sheet, { critical: [], warning: [], unassessed: [] });
  // Rows come sheet by sheet, so the previous row's sheet is tried before the map.
  let lastSheet: string | null = null;
  let cells: Record<FlagKind, string[]> | undefined;
  for (let i = 0; i < results.length; i++) {
    const result = results[i];
    if (!result.row) continue;
    const sheet = result.row.sheet;
    if (sheet !== lastSheet) {
      cells = bySheet.get(sheet);
      lastSheet = sheet;
    }
    if (!cells) continue;
    const band = countedBand(result);
    const kind: FlagKind | null = band === 'low' ? 'critical' : band === 'medium' ? 'warning' : band === 'unassessed' ? 'unassessed' : null;
    if (kind) cells[kind].push(result.row.address('actual') as string);
  }
  return [...bySheet].map(([sheet, cells]) => ({ sheet, cells }));
}
