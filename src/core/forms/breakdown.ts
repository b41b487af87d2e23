/**
 * Breakdown rows (SPEC §2.1): "Trong đó: Thu nội địa", "Chia ra:", "Bao gồm:", "- Khu vực thành thị",
 * "+ …", or an STT of "-", "+", "a)", "a.". They are parts of the indicator above, never indicators.
 */
import { foldText } from '../text/normalize';

/** What a breakdown row is: a part, and whether it is additive ("Trong đó", "Chia ra": part of a sum). */
export interface Breakdown {
  /** True for "Trong đó" / "Chia ra" / "Bao gồm" parts (and bullets under such a label). */
  readonly additive: boolean;
  /** True when the row only announces the parts below ("Trong đó:", "Chia ra"). */
  readonly label: boolean;
}

const PART_STT = /^(?:[-+–—•∙·*]|[a-zđ][.)])$/u;
const BULLET = /^[-+–—•∙·]\s*\S/u;
const LETTER_ITEM = /^[a-zđ][.)]\s+\S/u;
/** An Arabic STT ("2", "1.2", "3."): it heads an indicator, whatever bullet its name starts with. */
const INDICATOR_STT = /^\d+(?:\.\d+)*\.?$/u;
const ADDITIVE = /^(trong do|chia ra|bao gom|gom co|gom|of which|in which|including|comprising)\b\s*:?\s*/;

/** The breakdown a row's STT and name make, or null when the row is no breakdown. */
export function breakdownOf(stt: string, name: string): Breakdown | null {
  if (name !== '') {
    const first = name.charCodeAt(0);
    // "T", "C", "B", "G", "O", "I" (any case) can open an additive word; anything else needs no folding.
    if ('tcbgoiTCBGOI'.includes(name[0] ?? '') || first > 127) {
      const m = ADDITIVE.exec(foldText(name));
      if (m) return { additive: true, label: m[0].length >= foldText(name).length };
    }
    if ((BULLET.test(name) || LETTER_ITEM.test(name)) && !INDICATOR_STT.test(stt)) return { additive: false, label: false };
  }
  return stt !== '' && PART_STT.test(stt) ? { additive: false, label: false } : null;
}
