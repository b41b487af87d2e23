import { latestRun } from '../../src/commands/last-run';
import { runRibbonAction } from '../../src/commands/ribbon';
import { DATA_SHEET } from '../excel/fixture';
import { testHost } from './fake-host';

describe('ribbon commands', () => {
  it('Kiểm tra: one click writes the validation sheet and flags, shows it, and publishes the counts', async () => {
    const { host, book } = testHost('vi-VN');
    await expect(runRibbonAction(host, 'check')).resolves.toEqual({ ok: true, sheet: 'Kiểm tra' });
    expect(book.active).toBe('Kiểm tra');
    expect(book.selection).toEqual({ sheet: 'Kiểm tra', address: 'A1' });
    expect(book.sheets.find((s) => s.name === DATA_SHEET)!.conditionalFormats).toHaveLength(3);
    const last = latestRun();
    expect(last && 'outcome' in last ? last.outcome.counts : null).toEqual({ error: 2, warning: 1, info: 0 });
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
