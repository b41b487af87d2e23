/** ChiTieu's flags as owned conditional formats: one rule per flag kind over a multi-area range, removable without a trace. */
import type { FlagKind, SheetFlags } from '../core';
import { FLAG_MARKER_PREFIX, FLAG_STYLES, cellAreas, flagRuleFormula } from '../core';
import type { SheetScan } from './scan';
import { FLAG_RULES_LOAD } from './scan';
import type { ExcelSession } from './session';

/** Longest area list one conditional format covers; longer lists take one rule per slice. */
const MAX_AREA_CHARS = 2_000;

const KINDS = Object.keys(FLAG_STYLES) as FlagKind[];

/** The custom rules of a sheet with their formulas loaded: from the scan (one lazy load for every sheet), else fresh. */
async function customRules(session: ExcelSession, sheetName: string, scan: SheetScan | undefined): Promise<SheetScan['customRules']> {
  if (scan?.formats) {
    if (!session.loaded(FLAG_RULES_LOAD)) await session.sync();
    return scan.customRules;
  }
  const formats = session.context.workbook.worksheets.getItem(sheetName).getRange().conditionalFormats;
  formats.load('items/type');
  await session.sync();
  const custom = formats.items.filter((format) => format.type === 'Custom').map((format) => {
    const rule = format.custom.rule;
    rule.load('formula');
    return { format, rule };
  });
  if (custom.length > 0) await session.sync();
  return custom;
}

/**
 * Queues the replacement of ChiTieu's flags on a sheet: every conditional format whose rule carries ChiTieu's
 * marker is deleted (the user's own rules stay), then one rule per flag kind (per area slice) is added. The work
 * goes out with the session's next sync; calls do not grow with the number of rows.
 */
export async function queueFlagReplacement(session: ExcelSession, sheetName: string, scan: SheetScan | undefined, flags?: SheetFlags): Promise<void> {
  const owned = (await customRules(session, sheetName, scan)).filter(({ rule }) => rule.formula.includes(FLAG_MARKER_PREFIX));
  for (const { format } of owned) format.delete();
  let queued = owned.length;
  if (flags) {
    const sheet = session.context.workbook.worksheets.getItem(flags.sheet);
    const multiArea = session.supports('1.9');
    for (const kind of KINDS) {
      const cells = flags.cells[kind] ?? [];
      if (cells.length === 0) continue;
      for (const areas of sliceAreas(cellAreas(cells), multiArea ? MAX_AREA_CHARS : 0)) {
        queueRule((multiArea ? sheet.getRanges(areas) : sheet.getRange(areas)).conditionalFormats, kind);
        queued += 1 + areas.length / 1_000;
      }
    }
  }
  // What was loaded for this sheet no longer describes it: a later change in this session reads it afresh.
  if (scan) scan.formats = null;
  if (queued > 0) await session.reserve(Math.ceil(queued) * 1_000);
}

function queueRule(collection: Excel.ConditionalFormatCollection, kind: FlagKind): void {
  const format = collection.add('Custom');
  format.custom.rule.formula = `=${flagRuleFormula(kind)}`;
  format.custom.format.fill.color = `#${FLAG_STYLES[kind].fill}`;
  format.custom.format.font.color = `#${FLAG_STYLES[kind].color}`;
}

/** Joins areas into comma-separated lists of at most `maxChars` (0: one area each, for hosts without RangeAreas). */
function sliceAreas(areas: readonly string[], maxChars: number): string[] {
  const slices: string[] = [];
  let current = '';
  for (const area of areas) {
    if (current !== '' && (maxChars === 0 || current.length + area.length + 1 > maxChars)) {
      slices.push(current);
      current = '';
    }
    current = current === '' ? area : `${current},${area}`;
  }
  if (current !== '') slices.push(current);
  return slices;
}
