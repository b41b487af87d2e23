import type { CatalogueEntry } from '../model/catalogue';
import { cellAddress } from '../table/address';
import type { RuleDefinition } from './rule';
import { makeIssue } from './rule';

/** The A1 address of an entry's code cell, where issues about the whole entry point. */
function entryCell(entry: CatalogueEntry): string {
  return cellAddress(entry.row - 1, entry.codeColumn);
}

/** `missing-indicator`: a catalogue indicator has no data row (it is counted unassessed). */
export const missingIndicator: RuleDefinition<'scope'> = {
  id: 'missing-indicator',
  severity: 'warning',
  stage: 'scope',
  message: 'missing-indicator',
  check(entry, assessed, issues) {
    if (assessed) return;
    issues.push(makeIssue(missingIndicator, { sheet: entry.sheet, cell: entryCell(entry), code: entry.code }, { name: entry.name }));
  },
};
