import type { Band, Issue } from '../model';
import { parseAssessment } from '../parse/band-label';
import { memoizeString } from '../text/normalize';
import type { PlaceOf } from './severity';
import { makeIssue } from './severity';

/** Bands each stated assessment is compatible with (SPEC §6). */
const COMPATIBLE: Readonly<Record<'exceeded' | 'metOrExceeded' | 'notMet', readonly Band[]>> = {
  exceeded: ['exceeded'],
  metOrExceeded: ['met', 'exceeded'],
  notMet: ['high', 'medium', 'low'],
};

const readAssessment = memoizeString(parseAssessment);

/** `assessment-mismatch`: the stated assessment contradicts the computed band; unreadable or unassessed cases pass. */
export function checkAssessmentMismatch(stated: string | null, band: Band, at: PlaceOf): Issue | null {
  if (!stated || band === 'unassessed') return null;
  const claim = readAssessment(stated);
  if (!claim || COMPATIBLE[claim].includes(band)) return null;
  return makeIssue('assessment-mismatch', at('assessment'), { stated, band });
}
