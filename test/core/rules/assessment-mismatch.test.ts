import { cat, check, row } from '../harness';
import { assessmentMismatch } from '../../../src/core/rules/assessment-mismatch';
import type { Band } from '../../../src/core/model/model';
import { brief, rowCheck, run } from './contexts';

const CATALOGUE = [cat('KT01', 'A', 'tỷ đồng', '100')];

describe('rule assessment-mismatch', () => {
  it.each([
    ['Đạt at 60 %', [row({ code: 'KT01', actual: 60, assessment: 'Đạt' })], true, 'H5'],
    ['Vượt when only met', [row({ code: 'KT01', actual: 100, assessment: 'Vượt' })], true, 'H5'],
    ['Không đạt when exceeded', [row({ code: 'KT01', actual: 120, assessment: 'Không đạt' })], true, 'H5'],
    ['Đạt và vượt when exceeded', [row({ code: 'KT01', actual: 120, assessment: 'Đạt và vượt' })], false, null],
    ['Chưa đạt at 80 %', [row({ code: 'KT01', actual: 80, assessment: 'Chưa đạt' })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'assessment-mismatch');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('warning');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});

describe('assessment-mismatch check', () => {
  it.each<[string, string, Band, boolean]>([
    ['"Vượt" for met', 'Vượt', 'met', true],
    ['"Vượt" for exceeded', 'Vượt', 'exceeded', false],
    ['"Đạt" for exceeded', 'Đạt', 'exceeded', false],
    ['"Đạt" for high', 'Đạt', 'high', true],
    ['"Không đạt" for met', 'Không đạt', 'met', true],
    ['"Chưa đạt" for low', 'Chưa đạt', 'low', false],
    ['an unassessed row', 'Vượt', 'unassessed', false],
    ['an unreadable assessment', 'xem ghi chú', 'low', false],
  ])('%s', (_title, stated, band, raised) => {
    const expected = raised ? [{ rule: 'assessment-mismatch', severity: 'warning', cell: 'G5', params: { stated, band } }] : [];
    expect(run(assessmentMismatch, rowCheck({ assessment: stated }, { band })).map(brief)).toEqual(expected);
  });
});
