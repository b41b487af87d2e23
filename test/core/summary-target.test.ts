import type { ModelCell } from '../../src/core/model/sheet-model';
import { cat, check, row } from './harness';

describe('targets on the summary lists', () => {
  it.each([
    ['Vietnamese thousands typed as text', '1.200', 560, { value: 1200 }],
    ['a decimal comma', '61,5', 20, { value: 61.5 }],
    ['a plain number cell', 4500, 1000, { value: 4500 }],
    ['a floor keeps its wording', '≥ 90', 20, { value: '≥ 90', style: 'textCenter' }],
  ] as const)('%s is shown as the value that was assessed', async (_title, target, actual, expected) => {
    const { summarySheet } = await check([cat('XH01', 'Số lao động được giải quyết việc làm', 'người', target)], [row({ code: 'XH01', actual })]);
    const listed = summarySheet.rows.find((r) => r.some((c: ModelCell | undefined) => c?.value === 'Số lao động được giải quyết việc làm'));
    expect(listed?.[4]).toMatchObject(expected);
  });
});
