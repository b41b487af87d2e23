import type { RawCell } from '../model';

/** The trimmed display text of a cell for text fields (names, units, codes): numbers as typed, errors as their code. */
export function cellText(cell: RawCell | undefined): string {
  if (!cell) return '';
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.normalize('NFC').trim();
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v.error;
}

/** The comparison key of an indicator code: NFC, upper-case, without spaces. */
export function codeKey(code: string): string {
  return code.normalize('NFC').replace(/\s+/g, '').toLocaleUpperCase('vi');
}
