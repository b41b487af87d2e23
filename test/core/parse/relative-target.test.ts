import type { CellValue } from '../../../src/core/model/model';
import { decimalToString } from '../../../src/core/parse/decimal';
import { parseTarget } from '../../../src/core/parse/target';

/** The relative reading of a target text, flattened for comparison; the kind of any other reading. */
function read(value: CellValue, style: 'vi' | 'en' = 'vi'): unknown {
  const parsed = parseTarget({ value }, style);
  if (!parsed.ok) return parsed.reason;
  const t = parsed.target;
  if (t.kind !== 'relative') return t.kind;
  return { change: t.change, amount: decimalToString(t.amount), points: t.points, direction: parsed.comparatorDirection };
}

describe('relative targets (SPEC §4.1)', () => {
  it.each<[string, unknown]>([
    ['tăng 10%', { change: 'increase', amount: '10', points: false, direction: 'increase' }],
    ['Tăng 10%', { change: 'increase', amount: '10', points: false, direction: 'increase' }],
    ['tăng 10% so với năm 2022', { change: 'increase', amount: '10', points: false, direction: 'increase' }],
    ['Tăng 10 % (so với năm 2020)', { change: 'increase', amount: '10', points: false, direction: 'increase' }],
    ['tăng thêm 12,5% so với cùng kỳ', { change: 'increase', amount: '12.5', points: false, direction: 'increase' }],
    ['tăng 10%'.normalize('NFD'), { change: 'increase', amount: '10', points: false, direction: 'increase' }],
    ['giảm 2%', { change: 'decrease', amount: '2', points: false, direction: 'decrease' }],
    ['giảm 1,5 điểm phần trăm', { change: 'decrease', amount: '1.5', points: true, direction: 'decrease' }],
    ['tăng 0,5 điểm %', { change: 'increase', amount: '0.5', points: true, direction: 'increase' }],
    ['gấp 2 lần', { change: 'times', amount: '2', points: false, direction: 'increase' }],
    ['tăng gấp 1,5 lần so với năm 2020', { change: 'times', amount: '1.5', points: false, direction: 'increase' }],
    ['increase by 10%', { change: 'increase', amount: '10', points: false, direction: 'increase' }],
    ['decrease 1.5 percentage points', { change: 'decrease', amount: '1.5', points: true, direction: 'decrease' }],
    ['2 times', { change: 'times', amount: '2', points: false, direction: 'increase' }],
  ])('%j is a change from the baseline', (text, expected) => {
    expect(read(text, /^[a-z0-9]/.test(text) ? 'en' : 'vi')).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ['giảm còn 1,5', 'ceiling'],
    ['giảm xuống 1,5%', 'ceiling'],
    ['≥ 90', 'floor'],
    ['15,8', 'point'],
    ['Tăng trưởng 7%', 'unreadable'],
    ['10-11', 'range'],
    ['tăng 500 tỷ đồng', 'unreadable'],
    ['giảm 5', 'unreadable'],
    ['tăng -5%', 'unreadable'],
    ['tăng 0%', 'unreadable'],
    ['gấp 2', 'unreadable'],
  ])('%j is not read as a change (%s)', (text, kind) => {
    expect(read(text)).toBe(kind);
  });
});
