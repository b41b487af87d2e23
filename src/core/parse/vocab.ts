/**
 * Word tables shared by the cell parsers: blank markers, Excel error texts and milestone words,
 * with small lookups over them.
 */
import { collapseSpaces, foldText, memoizeString } from '../text/normalize';

/** Texts that mean "no value" (after trimming and collapsing spaces). */
export const BLANK_MARKERS: ReadonlySet<string> = new Set([
  '', '-', '--', '---', '–', '—', '−', '…', '...', '..', '. . .', '_', '/', 'x',
]);

/** Excel error values, upper case as Excel shows them. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#DIV/0!', '#GETTING_DATA',
  '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#EXTERNAL!', '#PYTHON!',
]);

/** Milestone words (folded) and whether they mean done. */
export const MILESTONE_WORDS: ReadonlyMap<string, boolean> = new Map<string, boolean>([
  ['hoan thanh', true], ['da hoan thanh', true], ['dat', true], ['da dat', true], ['co', true], ['xong', true],
  ['da xong', true], ['done', true], ['completed', true], ['complete', true], ['yes', true], ['achieved', true],
  ['chua hoan thanh', false], ['khong hoan thanh', false], ['chua', false], ['khong', false], ['khong dat', false],
  ['chua dat', false], ['chua xong', false], ['not done', false], ['not completed', false], ['no', false],
  ['not achieved', false],
]);

const TRAILING_PUNCT = /[\s.!;:]+$/;

/** True when the text is empty or a "no value" marker such as "-", "–" or "…". */
export function isBlankText(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90 && c !== 88) || (c >= 97 && c <= 122 && c !== 120)) return false;
  if (text.length > 12) return text.trim().length === 0;
  return BLANK_MARKERS.has(collapseSpaces(text).toLowerCase());
}

/** The Excel error code a text spells ("#N/A", "#div/0!"), or undefined. */
export function excelErrorText(text: string): string | undefined {
  const t = text.trim();
  if (t.length === 0 || t[0] !== '#' || t.length > 14) return undefined;
  const upper = t.toUpperCase();
  return EXCEL_ERRORS.has(upper) ? upper : undefined;
}

/** Looks a folded text up in the milestone table (uncached). */
function computeMilestone(text: string): boolean | undefined {
  return MILESTONE_WORDS.get(foldText(text).replace(TRAILING_PUNCT, ''));
}

const cachedMilestone = memoizeString(computeMilestone);

/** Whether a whole text is a milestone word: true done, false not done, undefined otherwise. */
export function milestoneOf(text: string): boolean | undefined {
  return text.length > 40 ? undefined : cachedMilestone(text);
}
