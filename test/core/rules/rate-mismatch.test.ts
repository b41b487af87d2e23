import { cat, check, row } from '../harness';
import { rateMismatch } from '../../../src/core/rules/rate-mismatch';
import { brief, exact, rowCheck, run } from './contexts';
import type { RowCells } from './contexts';

const CATALOGUE = [cat('KT01', 'A', 'tỷ đồng', '15,8')];

describe('rule rate-mismatch', () => {
  it.each([
    ['a stated rate 2 points off', [row({ code: 'KT01', actual: '12,8', rate: 83 })], true, 'G5'],
    ['a stated rate 0,5 point off exactly', [row({ code: 'KT01', actual: '7,9', rate: '50,5' })], false, null],
    ['a stated rate just over 0,5 point off', [row({ code: 'KT01', actual: '7,9', rate: '50,51' })], true, 'G5'],
    ['a percent cell with the right rate', [row({ code: 'KT01', actual: '12,8', rate: { value: 0.81, numFmt: '0.0%' } })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'rate-mismatch');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('warning');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});

describe('rate-mismatch check', () => {
  it.each<[string, RowCells, Parameters<typeof rowCheck>[1], object[]]>([
    ['a stated rate 15 points off', { statedRate: 95 }, { rate: exact(80) }, [{ rule: 'rate-mismatch', severity: 'warning', cell: 'F5', params: { stated: 95, computed: 80, comparison: 'plan' } }]],
    ['a stated rate within 0,5 point', { statedRate: 80.5 }, { rate: exact(80) }, []],
    ['a stated baseline rate off', { statedBaselineRate: 130 }, { baselineRate: exact(110) }, [{ rule: 'rate-mismatch', severity: 'warning', cell: 'K5', params: { stated: 130, computed: 110, comparison: 'baseline' } }]],
    ['both off, plan first', { statedRate: 1, statedBaselineRate: 2 }, { rate: exact(80), baselineRate: exact(110) }, [
      { rule: 'rate-mismatch', severity: 'warning', cell: 'F5', params: { stated: 1, computed: 80, comparison: 'plan' } },
      { rule: 'rate-mismatch', severity: 'warning', cell: 'K5', params: { stated: 2, computed: 110, comparison: 'baseline' } },
    ]],
    ['no computed rate', { statedRate: 95 }, { rate: null }, []],
    ['no stated rate', {}, { rate: exact(80) }, []],
  ])('%s', (_title, cells, fields, expected) => {
    expect(run(rateMismatch, rowCheck(cells, fields)).map(brief)).toEqual(expected);
  });
});
