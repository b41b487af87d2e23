/**
 * Opens the checked sample in a real spreadsheet application (LibreOffice Calc, headless), prints it to
 * PDF, rasterises the pages and reads the text back: the owned sheets must render with their content.
 * Needs `soffice`, `pdftoppm` and `pdftotext` (apt: libreoffice-calc poppler-utils), which .ci/run installs.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'samples', 'chi-tieu-mau.xlsx');
const ARTIFACTS = join(__dirname, '..', '..', 'test-output', 'libreoffice');

describe('the checked workbook renders in LibreOffice Calc', () => {
  it('prints the validation and summary sheets with their Vietnamese text', async () => {
    process.env.SOURCE_DATE_EPOCH = '1751328000';
    const run = await runCli(SAMPLE, ['--period', '6 tháng đầu năm 2025']);
    delete process.env.SOURCE_DATE_EPOCH;
    expect(run.code).toBe(1);
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-lo-'));
    const xlsx = join(dir, 'checked.xlsx');
    copyFileSync(run.out, xlsx);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, xlsx], { timeout: 120_000, stdio: 'ignore' });
    const pdf = join(dir, 'checked.pdf');
    expect(statSync(pdf).size).toBeGreaterThan(10_000);

    // pdftotext may split a word where a glyph carries stacked diacritics ("đ ầu"), so compare without spaces.
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, '');
    const flat = (s: string) => s.replace(/\s+/g, '');
    expect(text).toContain(flat('TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU'));
    expect(text).toContain(flat('KẾT QUẢ KIỂM TRA SỐ LIỆU CHỈ TIÊU'));
    expect(text).toContain(flat('Trong tổng số 26 chỉ tiêu'));
    expect(text).toContain(flat('Kỳ báo cáo: 6 tháng đầu năm 2025'));
    expect(text).toMatch(/49[,.]5%/);

    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(ARTIFACTS, 'page')], { timeout: 60_000 });
    const pages = readdirSync(ARTIFACTS).filter((f) => f.startsWith('page') && f.endsWith('.png'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(statSync(join(ARTIFACTS, page)).size).toBeGreaterThan(2_000);
  }, 180_000);
});
