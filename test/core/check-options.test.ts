import { checkOptionsFrom, generationTime } from '../../src/core';

describe('check options and generation time', () => {
  const base = { lang: 'vi' as const, thresholds: { critical: 50, warning: 70 }, numberStyle: 'vi' as const, generatedAt: '01/07/2025 00:00 UTC' };

  test('empty choices are left out; no data sheet picked means every data sheet', () => {
    expect(checkOptionsFrom({ ...base, catalogueSheet: '', actualColumn: undefined, period: '' })).toEqual({ ...base, dataSheets: [] });
  });

  test('an imported catalogue wins over the catalogue sheet; the rest is passed on', () => {
    const catalogue = { name: 'dm.csv', rows: [] };
    expect(checkOptionsFrom({ ...base, dataSheets: ['S'], catalogue, catalogueSheet: 'C', actualColumn: 'F', period: 'Năm 2025' })).toEqual({
      ...base,
      dataSheets: ['S'],
      catalogue,
      actualColumn: 'F',
      period: 'Năm 2025',
    });
    expect(checkOptionsFrom({ ...base, catalogueSheet: 'C' })).toEqual({ ...base, dataSheets: [], catalogueSheet: 'C' });
  });

  test('SOURCE_DATE_EPOCH is shown in UTC, else the local clock, as dd/mm/yyyy hh:mm', () => {
    expect(generationTime(' 1751328000 ', new Date(2000, 0, 1))).toBe('01/07/2025 00:00 UTC');
    expect(generationTime(undefined, new Date(2025, 6, 1, 8, 5))).toBe('01/07/2025 08:05');
    expect(generationTime('not a number', new Date(2025, 0, 2, 9, 5))).toBe('02/01/2025 09:05');
  });
});
