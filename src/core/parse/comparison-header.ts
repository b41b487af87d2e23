/**
 * Stated comparisons in headers (SPEC §5.1): under a "So sánh" / "Tỷ lệ" / "%" parent, or on their own,
 * a label naming the plan ("TH/KH", "so KH", "TH 2023/KH 2023") is the stated rate and one naming the
 * earlier period ("TH/CK", "so cùng kỳ", "TH 2023/TH 2022") is the stated baseline rate.
 */
import type { ColumnKind } from '../model/model';

/** The two kinds a comparison header can name. */
export type ComparisonKind = Extract<ColumnKind, 'statedRate' | 'statedBaselineRate'>;

/** Parent labels (header keys) that stand over comparison children; joined labels start with them. */
const PARENT = /^(?:so sanh|ty le|ty le %|%|ty le hoan thanh|ti so|rate|comparison)(?: |$)/;
/** Words (header keys) naming the plan. */
const PLAN = '(?:kh|ke hoach|nq|nghi quyet|muc tieu|chi tieu|ct|plan|target|kh nam|ke hoach nam)';
/** Words naming the earlier period. */
const EARLIER = '(?:ck|cung ky|cung ky nam truoc|nam truoc|ky truoc|th|thuc hien|same period|previous|previous year|last year|prior year|(?:19|20)\\d{2})';
const PLAN_START = new RegExp(`^${PLAN}(?: |$)`);
const EARLIER_START = new RegExp(`^${EARLIER}(?: |$)`);
/** The measured side of a ratio ("TH 2023", "Ước TH 6 tháng", "2023"). */
const NUMERATOR = /^(?:%\s*)?(?:th|thuc hien|uoc th|uoc thuc hien|uoc|uoc tinh|ket qua|kq|actual|(?:19|20)\d{2}|\d{1,2} thang)(?: |$)/;
/** "so KH", "so với cùng kỳ", "% KH", "vs plan", also inside a label ("Ước TH 6 tháng so cùng kỳ"). */
const WORDED = /(?:^|\s)(?:so voi|so|vs|compared with|compared to|of|%)\s+(.+)$/;

/** The kind the words after "so" / "/" name, or undefined. */
function kindOfWords(words: string): ComparisonKind | undefined {
  const w = words.trim();
  if (PLAN_START.test(w)) return 'statedRate';
  if (EARLIER_START.test(w)) return 'statedBaselineRate';
  return undefined;
}

/** The comparison a header key names, or undefined when it names none. */
export function comparisonKind(key: string): ComparisonKind | undefined {
  let rest = key;
  let parent = false;
  for (let m = PARENT.exec(rest); m && rest.length > 0; m = PARENT.exec(rest)) {
    rest = rest.slice(m[0].length).trim();
    parent = true;
  }
  if (!rest) return undefined;
  const slash = rest.lastIndexOf('/');
  if (slash > 0) {
    const numerator = rest.slice(0, rest.indexOf('/')).trim();
    if (!parent && !NUMERATOR.test(numerator)) return undefined;
    return kindOfWords(rest.slice(slash + 1));
  }
  const worded = WORDED.exec(rest);
  if (worded) return kindOfWords(worded[1]);
  return parent ? kindOfWords(rest) : undefined;
}
