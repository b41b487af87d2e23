import { cat, check, row } from '../harness';
import { missingIndicator } from '../../../src/core/rules/missing-indicator';
import { brief, entry, run } from './contexts';

const CATALOGUE = [cat('KT01', 'A', '%', '8,5'), cat('KT02', 'B', '%', '10')];

describe('rule missing-indicator', () => {
  it.each([
    ['an indicator without a row', [row({ code: 'KT01', actual: 8 })], true, 'B5'],
    ['every indicator present', [row({ code: 'KT01', actual: 8 }), row({ code: 'KT02', actual: 10 })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'missing-indicator');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('warning');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});

describe('missing-indicator check', () => {
  it.each<[string, boolean, object[]]>([
    ['an indicator without a row', false, [{ rule: 'missing-indicator', severity: 'warning', cell: 'B3', params: { name: 'Thu ngân sách' } }]],
    ['an assessed indicator', true, []],
  ])('%s', (_title, assessed, expected) => {
    expect(run(missingIndicator, entry(), assessed).map(brief)).toEqual(expected);
  });
});
