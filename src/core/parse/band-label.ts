/**
 * Reads band wordings typed by users: override bands ("Vượt", "Đạt từ 70% đến dưới 100%", band ids)
 * and stated assessments ("Đạt và vượt", "Không đạt").
 */
import type { Band } from '../model/model';
import { collapseSpaces, foldText } from '../text/normalize';

/** Band labels (folded, without "%" and punctuation) and the band they name. */
const BAND_LABELS: ReadonlyMap<string, Band> = new Map<string, Band>([
  ['vuot', 'exceeded'], ['vuot ke hoach', 'exceeded'], ['vuot chi tieu', 'exceeded'], ['vuot muc tieu', 'exceeded'],
  ['exceeded', 'exceeded'],
  ['dat', 'met'], ['dat ke hoach', 'met'], ['dat chi tieu', 'met'], ['dat muc tieu', 'met'], ['met', 'met'],
  ['hoan thanh', 'met'],
  ['high', 'high'], ['medium', 'medium'], ['low', 'low'],
  ['chua danh gia', 'unassessed'], ['khong danh gia', 'unassessed'], ['unassessed', 'unassessed'],
  ['not assessed', 'unassessed'],
]);

/** Assessment wordings (folded) and what they claim. */
const ASSESSMENTS: ReadonlyMap<string, Assessment> = new Map<string, Assessment>([
  ['vuot', 'exceeded'], ['vuot ke hoach', 'exceeded'], ['vuot chi tieu', 'exceeded'], ['vuot muc tieu', 'exceeded'],
  ['exceeded', 'exceeded'],
  ['dat', 'metOrExceeded'], ['dat va vuot', 'metOrExceeded'], ['dat va vuot ke hoach', 'metOrExceeded'],
  ['hoan thanh', 'metOrExceeded'], ['da hoan thanh', 'metOrExceeded'], ['hoan thanh ke hoach', 'metOrExceeded'],
  ['dat ke hoach', 'metOrExceeded'], ['dat chi tieu', 'metOrExceeded'], ['dat muc tieu', 'metOrExceeded'],
  ['met', 'metOrExceeded'], ['met or exceeded', 'metOrExceeded'], ['achieved', 'metOrExceeded'],
  ['khong dat', 'notMet'], ['chua dat', 'notMet'], ['chua hoan thanh', 'notMet'], ['khong hoan thanh', 'notMet'],
  ['not met', 'notMet'], ['not achieved', 'notMet'],
]);

/** What a stated assessment claims about the band. */
export type Assessment = 'exceeded' | 'metOrExceeded' | 'notMet';

const DASHES = /[-–—−]/g;
const PUNCT = /[^a-z0-9<\- ]+/g;
/** "dat tu 70 den duoi 100", "70 - <100", "50 to under 70", "dat tu 70" (no upper bound). */
const BETWEEN = /^(?:dat )?(?:tu )?(\d{1,3}) ?(?:den duoi|den|to under|to below|to|-)? ?<? ?(\d{1,3})?(?: |$)/;
/** "dat duoi 50", "duoi 50", "below 50", "< 50". */
const BELOW = /^(?:dat )?(?:duoi|below|under|less than|<) ?\d{1,3}(?: |$)/;

/** Folded text reduced to words, digits, "-" and "<" ("Đạt từ 70% đến dưới 100%" → "dat tu 70 den duoi 100"). */
function labelKey(text: string): string {
  return collapseSpaces(foldText(text).replace(DASHES, ' - ').replace(PUNCT, ' '));
}

/** Reads an override band label ("Vượt", "Đạt", "Đạt từ 70%…", "Đạt dưới 50%", "Chưa đánh giá", band ids). */
export function parseBandLabel(text: string): Band | undefined {
  if (typeof text !== 'string' || text.length === 0 || text.length > 80) return undefined;
  const key = labelKey(text);
  const direct = BAND_LABELS.get(key);
  if (direct) return direct;
  if (BELOW.test(key)) return 'low';
  const m = BETWEEN.exec(key);
  if (!m || (!key.startsWith('dat tu') && m[2] === undefined)) return undefined;
  const lower = Number(m[1]);
  const upper = m[2] === undefined ? undefined : Number(m[2]);
  if (upper !== undefined) return upper >= 100 ? 'high' : 'medium';
  return lower >= 70 ? 'high' : 'medium';
}

/** Reads a stated assessment: exceeded ("Vượt"), metOrExceeded ("Đạt", "Đạt và vượt"), notMet ("Không đạt"). */
export function parseAssessment(text: string): Assessment | undefined {
  if (typeof text !== 'string' || text.length === 0 || text.length > 80) return undefined;
  return ASSESSMENTS.get(labelKey(text));
}
