import type { Band, Issue } from '../model';
import { parseAssessment } from '../parse/band-label';
import type { IssuePlace } from './severity';
import { makeIssue } from './severity';

/** Bands each stated assessment is compatible with (SPEC §6). */
const COMPATIBLE: Readonly<Record<'exceeded' | 'metOrExceeded' | 'notMet', readonly Band[]>> = {
  exceeded: ['exceeded'],
  metOrExceeded: ['met', 'exceeded'],
  notMet: ['high', 'medium', 'low'],
};

/** `assessment-mismatch`: the stated assessment contradicts the computed band; unreadable or unassessed cases pass. */
export function checkAssessmentMismatch(stated: string | null, band: Band, place: IssuePlace): Issue | null {
  if (!stated || band === 'unassessed') return null;
  const claim = parseAssessment(stated);
  if (!claim || COMPATIBLE[claim].includes(band)) return null;
  return makeIssue('assessment-mismatch', place, { stated, band });
}
