/** ChiTieu's flags as owned conditional formats: one rule per flag kind over a multi-area range, removable without a trace. */
import type { FlagKind, SheetFlags } from '../core/render/sheet-model';
import { FLAG_MARKER_PREFIX, FLAG_STYLES, flagRuleFormula } from '../core/render/sheet-model';
import { compressCells } from './a1';
import type { ApiSupport } from './host';

/** Longest area list one conditional format covers; longer lists take one rule per slice. */
const MAX_AREA_CHARS = 2_000;

const KINDS = Object.keys(FLAG_STYLES) as FlagKind[];

/** Deletes every conditional format on the sheet whose rule carries ChiTieu's marker; the user's own rules stay. */
export async function deleteOwnedFlags(context: Excel.RequestContext, sheetName: string): Promise<number> {
  const formats = context.workbook.worksheets.getItem(sheetName).getRange().conditionalFormats;
  formats.load('items/type');
  await context.sync();
  const custom = formats.items.filter((format) => format.type === 'Custom').map((format) => {
    const rule = format.custom.rule;
    rule.load('formula');
    return { format, rule };
  });
  if (custom.length === 0) return 0;
  await context.sync();
  const owned = custom.filter(({ rule }) => rule.formula.includes(FLAG_MARKER_PREFIX));
  for (const { format } of owned) format.delete();
  if (owned.length > 0) await context.sync();
  return owned.length;
}

/** Queues one owned rule per kind (per area slice) and syncs once; calls do not grow with the number of rows. */
export async function addOwnedFlags(context: Excel.RequestContext, flags: SheetFlags, supports: ApiSupport): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(flags.sheet);
  let queued = 0;
  for (const kind of KINDS) {
    const cells = flags.cells[kind] ?? [];
    if (cells.length === 0) continue;
    for (const areas of sliceAreas(compressCells(cells), supports('1.9') ? MAX_AREA_CHARS : 0)) {
      const target = supports('1.9') ? sheet.getRanges(areas) : sheet.getRange(areas);
      queueRule(target.conditionalFormats, kind);
      queued++;
    }
  }
  if (queued > 0) await context.sync();
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
