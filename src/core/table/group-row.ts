import { toNfc } from '../text/normalize';

const SECTION_NUMBER = /^(?:[IVXLC]+|[A-ZĐ])[.)]?$/u;
const NUMBERED = /^\d{1,2}(?:\.\d{1,2})*[.)]?(?:\s|$)/;
const SECTION_PREFIX = /^(?:[IVXLC]+|[A-ZĐ])[.)]\s+/;
const NUMBER_PREFIX = /^\d{1,2}(?:\.\d{1,2})*[.)]?\s+/;

/** True when an STT cell holds a section number such as "I", "II.", "A" or "B)" (capitals: "a)" is a breakdown). */
export function isSectionNumber(stt: string): boolean {
  return stt !== '' && SECTION_NUMBER.test(toNfc(stt).trim());
}

/** True when an STT (or a label's start) is an Arabic number such as "1", "1.2" or "2." (a sub-group heading when bare). */
export function isNumbered(text: string): boolean {
  return NUMBERED.test(text);
}

/** True when a label starts with a section number, as in "I. KINH TẾ" or "A. Văn hóa – Xã hội". */
export function hasSectionPrefix(label: string): boolean {
  return SECTION_PREFIX.test(toNfc(label));
}

/** The field a group row names: its label without the leading section number. */
export function groupFieldName(label: string): string {
  return toNfc(label).replace(SECTION_PREFIX, '').replace(NUMBER_PREFIX, '').trim();
}
