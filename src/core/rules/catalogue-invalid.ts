import { cellAddress } from '../table/address';
import type { CatalogueRowCheck, IssuePlace, RuleDefinition } from './rule';
import { makeIssue } from './rule';

/** Where an issue about one cell of a catalogue row points. */
function at(row: CatalogueRowCheck, col: number, code: string | null): IssuePlace {
  return { sheet: row.sheet, cell: cellAddress(row.rowIndex, col), code };
}

/**
 * `catalogue-invalid`: a catalogue row lacks a code or a name or repeats a code (checked when its identity is read,
 * `target` still null), or has an unreadable target or direction (checked again once they are read).
 */
export const catalogueInvalid: RuleDefinition<'catalogue'> = {
  id: 'catalogue-invalid',
  severity: 'error',
  stage: 'catalogue',
  message: 'catalogue-invalid',
  check(row, issues) {
    if (row.code === '') issues.push(makeIssue(catalogueInvalid, at(row, row.codeColumn, null), { problem: 'no-code' }));
    else if (row.name === '') issues.push(makeIssue(catalogueInvalid, at(row, row.codeColumn, row.code), { problem: 'no-name' }));
    else if (row.firstRow !== null) {
      issues.push(makeIssue(catalogueInvalid, at(row, row.codeColumn, row.code), { problem: 'duplicate-code', firstRow: String(row.firstRow) }));
    } else if (row.target !== null) {
      if (row.target.unreadable) issues.push(makeIssue(catalogueInvalid, at(row, row.targetColumn ?? row.codeColumn, row.code), { problem: 'bad-target', value: row.targetText }));
      if (row.directionInvalid) issues.push(makeIssue(catalogueInvalid, at(row, row.directionColumn ?? 0, row.code), { problem: 'bad-direction', value: row.directionText }));
    }
  },
};
