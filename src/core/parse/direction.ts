/**
 * Reads a direction cell (Tăng/↑/increase, Giảm/↓/decrease, chỉ tiêu thuận/nghịch …).
 */
import type { CellValue, Direction } from '../model/model';
import { foldText, stripBracketed } from '../text/normalize';
import { isBlankText } from './vocab';

/** Direction words (folded) and the direction they mean. */
export const DIRECTION_WORDS: ReadonlyMap<string, Direction> = new Map<string, Direction>([
  ['tang', 'increase'], ['tang len', 'increase'], ['↑', 'increase'], ['⬆', 'increase'], ['▲', 'increase'],
  ['increase', 'increase'], ['increasing', 'increase'], ['up', 'increase'], ['+', 'increase'],
  ['cao hon tot hon', 'increase'], ['cang cao cang tot', 'increase'], ['cang lon cang tot', 'increase'],
  ['cang tang cang tot', 'increase'], ['thuan', 'increase'], ['chi tieu thuan', 'increase'],
  ['higher is better', 'increase'], ['higher', 'increase'], ['positive', 'increase'],
  ['giam', 'decrease'], ['giam xuong', 'decrease'], ['↓', 'decrease'], ['⬇', 'decrease'], ['▼', 'decrease'],
  ['decrease', 'decrease'], ['decreasing', 'decrease'], ['down', 'decrease'],
  ['thap hon tot hon', 'decrease'], ['cang thap cang tot', 'decrease'], ['cang nho cang tot', 'decrease'],
  ['cang giam cang tot', 'decrease'], ['nghich', 'decrease'], ['chi tieu nghich', 'decrease'],
  ['lower is better', 'decrease'], ['lower', 'decrease'], ['negative', 'decrease'],
]);

const TRAILING_PUNCT = /[\s.!;:]+$/;

/** Reads a direction cell: a direction, 'blank' (empty or "-"), or 'invalid' for anything else. */
export function parseDirection(value: CellValue | undefined): Direction | 'blank' | 'invalid' {
  if (value === undefined || value === null) return 'blank';
  if (typeof value !== 'string') return 'invalid';
  if (isBlankText(value)) return 'blank';
  if (value.length > 40) return 'invalid';
  const key = foldText(value).replace(TRAILING_PUNCT, '');
  return DIRECTION_WORDS.get(key) ?? DIRECTION_WORDS.get(stripBracketed(key)) ?? 'invalid';
}
