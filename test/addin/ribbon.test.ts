import { latestRun } from '../../src/ui/last-run';
import { isRunFailure, runCheck } from '../../src/core';
import { DEFAULT_THRESHOLDS } from '../../src/core/model';
import { newWorkbook } from '../excel/fake';
import { planningWorkbook } from '../excel/fixture';
import { portOver } from '../excel/support';
import { runRibbonAction } from '../../src/addin/ribbon';
import { DATA_SHEET } from '../excel/fixture';
import { testHost } from '../ui/fake-host';

describe('ribbon commands', () => {
  it('Kiểm tra: one click writes the validation sheet and flags, shows it, and publishes the counts', async () => {
    const { host, book } = testHost('vi-VN');
    await expect(runRibbonAction(host, 'check')).resolves.toEqual({ ok: true, sheet: 'Kiểm tra' });
    expect(book.active).toBe('Kiểm tra');
    expect(book.selection).toEqual({ sheet: 'Kiểm tra', address: 'A1' });
    expect(book.sheets.find((s) => s.name === DATA_SHEET)!.conditionalFormats).toHaveLength(3);
    const direct = await runCheck(portOver(newWorkbook(planningWorkbook())), { lang: 'vi', thresholds: DEFAULT_THRESHOLDS, numberStyle: 'vi', generatedAt: 'x' }, { validation: false, summary: false, flags: false });
    if (isRunFailure(direct)) throw new Error(direct.message);
    const last = latestRun();
    expect(last && 'outcome' in last ? last.outcome.counts : null).toEqual(direct.counts);
    expect(direct.counts.error).toBeGreaterThan(0);
  });

  it('Tổng hợp: writes the summary sheet with the saved settings (English here)', async () => {
    const { host, book } = testHost('vi-VN', { lang: 'en', thresholds: { critical: 50, warning: 70 } });
    await expect(runRibbonAction(host, 'summary')).resolves.toEqual({ ok: true, sheet: 'Summary' });
    expect(book.active).toBe('Summary');
    expect(book.sheets.find((s) => s.name === DATA_SHEET)!.conditionalFormats).toHaveLength(0);
  });

  it('a run that cannot start returns its message and publishes it for the pane', async () => {
    const { host, book } = testHost('vi-VN');
    book.sheets.splice(0, 1);
    const result = await runRibbonAction(host, 'check');
    expect(result.ok).toBe(false);
    expect(latestRun()).toMatchObject({ kind: 'check', failure: expect.any(String) });
  });
});
