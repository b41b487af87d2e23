import { isTrimmedSpace } from '../table/cell-text';

/** True for the code of an ASCII digit. */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * True when a text is only a number: spaces, an optional minus, a digit, then digits, `.`, `,` and spaces
 * (what `/^\s*-?\d[\d.,\s]*$/` matches, scanned by hand because it runs on every listed target).
 */
export function isPlainNumber(text: string): boolean {
  const n = text.length;
  let i = 0;
  while (i < n && isTrimmedSpace(text.charCodeAt(i))) i++;
  if (i < n && text.charCodeAt(i) === 45) i++;
  if (i >= n || !isDigit(text.charCodeAt(i))) return false;
  for (i++; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c) && c !== 46 && c !== 44 && !isTrimmedSpace(c)) return false;
  }
  return true;
}
