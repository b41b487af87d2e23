import { measureOneClickCheck } from '../../bench/excel-syncs';

const FIVE_MB = 5 * 1024 * 1024;

describe('round trips of a one-click check (ribbon Kiểm tra) through the adapter', () => {
  it('takes at most 6 syncs on a 200-row workbook', async () => {
    const measure = await measureOneClickCheck(200);
    expect(measure.ok).toBe(true);
    expect(measure.syncs).toBeLessThanOrEqual(6);
  });

  it('takes at most 2·⌈rows/5000⌉ + 10 syncs on 100 000 rows, no request or response over 5 MB', async () => {
    const measure = await measureOneClickCheck(100_000);
    expect(measure.ok).toBe(true);
    console.log(`100 000 rows: ${measure.syncs} syncs (budget ${measure.budget}), largest request ${measure.largestRequest}, response ${measure.largestResponse}`);
    expect(measure.syncs).toBeLessThanOrEqual(2 * Math.ceil(100_000 / 5_000) + 10);
    expect(Math.max(measure.largestRequest, measure.largestResponse)).toBeLessThanOrEqual(FIVE_MB);
  });
});
