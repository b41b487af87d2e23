/** `chitieu consolidate` options, inputs and outputs (SPEC §8 conventions, §10). */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbook } from '../../src/xlsx/read-workbook';
import { UNITS, runConsolidate } from './run-consolidate';

const CATALOGUE = ['--catalogue', join(UNITS, 'danh-muc.csv')];
const tmp = () => mkdtempSync(join(tmpdir(), 'chitieu-tong-hop-'));

/** Sheet names and owned roles of a written workbook. */
function sheetsOf(path: string): Array<[string, string | undefined]> {
  return openWorkbook(readFileSync(path)).listSheets().map((s) => [s.name, s.owned]);
}

describe('chitieu consolidate', () => {
  it('writes a new workbook with the three owned sheets, never touching the unit files', async () => {
    const hash = () => readdirSync(UNITS).map((f) => createHash('sha256').update(readFileSync(join(UNITS, f))).digest('hex'));
    const before = hash();
    const run = await runConsolidate([UNITS, ...CATALOGUE]);
    expect(run.code).toBe(1);
    expect(sheetsOf(run.out)).toEqual([['Tổng hợp đơn vị', 'consolidation'], ['Theo đơn vị', 'by-unit'], ['Tình hình nộp báo cáo', 'submissions']]);
    expect(hash()).toEqual(before);
    expect(run.report?.missingUnits).toEqual([]);
    expect(run.stdout.split('\n')[0]).toBe('6 đơn vị đã nộp.');
    const submissions = openWorkbook(readFileSync(run.out)).readSheet('Tình hình nộp báo cáo');
    const texts = submissions.rows.flatMap((r) => (r ?? []).map((c) => String(c?.value ?? '')));
    expect(texts).toContain('Vấn đề của danh mục chỉ tiêu dùng chung');
    expect(texts.filter((t) => t.includes('“4.200”'))).toHaveLength(1);
    expect(run.report?.catalogueIssues.map((i) => i.rule)).toEqual(['ambiguous-number', 'ambiguous-number']);
  });

  it('names the sheets and writes the messages in English with --lang en', async () => {
    const run = await runConsolidate([UNITS, ...CATALOGUE, '--lang', 'en', '--units', join(UNITS, 'don-vi.csv')]);
    expect(sheetsOf(run.out).map(([name]) => name)).toEqual(['Consolidated', 'By unit', 'Submissions']);
    expect(run.stdout.split('\n')[0]).toBe('6/7 units submitted; 1 unit has not submitted: Xã Bắc La.');
    expect(run.report?.issues.find((i) => i.rule === 'unreadable-unit')?.message).toMatch(/^The file "xa-hoang-viet.xlsx"/);
  });

  it('bands totals with --thresholds', async () => {
    const run = await runConsolidate([UNITS, ...CATALOGUE, '--thresholds', '40,95']);
    expect(run.report?.thresholds).toEqual({ critical: 40, warning: 95 });
    expect(run.report?.indicators.find((i) => i.code === 'KT02')?.band).toBe('medium');
  });

  it('takes a glob pattern and explicit files, each file once', async () => {
    const glob = await runConsolidate([join(UNITS, 'xa-tan-*.xlsx'), ...CATALOGUE]);
    expect(glob.report?.units.map((u) => u.file)).toEqual(['xa-tan-my.xlsx', 'xa-tan-thanh.xlsx']);
    expect(glob.code).toBe(0);
    const files = await runConsolidate([join(UNITS, 'xa-thuy-hung.xlsx'), join(UNITS, 'xa-tan-my.xlsx'), join(UNITS, 'xa-tan-my.xlsx'), ...CATALOGUE]);
    expect(files.report?.units.map((u) => u.name)).toEqual(['UBND XÃ THỤY HÙNG', 'UBND XÃ TÂN MỸ']);
  });

  it('adds a second file of the same unit only as a duplicate-unit warning', async () => {
    const dir = tmp();
    const again = join(dir, 'tan-thanh-gui-lai.xlsx');
    copyFileSync(join(UNITS, 'xa-tan-thanh.xlsx'), again);
    const run = await runConsolidate([join(UNITS, 'xa-tan-thanh.xlsx'), again, ...CATALOGUE]);
    expect(run.code).toBe(0);
    expect(run.report?.duplicates).toEqual([{ name: 'UBND XÃ TÂN THANH', file: 'tan-thanh-gui-lai.xlsx', keptFile: 'xa-tan-thanh.xlsx' }]);
    expect(run.report?.issues.map((i) => [i.rule, i.severity])).toContainEqual(['duplicate-unit', 'warning']);
    expect(run.report?.indicators.find((i) => i.code === 'KT01')?.total).toBe(12.5);
  });

  it('lists a non-xlsx or legacy file as unreadable with its reason and consolidates the rest (exit 1)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'xa-bac-la.pdf'), '%PDF-1.4\n');
    writeFileSync(join(dir, 'xa-mai-pha.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const run = await runConsolidate([join(UNITS, 'xa-tan-my.xlsx'), join(dir, 'xa-bac-la.pdf'), join(dir, 'xa-mai-pha.xls'), ...CATALOGUE]);
    expect(run.code).toBe(1);
    const unreadable = run.report?.units.filter((u) => u.status === 'unreadable') ?? [];
    expect(unreadable.map((u) => u.name)).toEqual(['xa-bac-la', 'xa-mai-pha']);
    expect(unreadable[1].reason).toMatch(/\.xls\b.*\.xlsx/);
    expect(run.report?.indicators.find((i) => i.code === 'KT01')?.total).toBe(9.4);
  });

  it('replaces only its owned sheets when --out is already a workbook', async () => {
    const dir = tmp();
    copyFileSync(join(UNITS, 'xa-tan-my.xlsx'), join(dir, 'out.xlsx'));
    await runConsolidate([join(UNITS, 'xa-tan-thanh.xlsx'), ...CATALOGUE], dir);
    const second = await runConsolidate([join(UNITS, 'xa-tan-thanh.xlsx'), ...CATALOGUE], dir);
    expect(second.code).toBe(0);
    expect(sheetsOf(second.out)).toEqual([['Biểu 01', undefined], ['Tổng hợp đơn vị', 'consolidation'], ['Theo đơn vị', 'by-unit'], ['Tình hình nộp báo cáo', 'submissions']]);
  });

  it('skips the output in a folder of unit files, and refuses it as an explicit unit file', async () => {
    const dir = tmp();
    for (const f of ['xa-tan-my.xlsx', 'xa-tan-thanh.xlsx']) copyFileSync(join(UNITS, f), join(dir, f));
    await runConsolidate([dir, ...CATALOGUE], dir);
    const again = await runConsolidate([dir, ...CATALOGUE], dir);
    expect(again.report?.units.map((u) => u.file)).toEqual(['xa-tan-my.xlsx', 'xa-tan-thanh.xlsx']);
    const explicit = await runConsolidate([join(dir, 'out.xlsx'), ...CATALOGUE], dir);
    expect(explicit.code).toBe(2);
  });

  it('gives identical bytes for the same inputs with SOURCE_DATE_EPOCH', async () => {
    const saved = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1750000000';
    try {
      const a = await runConsolidate([UNITS, ...CATALOGUE]);
      const b = await runConsolidate([UNITS, ...CATALOGUE]);
      expect(readFileSync(a.out).equals(readFileSync(b.out))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  });

  it('reads a unit list with one name per line and no header', async () => {
    const list = join(tmp(), 'don-vi.txt');
    writeFileSync(list, 'UBND xã Tân Mỹ\nXã Tân Thanh\n\nPhường Chi Lăng\n');
    const run = await runConsolidate([join(UNITS, 'xa-tan-thanh.xlsx'), join(UNITS, 'xa-tan-my.xlsx'), ...CATALOGUE, '--units', list]);
    expect(run.report?.missingUnits).toEqual(['Phường Chi Lăng']);
    expect(run.report?.expectedUnits).toBe(3);
  });

  describe('could not run: exit 2, one bilingual line, nothing written', () => {
    it.each([
      ['no unit file', [...CATALOGUE]],
      ['a missing file', [join(UNITS, 'khong-co.xlsx'), ...CATALOGUE]],
      ['a pattern matching nothing', [join(UNITS, 'khong-co-*.xlsx'), ...CATALOGUE]],
      ['bad thresholds', [UNITS, ...CATALOGUE, '--thresholds', '70,50']],
      ['a missing unit list', [UNITS, ...CATALOGUE, '--units', join(UNITS, 'khong-co.csv')]],
      ['a missing catalogue file', [UNITS, '--catalogue', join(UNITS, 'khong-co.csv')]],
      ['an unknown option', [UNITS, '--sheet', 'Biểu 01']],
    ])('%s', async (_label, args) => {
      const run = await runConsolidate(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^Lỗi: .+ \| Error: .+\n$/);
      expect(run.stderr.split('\n')).toHaveLength(2);
      expect(existsSync(run.out)).toBe(false);
      expect(existsSync(run.json)).toBe(false);
    });

    it('an --out that exists and is not a workbook is left as it was', async () => {
      const dir = tmp();
      writeFileSync(join(dir, 'out.xlsx'), 'ghi chú của người dùng');
      const run = await runConsolidate([UNITS, ...CATALOGUE], dir);
      expect(run.code).toBe(2);
      expect(readFileSync(run.out, 'utf8')).toBe('ghi chú của người dùng');
      expect(existsSync(run.json)).toBe(false);
    });
  });
});
