import type { ColumnKind, Issue, RuleId, Severity } from '../model';

/** Severity of every rule id of SPEC §6: errors block submission, warnings and info do not. */
export const RULE_SEVERITY: Readonly<Record<RuleId, Severity>> = {
  'missing-column': 'error',
  'catalogue-invalid': 'error',
  'unknown-indicator': 'error',
  'name-mismatch': 'warning',
  'duplicate-indicator': 'error',
  'missing-indicator': 'warning',
  'empty-actual': 'warning',
  'not-a-number': 'error',
  'formula-error': 'error',
  'ambiguous-number': 'warning',
  'missing-target': 'error',
  'target-mismatch': 'warning',
  'unit-converted': 'info',
  'unit-mismatch': 'error',
  magnitude: 'warning',
  'rate-mismatch': 'warning',
  'assessment-mismatch': 'warning',
  'override-without-reason': 'warning',
  'missing-baseline': 'error',
  'breakdown-exceeds-total': 'warning',
  'table-not-read': 'info',
  'duplicate-unit': 'warning',
  'unreadable-unit': 'error',
};

/** Where an issue points: the sheet, the A1 cell and the indicator code when known. */
export interface IssuePlace {
  readonly sheet: string;
  readonly cell: string;
  readonly code: string | null;
}

/** Builds an issue of the given rule at a place, with the parameters its message needs. */
export function makeIssue(rule: RuleId, place: IssuePlace, params: Record<string, string | number> = {}): Issue {
  return { rule, severity: RULE_SEVERITY[rule], sheet: place.sheet, cell: place.cell, code: place.code, params };
}

/** Gives the place of an issue about one column of the row being checked (built only when an issue is made). */
export type PlaceOf = (kind: ColumnKind) => IssuePlace;
