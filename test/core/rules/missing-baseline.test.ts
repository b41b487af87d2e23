import type { TargetValue } from '../../../src/core/model/achievement';
import { missingBaseline } from '../../../src/core/rules/missing-baseline';
import { cat, check, row } from '../harness';
import { brief, exact, rowCheck, run } from './contexts';

describe('rule missing-baseline', () => {
  it.each([
    ['a relative target without a baseline column', cat('KT01', 'Thu ngân sách', 'tỷ đồng', 'tăng 10%'), true],
    ['an absolute target', cat('KT01', 'Thu ngân sách', 'tỷ đồng', '4.500'), false],
  ] as const)('%s', async (_title, catalogueRow, expected) => {
    const { report } = await check([[...catalogueRow]], [[...row({ code: 'KT01', actual: 4800 })]]);
    const found = report.issues.filter((i) => i.rule === 'missing-baseline');
    expect(found.length > 0).toBe(expected);
    if (expected) expect(found[0]).toMatchObject({ severity: 'error', code: 'KT01' });
  });
});

describe('missing-baseline check', () => {
  const relative: TargetValue = { kind: 'relative', change: 'increase', amount: exact(10), points: false };
  it.each<[string, TargetValue | null, boolean, object[]]>([
    ['a relative target without baseline', relative, false, [{ rule: 'missing-baseline', severity: 'error', cell: 'D5', params: { target: 'tăng 10%' } }]],
    ['a relative target with a baseline', relative, true, []],
    ['an absolute target', { kind: 'value', value: exact(10) }, false, []],
    ['no target', null, false, []],
  ])('%s', (_title, target, withBaseline, expected) => {
    const state = rowCheck({}, { target, targetText: 'tăng 10%', baseline: withBaseline ? exact(100) : null });
    expect(run(missingBaseline, state).map(brief)).toEqual(expected);
  });
});
