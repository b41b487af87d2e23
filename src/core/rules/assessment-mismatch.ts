import type { Band } from '../model/model';
import { parseAssessment } from '../parse/band-label';
import { memoizeString } from '../text/normalize';
import type { RuleDefinition } from './rule';
import { makeIssue } from './rule';

/** Bands each stated assessment is compatible with (SPEC §6). */
const COMPATIBLE: Readonly<Record<'exceeded' | 'metOrExceeded' | 'notMet', readonly Band[]>> = {
  exceeded: ['exceeded'],
  metOrExceeded: ['met', 'exceeded'],
  notMet: ['high', 'medium', 'low'],
};

const readAssessment = memoizeString(parseAssessment);

/** `assessment-mismatch`: the stated assessment contradicts the computed band; unreadable or unassessed cases pass. */
export const assessmentMismatch: RuleDefinition<'row'> = {
  id: 'assessment-mismatch',
  severity: 'warning',
  stage: 'row',
  message: 'assessment-mismatch',
  check(row, issues) {
    const stated = row.row.assessment;
    if (!stated || row.band === 'unassessed') return;
    const claim = readAssessment(stated);
    if (!claim || COMPATIBLE[claim].includes(row.band)) return;
    issues.push(makeIssue(assessmentMismatch, row.place('assessment'), { stated, band: row.band }));
  },
};
