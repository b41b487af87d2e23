import { cat, check, row } from '../harness';
import { ambiguousNumber } from '../../../src/core/rules/ambiguous-number';
import type { Decimal } from '../../../src/core/model/model';
import type { CellRole } from '../../../src/core/rules/rule';
import { brief, cellCheck, run, targetReading } from './contexts';

const CATALOGUE = [cat('KT01', 'Số doanh nghiệp', 'doanh nghiệp', '2000')];

describe('rule ambiguous-number', () => {
  it.each([
    ['1.234 read by the workbook culture', [row({ code: 'KT01', actual: '1.234' })], true, 'F5'],
    ['a number with decimals and thousands', [row({ code: 'KT01', actual: '1.234,5' })], false, null],
    ['276.3 (not a thousands group)', [row({ code: 'KT01', actual: '276.3' })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'ambiguous-number');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('warning');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});

describe('ambiguous-number check', () => {
  const read1234: Decimal = { coef: 1234n, scale: 0 };
  const ambiguous = [{ rule: 'ambiguous-number', severity: 'warning', cell: 'X9', params: { value: '1.234', read: '1234', alternative: '1,234' } }];
  it.each<[string, CellRole, string | number, Decimal | null, object[]]>([
    ['a 1.234 actual', 'actual', '1.234', null, ambiguous],
    ['a 1.234 target', 'target', '1.234', read1234, ambiguous],
    ['a 1.234 catalogue target', 'catalogue-target', '1.234', read1234, ambiguous],
    ['a 1.234 part (parts are not checked for it)', 'part', '1.234', null, []],
    ['a plain decimal', 'actual', '12,5', null, []],
    ['a number cell', 'actual', 1.234, null, []],
  ])('%s', (_title, role, value, ambiguousRead, expected) => {
    const target = role === 'target' || role === 'catalogue-target' ? targetReading({ ambiguousRead }) : undefined;
    expect(run(ambiguousNumber, cellCheck(role, value, { target })).map(brief)).toEqual(expected);
  });
});
