/**
 * Indicator names as matching keys (SPEC §2.3): equal after normalization (case, diacritics, spacing,
 * punctuation, a leading STT or bullet, bracketed notes), or clearly the same by token similarity once
 * common abbreviations are spelled out ("NSNN" = "ngân sách nhà nước").
 */
import { collapseSpaces, foldText, memoizeString, stripBracketed } from '../text/normalize';

const LEADING_NUMBER = /^\s*(?:(?:[IVXLC]+|[A-Za-zĐđ]|\d{1,2}(?:\.\d{1,2})*)[.)]\s+|\d{1,2}(?:\.\d{1,2})+\s+|[-+–—•∙·*]+\s*)/u;
const NOT_WORD = /[^\p{L}\p{N}%]+/gu;

/** Abbreviations of indicator names (folded, punctuation as spaces) and their spelled-out words. */
export const NAME_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['nsnn', 'ngan sach nha nuoc'],
  ['ns', 'ngan sach'],
  ['kt xh', 'kinh te xa hoi'],
  ['ktxh', 'kinh te xa hoi'],
  ['vh xh', 'van hoa xa hoi'],
  ['qp an', 'quoc phong an ninh'],
  ['grdp', 'tong san pham tren dia ban'],
  ['gdp', 'tong san pham trong nuoc'],
  ['cn ttcn', 'cong nghiep tieu thu cong nghiep'],
  ['cn tcn', 'cong nghiep tieu thu cong nghiep'],
  ['ttcn', 'tieu thu cong nghiep'],
  ['cn xd', 'cong nghiep xay dung'],
  ['cntt', 'cong nghe thong tin'],
  ['ntm', 'nong thon moi'],
  ['bhyt', 'bao hiem y te'],
  ['bhxh', 'bao hiem xa hoi'],
  ['bhtn', 'bao hiem that nghiep'],
  ['ubnd', 'uy ban nhan dan'],
  ['hdnd', 'hoi dong nhan dan'],
  ['thpt', 'trung hoc pho thong'],
  ['thcs', 'trung hoc co so'],
  ['htx', 'hop tac xa'],
  ['ccn', 'cum cong nghiep'],
  ['kcn', 'khu cong nghiep'],
  ['fdi', 'dau tu truc tiep nuoc ngoai'],
  ['bq', 'binh quan'],
  ['sx', 'san xuat'],
  ['xd', 'xay dung'],
  ['dtpt', 'dau tu phat trien'],
  ['gtsx', 'gia tri san xuat'],
];

const ABBREVIATIONS = NAME_ABBREVIATIONS.map(([short, long]) => [new RegExp(`(?<=^| )${short}(?= |$)`, 'g'), long] as const);

/** The exact matching key of a name: folded, without a leading STT or bullet, bracketed notes or punctuation. */
export const nameKey: (name: string) => string = memoizeString((name: string): string => {
  const folded = foldText(stripBracketed(name.normalize('NFC').replace(LEADING_NUMBER, '')));
  return collapseSpaces(folded.replace(NOT_WORD, ' '));
});

/** The words of a name's key with abbreviations spelled out. */
export function nameTokens(key: string): string[] {
  let text = key;
  for (const [pattern, long] of ABBREVIATIONS) text = text.replace(pattern, long);
  return text.split(' ').filter((w) => w !== '');
}

/** Token similarity of two token lists (Dice coefficient on word multisets): 1 for the same words, 0 for none shared. */
export function tokenSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}
