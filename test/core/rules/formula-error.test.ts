import { cat, check, row } from '../harness';
import { formulaError } from '../../../src/core/rules/formula-error';
import type { CellRole } from '../../../src/core/rules/rule';
import { brief, cellCheck, run, targetReading } from './contexts';

const CATALOGUE = [cat('KT01', 'Tốc độ tăng trưởng GRDP', '%', '8,5')];

describe('rule formula-error', () => {
  it.each([
    ['an error value', [row({ code: 'KT01', actual: { value: { error: '#DIV/0!' }, formula: 'E5/0' } })], true, 'F5'],
    ['an error typed as text', [row({ code: 'KT01', actual: '#N/A' })], true, 'F5'],
    ['a formula with a number result', [row({ code: 'KT01', actual: { value: 8, formula: 'E5' } })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'formula-error');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('error');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});

describe('formula-error check', () => {
  const error = (value: string) => [{ rule: 'formula-error', severity: 'error', cell: 'X9', params: { value } }];
  it.each<[string, CellRole, string | number | undefined, string | null, object[]]>([
    ['an error actual', 'actual', '#N/A', null, error('#N/A')],
    ['an error part', 'part', '#DIV/0!', null, error('#DIV/0!')],
    ['an error target', 'target', '#REF!', '#REF!', error('#REF!')],
    ['an error catalogue target', 'catalogue-target', '#VALUE!', '#VALUE!', error('#VALUE!')],
    ['a number actual', 'actual', 5, null, []],
    ['a readable target', 'target', 5, null, []],
  ])('%s', (_title, role, value, errorCode, expected) => {
    const target = role === 'target' || role === 'catalogue-target' ? targetReading({ errorCode }) : undefined;
    expect(run(formulaError, cellCheck(role, value, { target })).map(brief)).toEqual(expected);
  });
});
