import { cat, check, row } from '../harness';
import { notANumber } from '../../../src/core/rules/not-a-number';
import type { CellRole } from '../../../src/core/rules/rule';
import { brief, cellCheck, exact, rowCheck, run, targetReading } from './contexts';

const CATALOGUE = [cat('KT01', 'Tốc độ tăng trưởng GRDP', '%', '8,5')];

describe('rule not-a-number', () => {
  it.each([
    ['words', [row({ code: 'KT01', actual: 'đang cập nhật' })], true, 'F5'],
    ['a fraction with zero denominator', [row({ code: 'KT01', actual: '3/0' })], true, 'F5'],
    ['a Vietnamese decimal', [row({ code: 'KT01', actual: '8,25' })], false, null],
    ['a fraction', [row({ code: 'KT01', actual: '47/107' })], false, null],
  ] as const)('%s', async (_title, dataRows, expected, cell) => {
    const { report } = await check(CATALOGUE, dataRows.map((r) => [...r]));
    const found = report.issues.filter((i) => i.rule === 'not-a-number');
    expect(found.length > 0).toBe(expected);
    if (expected) {
      expect(found[0].severity).toBe('error');
      expect(found[0].cell).toBe(cell);
      expect(found[0].message.length).toBeGreaterThan(20);
    }
  });
});

describe('not-a-number check', () => {
  const nan = (cell: string, params: object) => [{ rule: 'not-a-number', severity: 'error', cell, params }];
  it.each<[string, CellRole, string | number, Parameters<typeof rowCheck>[1] | null, object[]]>([
    ['text as actual', 'actual', 'đang cập nhật', null, nan('X9', { value: 'đang cập nhật' })],
    ['a fraction over zero', 'actual', '3/0', null, nan('X9', { value: '3/0' })],
    ['a number where the target is a milestone', 'actual', 5, { actual: { kind: 'number', value: exact(5) }, target: { kind: 'milestone' } }, nan('E5', { value: '5' })],
    ['a number for a number target', 'actual', 5, { actual: { kind: 'number', value: exact(5) }, target: { kind: 'value', value: exact(6) } }, []],
    ['text as part', 'part', 'chưa có số', null, nan('X9', { value: 'chưa có số' })],
    ['a number', 'actual', '8,25', null, []],
    ['a milestone', 'actual', 'Hoàn thành', null, []],
  ])('%s', (_title, role, value, fields, expected) => {
    const row = fields ? rowCheck({ actual: value }, fields) : undefined;
    expect(run(notANumber, cellCheck(role, value, { row, parsed: row ? null : undefined })).map(brief)).toEqual(expected);
  });

  it.each<[string, CellRole, boolean, object[]]>([
    ['an unreadable row target', 'target', true, nan('X9', { value: 'sẽ tính sau', of: 'target' })],
    ['an unreadable catalogue target (catalogue-invalid instead)', 'catalogue-target', true, []],
    ['a readable row target', 'target', false, []],
  ])('%s', (_title, role, unreadable, expected) => {
    expect(run(notANumber, cellCheck(role, 'sẽ tính sau', { target: targetReading({ unreadable }) })).map(brief)).toEqual(expected);
  });
});
