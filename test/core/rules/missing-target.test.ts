import { cat, check, row } from '../harness';
import { missingTarget } from '../../../src/core/rules/missing-target';
import { brief, exact, rowCheck, run } from './contexts';

const CATALOGUE = [cat('KT01', 'Số tuyến phố văn minh', 'tuyến phố', '')];

describe('rule missing-target', () => {
  it.each([
    ['no target anywhere', [row({ code: 'KT01', actual: 8 })], true, 'E5'],
    ['a target on the row', [row({ code: 'KT01', target: 10, actual: 8 })], false, null],
    ['a fraction gives the target', [row({ code: 'KT01', unit: 'tuyến phố', actual: '47/107' })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'missing-target');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('error');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});

describe('missing-target check', () => {
  it.each<[string, Parameters<typeof rowCheck>[1], object[]]>([
    ['no target anywhere', { target: null }, [{ rule: 'missing-target', severity: 'error', cell: 'D5', params: {} }]],
    ['an unreadable row target (reported as not-a-number instead)', { target: null, targetUnreadable: true }, []],
    ['a target', { target: { kind: 'value', value: exact(10) } }, []],
  ])('%s', (_title, fields, expected) => {
    expect(run(missingTarget, rowCheck({}, fields)).map(brief)).toEqual(expected);
  });
});
