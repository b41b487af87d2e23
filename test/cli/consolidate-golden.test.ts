/**
 * The consolidated report of the unit fixtures (test/fixtures/units) against its reviewed golden file, plus the
 * hand-checked figures it must contain: sums after converting triệu đồng to tỷ đồng, medians, bands of totals.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UNITS, runConsolidate } from './run-consolidate';

const GOLDEN = join(__dirname, '..', 'fixtures', 'golden-consolidate', 'units.json');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('consolidation of the unit fixtures', () => {
  it('gives the reviewed report, exit 1 (one unit has errors, one is unreadable)', async () => {
    const run = await runConsolidate([UNITS, '--catalogue', join(UNITS, 'danh-muc.csv'), '--units', join(UNITS, 'don-vi.csv')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = run.report;
    if (!report) throw new Error('no report written');
    const byCode = new Map(report.indicators.map((i) => [i.code, i]));
    expect(byCode.get('KT01')).toMatchObject({ additive: true, total: 62.2, target: 60, band: 'exceeded', median: 10.25 });
    expect(byCode.get('KT01')?.values['UBND XÃ HOÀNG VĂN THỤ']).toBe(10.25);
    expect(byCode.get('KT04')).toMatchObject({ total: 2093.5, band: 'low', median: 509 });
    expect(byCode.get('XH03')).toMatchObject({ total: 97, band: 'medium', median: 23.5 });
    expect(byCode.get('MT01')).toMatchObject({ additive: false, total: null, rate: null, band: null, min: 96.8, max: 99.1, median: 97.85 });
    expect(report.missingUnits).toEqual(['Xã Bắc La']);
    expect(run.stdout.split('\n')[0]).toBe('6/7 đơn vị đã nộp; 1 đơn vị chưa nộp: Xã Bắc La.');
    const text = JSON.stringify(report, null, 2) + '\n';
    expect(text.includes(join(__dirname, '..', '..'))).toBe(false);
    if (UPDATE) writeFileSync(GOLDEN, text);
    if (!existsSync(GOLDEN)) throw new Error(`missing golden ${GOLDEN}: run npm run golden:update and review it`);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
