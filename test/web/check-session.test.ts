/** The worker's check, run in Node: the same options, bytes and report as `chitieu check`, and the CLI's messages for bad files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_THRESHOLDS } from '../../src/core/model/model';
import { PACKAGE_MESSAGES } from '../../src/xlsx/package-messages';
import { CheckSession, checkedName, engineOptions, readCatalogueFile, reportName, sessionMessage } from '../../src/web/check-session';
import { runCli } from '../cli/run-cli';

const FIXTURES = join(__dirname, '..', 'fixtures');
const EPOCH = '1700000000';

/** The worker's failure for a file, as its message. */
function openFailure(name: string, bytes: Uint8Array): unknown {
  try {
    CheckSession.open(name, bytes);
  } catch (error) {
    return sessionMessage(error);
  }
  return null;
}

describe('the web app check session', () => {
  it('names outputs as the CLI does', () => {
    expect(checkedName('Báo cáo.xlsx')).toBe('Báo cáo.checked.xlsx');
    expect(checkedName('so-lieu.XLSM')).toBe('so-lieu.checked.xlsm');
    expect(reportName('Báo cáo.xlsx')).toBe('Báo cáo.report.json');
  });

  it('builds the engine options chitieu check builds, stamping SOURCE_DATE_EPOCH in UTC', () => {
    const options = engineOptions({ lang: 'en', thresholds: { critical: 40, warning: 80 }, numberStyle: 'en', period: 'Q1', sourceDateEpoch: EPOCH }, new Date(0));
    expect(options).toEqual({ dataSheets: [], period: 'Q1', lang: 'en', thresholds: { critical: 40, warning: 80 }, numberStyle: 'en', generatedAt: '14/11/2023 22:13 UTC' });
  });

  it.each(['rules-values.xlsx', 'two-data-sheets.xlsx', 'user-sheet-named-tong-hop.xlsx'])('%s: byte-identical workbook and report to the CLI', async (fixture) => {
    const file = join(FIXTURES, fixture);
    process.env.SOURCE_DATE_EPOCH = EPOCH;
    const cli = await runCli(file, ['--lang', 'vi', '--period', 'Năm 2025']).finally(() => delete process.env.SOURCE_DATE_EPOCH);
    const session = CheckSession.open(fixture, readFileSync(file));
    const progress: string[] = [];
    const result = await session.check({ lang: 'vi', thresholds: DEFAULT_THRESHOLDS, numberStyle: 'vi', period: 'Năm 2025', sourceDateEpoch: EPOCH }, (p) => progress.push(p.phase));
    expect(Buffer.from(result.report).toString('utf8')).toBe(readFileSync(join(cli.out, '..', 'report.json'), 'utf8'));
    expect(Buffer.compare(Buffer.from(result.workbook), readFileSync(cli.out))).toBe(0);
    expect(result.outcome.report.summary).toEqual(cli.report!.summary);
    expect(progress).toContain('write');
  });

  it('a second check of the same session starts from the file as opened', async () => {
    const session = CheckSession.open('a.xlsx', readFileSync(join(FIXTURES, 'rules-values.xlsx')));
    const settings = { lang: 'vi' as const, thresholds: DEFAULT_THRESHOLDS, numberStyle: 'vi' as const, sourceDateEpoch: EPOCH };
    const first = await session.check(settings, () => undefined);
    const second = await session.check(settings, () => undefined);
    expect(Buffer.compare(Buffer.from(first.workbook), Buffer.from(second.workbook))).toBe(0);
  });

  it.each([
    ['legacy.xls', 'legacy-xls'],
    ['legacy-renamed.xlsx', 'legacy-xls'],
    ['password-protected.xlsx', 'encrypted'],
    ['junk-bytes.xlsx', 'not-a-workbook'],
    ['zero-byte.xlsx', 'not-a-workbook'],
  ] as const)('%s: the CLI message %s', (fixture, code) => {
    expect(openFailure(fixture, readFileSync(join(FIXTURES, 'bad', fixture)))).toEqual(PACKAGE_MESSAGES[code]);
  });

  it('a workbook with neither a catalogue nor a target column fails with the CLI message in both languages', async () => {
    const file = join(FIXTURES, 'bad', 'no-catalogue-no-target.xlsx');
    const cli = await runCli(file, ['--lang', 'vi']);
    expect(cli.code).toBe(2);
    const session = CheckSession.open('x.xlsx', readFileSync(file));
    const failure = await session.check({ lang: 'vi', thresholds: DEFAULT_THRESHOLDS, numberStyle: 'vi' }, () => undefined).then(() => null, sessionMessage);
    expect(failure).not.toBeNull();
    expect(cli.stderr.trim()).toBe(`Lỗi: ${failure!.vi} | Error: ${failure!.en}`);
  });

  it('reads a catalogue file as the CLI does, and refuses one without a header with the CLI message', () => {
    const sheet = readCatalogueFile('danh-muc.csv', readFileSync(join(FIXTURES, 'bad', 'catalogue.csv')));
    expect(sheet.rows.length).toBeGreaterThan(1);
    const failure = (() => {
      try {
        readCatalogueFile('x.csv', readFileSync(join(FIXTURES, 'bad', 'catalogue-no-code-column.csv')));
        return null;
      } catch (error) {
        return sessionMessage(error);
      }
    })();
    expect(failure).toEqual({ vi: expect.stringContaining('“x.csv”'), en: expect.stringContaining('"x.csv"') });
  });
});
