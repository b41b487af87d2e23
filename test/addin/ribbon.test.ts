import { latestRun } from '../../src/ui/last-run';
import { isRunFailure, runCheck } from '../../src/core';
import { DEFAULT_THRESHOLDS } from '../../src/core/model/model';
import { newWorkbook } from '../excel/fake';
import { planningWorkbook } from '../excel/fixture';
import { portOver } from '../excel/support';
import { runRibbonAction } from '../../src/addin/ribbon';
import { DATA_SHEET } from '../excel/fixture';
import { newSheet } from '../excel/fake';
import { runExclusive } from '../../src/ui/run-guard';
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

  it('declines, saying a check is running, while another run holds the workbook, and writes nothing', async () => {
    const { host, book } = testHost('vi-VN');
    let release = (): void => undefined;
    const held = runExclusive('check', () => new Promise<void>((resolve) => (release = resolve)));
    const before = JSON.stringify(book.sheets.map((s) => s.name));
    await expect(runRibbonAction(host, 'check')).resolves.toEqual({ ok: false, message: expect.stringMatching(/^Đang kiểm tra…/) });
    expect(JSON.stringify(book.sheets.map((s) => s.name))).toBe(before);
    release();
    await held;
    await expect(runRibbonAction(host, 'check')).resolves.toMatchObject({ ok: true });
  });

  it('a run interrupted while replacing its sheet leaves a temporary sheet; the next run removes it and succeeds', async () => {
    const { host, book } = testHost('en-US');
    await expect(runRibbonAction(host, 'check')).resolves.toMatchObject({ ok: true, sheet: 'Validation' });
    book.failOn = (wire) => typeof wire === 'object' && wire !== null && 'rename' in wire;
    await expect(runRibbonAction(host, 'check')).resolves.toMatchObject({ ok: false });
    expect(book.sheets.map((s) => s.name)).toContain('~ChiTieu validation~');
    book.failOn = undefined;
    await expect(runRibbonAction(host, 'check')).resolves.toEqual({ ok: true, sheet: 'Validation' });
    expect(book.sheets.map((s) => s.name).filter((n) => n.startsWith('~'))).toEqual([]);
  });

  it('a leftover temporary summary sheet does not block the summary', async () => {
    const { host, book } = testHost('vi-VN');
    book.sheets.push(newSheet('~ChiTieu summary~'));
    await expect(runRibbonAction(host, 'summary')).resolves.toEqual({ ok: true, sheet: 'Tổng hợp' });
    expect(book.sheets.map((s) => s.name)).toEqual(['Danh mục chỉ tiêu', DATA_SHEET, 'Tổng hợp']);
  });
});
