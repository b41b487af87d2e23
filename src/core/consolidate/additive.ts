/**
 * Which indicators may be added up over units (SPEC §10): the one table of additive and non-additive
 * units and name words, and the classification built on it. See docs/adr/0031-consolidation-additive-units.md.
 */
import type { NoTotalReason } from '../model/consolidated';
import { normalizeUnit } from '../parse/units';
import { foldText } from '../text/normalize';

export type { NoTotalReason };

/** An indicator's consolidation: added up, or shown per unit for a stated reason. */
export type Additivity = { readonly additive: true } | { readonly additive: false; readonly reason: NoTotalReason };

/**
 * Units (normalized as SPEC §4: folded, "tỉ"="tỷ", "VNĐ"="đồng") whose values add up over units: money, area,
 * length, volume, weight, energy, and counts of people, households, places, things and events.
 */
export const ADDITIVE_UNITS: ReadonlySet<string> = new Set([
  // money, area, length (the convertible families of SPEC §4)
  'dong', 'nghin dong', 'trieu dong', 'ty dong', 'nghin ty dong', 'trieu ty dong', 'usd', 'nghin usd', 'trieu usd', 'ty usd',
  'm2', 'ha', 'km2', 'm', 'km',
  // volume, weight, energy
  'm3', 'lit', 'tan', 'ta', 'kg', 'nghin tan', 'kwh', 'trieu kwh', 'mw',
  // people and households
  'nguoi', 'nghin nguoi', 'lao dong', 'hoc sinh', 'sinh vien', 'benh nhan', 'hoi vien', 'dang vien', 'doan vien', 'thanh vien',
  'ho', 'gia dinh', 'luot', 'luot nguoi', 'luot khach', 'khach', 'nghin luot', 'nghin luot khach', 'ca', 'tre',
  // places and bodies
  'xa', 'phuong', 'thi tran', 'huyen', 'don vi', 'thon', 'ban', 'to dan pho', 'khu pho', 'ap', 'truong', 'lop', 'phong',
  'doanh nghiep', 'hop tac xa', 'to hop tac', 'co so', 'cho', 'tram', 'benh vien', 'giuong', 'giuong benh', 'bac si',
  // things and events
  'cong trinh', 'du an', 'can', 'can nha', 'nha', 'cai', 'chiec', 'con', 'cay', 'xe', 'km duong', 'ho so', 'vu', 'vu viec',
  'cuoc', 'buoi', 'lan kiem tra', 'mo hinh', 'san pham', 'nhan khau', 'thue bao', 'tau', 'may',
  'ho gia dinh', 'nguoi lao dong', 'luot benh nhan', 'khu dan cu', 'thon ban', 'nha van hoa', 'lop hoc', 'phong hoc',
  'cau', 'tram y te', 'de tai', 'sang kien', 'giay phep', 'hop dong',
]);

/** Units whose values never add up, with the reason shown on the sheet. */
export const NON_ADDITIVE_UNITS: ReadonlyMap<string, NoTotalReason> = new Map([
  ['%', 'rate'],
  ['phan nghin', 'rate'],
  ['‰', 'rate'],
  ['chi so', 'index'],
  ['diem', 'index'],
  ['diem so', 'index'],
  ['lan', 'index'],
  ['bac', 'index'],
  ['hang', 'index'],
  ['xep hang', 'index'],
  ['tuoi', 'average'],
  ['nam', 'average'],
]);

/**
 * Words in an indicator's name that make it a rate, an index or an average whatever its unit
 * ("Thu nhập bình quân đầu người" in triệu đồng, "Chỉ số PCI" in điểm).
 */
export const NON_ADDITIVE_NAME_WORDS: ReadonlyArray<readonly [word: string, reason: NoTotalReason]> = [
  ['ty le', 'rate'],
  ['toc do', 'rate'],
  ['binh quan', 'average'],
  ['trung binh', 'average'],
  ['dau nguoi', 'per-unit'],
  ['chi so', 'index'],
];

/** True when `word` occurs in `text` as whole words (both already folded). */
function hasWords(text: string, word: string): boolean {
  return ` ${text} `.includes(` ${word} `);
}

/**
 * Classifies an indicator by its unit and name: a per-unit unit ("triệu đồng/người", "tạ/ha"), a rate or index
 * unit, or a rate, index or average word in the name is never added; units of the additive table are; anything
 * else is shown per unit.
 * A milestone target (done / not done) is never added.
 */
export function classifyIndicator(unit: string | null, name: string, milestone = false): Additivity {
  if (milestone) return { additive: false, reason: 'milestone' };
  const key = unit === null ? '' : normalizeUnit(unit);
  if (key.includes('/')) return { additive: false, reason: 'per-unit' };
  const fixed = NON_ADDITIVE_UNITS.get(key);
  if (fixed) return { additive: false, reason: fixed };
  const foldedName = foldText(name).replace(/[^\p{L}\p{N}%]+/gu, ' ');
  for (const [word, reason] of NON_ADDITIVE_NAME_WORDS) if (hasWords(foldedName, word)) return { additive: false, reason };
  if (key === '') return { additive: false, reason: 'no-unit' };
  return ADDITIVE_UNITS.has(key) ? { additive: true } : { additive: false, reason: 'unknown-unit' };
}
