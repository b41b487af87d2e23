import { foldText, toNfc } from '../text/normalize';

const SECTION_NUMBER = /^(?:[ivxlc]+|[a-z])[.)]?$/;
const SECTION_PREFIX = /^(?:[IVXLC]+|[A-ZĐ])[.)]\s+/;
const SECTION_PREFIX_FOLDED = /^(?:[ivxlc]+|[a-z])[.)]\s+/;

/** True when an STT cell holds a section number such as "I", "II.", "A" or "B)". */
export function isSectionNumber(stt: string): boolean {
  return stt !== '' && SECTION_NUMBER.test(foldText(stt));
}

/** True when a label starts with a section number, as in "I. KINH TẾ" or "A. Văn hóa – Xã hội". */
export function hasSectionPrefix(label: string): boolean {
  return SECTION_PREFIX_FOLDED.test(foldText(label));
}

/** The field a group row names: its label without the leading section number. */
export function groupFieldName(label: string): string {
  return toNfc(label).replace(SECTION_PREFIX, '').trim();
}
