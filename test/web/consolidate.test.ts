/**
 * The web app's "Tổng hợp nhiều đơn vị", run in Node: the unit fixtures give the reviewed consolidated report, and the
 * downloaded workbook holds the three owned sheets with the completeness counts — the same bytes `chitieu consolidate` writes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_THRESHOLDS } from '../../src/core/model/model';
import { consolidateFiles } from '../../src/ui/consolidate';
import type { UnitProgress } from '../../src/ui/consolidate';
import { paneText } from '../../src/ui/i18n';
import { consolidatedFiles } from '../../src/web/consolidated-files';
import { generationTime } from '../../src/core';
import { openWorkbook, readCatalogueBytes } from '../../src/web/package-layer';
import { UNITS, runConsolidate } from '../cli/run-consolidate';

const GOLDEN = join(__dirname, '..', 'fixtures', 'golden-consolidate', 'units.json');
const EPOCH = '1750000000';

/** A fixture as the file input hands it over. */
function picked(name: string): Blob & { readonly name: string } {
  return Object.assign(new Blob([readFileSync(join(UNITS, name))]), { name });
}

/** The unit files, in an order other than by name (a file input gives them as the system lists them). */
const unitFiles = readdirSync(UNITS).filter((f) => f.endsWith('.xlsx')).reverse();

/** The cell texts of a sheet's rows. */
function texts(rows: ReadonlyArray<ReadonlyArray<{ value: unknown } | undefined> | undefined>): string[][] {
  return rows.map((row) => (row ?? []).map((c) => (c === undefined || c === null ? '' : String(c.value))));
}

describe('consolidation in the web app', () => {
  it('gives the golden report and a workbook with the three sheets and the completeness counts', async () => {
    const catalogue = readCatalogueBytes(readFileSync(join(UNITS, 'danh-muc.csv')), 'danh-muc.csv');
    if (catalogue.kind !== 'sheet') throw new Error('no catalogue');
    const progress: UnitProgress[] = [];
    const result = await consolidateFiles(
      {
        files: unitFiles.map(picked),
        unitList: picked('don-vi.csv'),
        settings: { thresholds: DEFAULT_THRESHOLDS },
        lang: 'vi',
        catalogue: catalogue.sheet,
        generatedAt: generationTime(EPOCH, new Date()),
      },
      (p) => progress.push(p),
    );
    expect(progress.map((p) => `${p.done}/${p.total}: ${p.file}`)).toEqual([...unitFiles].sort().map((f, i) => `${i + 1}/6: ${f}`));
    expect(JSON.stringify(result.report, null, 2) + '\n').toBe(readFileSync(GOLDEN, 'utf8'));
    expect(result.hasErrors).toBe(true);

    const files = consolidatedFiles(result, paneText('vi').consolidate);
    expect(files.workbookName).toBe('TONG-HOP.xlsx');
    expect(new TextDecoder().decode(files.report)).toBe(readFileSync(GOLDEN, 'utf8'));
    const book = openWorkbook(files.workbook);
    expect(book.listSheets().map((s) => [s.name, s.owned])).toEqual([
      ['Tổng hợp đơn vị', 'consolidation'],
      ['Theo đơn vị', 'by-unit'],
      ['Tình hình nộp báo cáo', 'submissions'],
    ]);
    const submissions = texts(book.readSheet('Tình hình nộp báo cáo').rows);
    expect(submissions[1][0]).toBe('6/7 đơn vị đã nộp; 1 đơn vị chưa nộp: Xã Bắc La.');
    expect(submissions[2][0]).toBe('Đơn vị có lỗi: UBND THỊ TRẤN NA SẦM, xa-hoang-viet.');
    expect(submissions[3][0]).toMatch(/^Không đọc được: xa-hoang-viet \(xa-hoang-viet\.xlsx\)\.$/);
    const statuses = submissions.map((row) => row[3]);
    expect(statuses.filter((s) => s === 'Đã nộp')).toHaveLength(5);
    expect(statuses.filter((s) => s === 'Không đọc được')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'Chưa nộp')).toHaveLength(1);
    const thuyHung = submissions.find((row) => row[1] === 'UBND XÃ THỤY HÙNG');
    expect(thuyHung?.slice(4, 8)).toEqual(['0', '2', 'XH03', 'MT01']);

    // The same inputs through the command line give the same workbook, byte for byte.
    const saved = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = EPOCH;
    const cli = await runConsolidate([UNITS, '--catalogue', join(UNITS, 'danh-muc.csv'), '--units', join(UNITS, 'don-vi.csv')]).finally(() => {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    });
    expect(Buffer.from(files.workbook).equals(readFileSync(cli.out))).toBe(true);
  });

  it('stops with a message naming the unit list when it names no unit', async () => {
    const empty = Object.assign(new Blob(['\n\n']), { name: 'trong.csv' });
    await expect(
      consolidateFiles({ files: [picked('xa-tan-my.xlsx')], unitList: empty, settings: { thresholds: DEFAULT_THRESHOLDS }, lang: 'en', generatedAt: 'x' }, () => undefined),
    ).rejects.toThrow('Unit list "trong.csv" names no unit (one name per line).');
  });
});
