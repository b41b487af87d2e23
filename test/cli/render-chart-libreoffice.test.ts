/**
 * The summary chart is a real chart: LibreOffice Calc (headless) prints the checked sample to PDF, the pages are
 * rasterised, and the bands' colours are counted. The same workbook with the sheet's `<drawing>` taken out is the
 * control: without the chart none of those colours is on any page.
 * Needs `soffice` and `pdftoppm` (apt: libreoffice-calc poppler-utils), which .ci/run installs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbook } from '../../src/xlsx/read-workbook';
import { writeZip } from '../../src/xlsx/zip';
import { runCli } from './run-cli';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'samples', 'chi-tieu-mau.xlsx');
const ARTIFACTS = join(__dirname, '..', '..', 'test-output', 'libreoffice-chart');
/** The band colours of the chart (src/core/render/summary-sheet.ts), grey left out: anti-aliased text is grey too. */
const BAND_COLOURS = { exceeded: [0x2e, 0x7d, 0x32], met: [0x66, 0xbb, 0x6a], high: [0x42, 0xa5, 0xf5], medium: [0xff, 0xb3, 0x00], low: [0xe5, 0x39, 0x35] } as const;

/** The same package with the summary sheet's `<drawing>` element removed (the chart parts stay, unreferenced). */
function withoutDrawing(bytes: Uint8Array): Uint8Array {
  const wb = openWorkbook(bytes);
  const part = wb.sheets.find((s) => s.owned === 'summary')!.part!;
  return writeZip(
    wb.zip.entries().map((raw) => (raw.name === part ? { name: raw.name, data: new TextEncoder().encode(wb.zip.text(part).replace(/<drawing [^>]*\/>/, '')) } : { name: raw.name, raw })),
  );
}

/** Pixels of each band colour (within 8 per channel) over every page image (binary PPM) whose name starts with `stem`. */
function countColours(dir: string, stem: string): Record<keyof typeof BAND_COLOURS, number> {
  const counts = { exceeded: 0, met: 0, high: 0, medium: 0, low: 0 };
  for (const file of readdirSync(dir).filter((f) => f.startsWith(stem) && f.endsWith('.ppm'))) {
    const ppm = readFileSync(join(dir, file));
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
    const data = ppm.subarray(header[0].length);
    for (let i = 0; i + 2 < data.length; i += 3) {
      for (const [band, [r, g, b]] of Object.entries(BAND_COLOURS) as Array<[keyof typeof BAND_COLOURS, readonly number[]]>) {
        if (Math.abs(data[i] - r) <= 8 && Math.abs(data[i + 1] - g) <= 8 && Math.abs(data[i + 2] - b) <= 8) counts[band]++;
      }
    }
  }
  return counts;
}

describe('the summary chart renders in LibreOffice Calc', () => {
  it('draws bars in every band colour that has indicators, and none without the chart', async () => {
    process.env.SOURCE_DATE_EPOCH = '1751328000';
    const run = await runCli(SAMPLE, []);
    delete process.env.SOURCE_DATE_EPOCH;
    expect(run.code).toBe(1);
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-chart-'));
    const bytes = readFileSync(run.out);
    writeFileSync(join(dir, 'chart.xlsx'), bytes);
    writeFileSync(join(dir, 'nochart.xlsx'), withoutDrawing(bytes));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'chart.xlsx'), join(dir, 'nochart.xlsx')], { timeout: 180_000, stdio: 'ignore' });
    for (const stem of ['chart', 'nochart']) execFileSync('pdftoppm', ['-r', '50', join(dir, `${stem}.pdf`), join(dir, `${stem}-page`)], { timeout: 60_000 });

    const drawn = countColours(dir, 'chart-page');
    const control = countColours(dir, 'nochart-page');
    expect(control).toEqual({ exceeded: 0, met: 0, high: 0, medium: 0, low: 0 });
    const bands = run.report!.summary.bands;
    for (const band of Object.keys(BAND_COLOURS) as Array<keyof typeof BAND_COLOURS>) {
      expect([band, bands[band] > 0 ? drawn[band] > 50 * bands[band] : drawn[band] === 0]).toEqual([band, true]);
    }

    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', join(dir, 'chart.pdf'), join(ARTIFACTS, 'page')], { timeout: 60_000 });
  }, 300_000);
});
