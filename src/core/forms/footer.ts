/**
 * Where a form's table ends (SPEC §2.1): the footer starts at a place-and-date line ("Văn Lãng, ngày
 * 15 tháng 12 năm 2023"), a signature title ("NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN", "Nơi nhận:") or a
 * note ("Ghi chú: …", "* …", "(1) …"). Nothing below it is data.
 */
import type { RawCell } from '../model/model';
import { foldText } from '../text/normalize';

/** Signature titles that make up a whole cell (folded, without a trailing colon). */
const TITLES: ReadonlySet<string> = new Set([
  'nguoi lap bieu', 'nguoi lap', 'nguoi tong hop', 'nguoi kiem tra', 'nguoi duyet', 'thu truong don vi', 'thu truong co quan',
  'ke toan truong', 'truong phong', 'pho truong phong', 'giam doc', 'pho giam doc', 'chu tich', 'pho chu tich', 'bi thu',
  'pho bi thu', 'truong ban', 'pho truong ban', 'chanh van phong', 'prepared by', 'compiled by', 'checked by', 'approved by',
  'chairman', 'chairwoman', 'chairperson', 'vice chairman', 'vice chairperson', 'director', 'deputy director', 'head of unit',
]);

/** Starts of footer cells: signing on behalf ("TM.", "KT.", "TL.", "Q."), recipients, notes. */
const STARTS = /^(?:(?:tm|t\/m|kt|k\/t|tl|t\/l|tuq|q)\.? |on behalf of |noi nhan\b|ghi chu ?:|chu thich ?:|chu y ?:|notes? ?:|recipients ?:|xac nhan cua )/;
const PLACE_DATE = /\bngay\b.{0,14}\bthang\b.{0,14}\bnam\b/;
const MONTHS = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const ENGLISH_DATE = new RegExp(`(?:^date ?:|\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTHS},? \\d{4}\\b|\\b${MONTHS} \\d{1,2},? \\d{4}\\b)`);
const NOTE_MARK = /^(?:\*+\s*\S|\(\d{1,2}\)\s+\S)/;

/** True when one text cell opens a footer. */
function isFooterText(text: string): boolean {
  if (text.length > 160) return false;
  if (NOTE_MARK.test(text)) return true;
  const folded = foldText(text);
  const bare = folded.replace(/\s*:$/, '');
  return TITLES.has(bare) || STARTS.test(folded) || PLACE_DATE.test(folded) || ENGLISH_DATE.test(folded);
}

/** True when a row opens the footer: no numbers, and a cell holding a place-and-date line, a signature title or a note. */
export function isFooterRow(cells: ReadonlyArray<RawCell | undefined>): boolean {
  let footer = false;
  for (const cell of cells) {
    const v = cell?.value;
    if (typeof v === 'number') return false;
    if (!footer && typeof v === 'string' && v.trim() !== '' && isFooterText(v.trim())) footer = true;
  }
  return footer;
}
