import { parseCheckArgs } from '../../src/cli/args';
import { generationTime } from '../../src/core';
import { outputPath } from '../../src/cli/main';
import { PROGRESS_MIN_BYTES, progressReporter } from '../../src/cli/progress';

describe('command-line options', () => {
  it('reads every SPEC option, repeatable --sheet included', () => {
    const args = parseCheckArgs([
      'bao-cao.xlsx', '--sheet', 'Kinh tế', '--sheet=Xã hội', '--catalogue', 'danh-muc.csv', '--json', 'r.json',
      '--lang', 'en', '--thresholds', '40,60', '--period', '6 tháng đầu năm 2025', '--number-style', 'en',
    ]);
    expect(args).toMatchObject({
      workbook: 'bao-cao.xlsx', sheets: ['Kinh tế', 'Xã hội'], catalogue: 'danh-muc.csv', json: 'r.json', lang: 'en',
      thresholds: { critical: 40, warning: 60 }, period: '6 tháng đầu năm 2025', numberStyle: 'en', inPlace: false,
    });
  });

  it.each([
    [['a.xlsx', '--thresholds', '70,50']],
    [['a.xlsx', '--thresholds', '0,70']],
    [['a.xlsx', '--lang', 'fr']],
    [['a.xlsx', '--in-place', '--out', 'b.xlsx']],
    [['a.xlsx', 'b.xlsx']],
    [['a.xlsx', '--sheet']],
  ])('refuses %j with a bilingual message', (argv) => {
    expect(() => parseCheckArgs(argv)).toThrow(/See: chitieu --help/);
  });

  it.each([
    [{ workbook: 'dir/bao-cao.xlsx' }, 'dir/bao-cao.checked.xlsx'],
    [{ workbook: 'dir/macro.XLSM' }, 'dir/macro.checked.xlsm'],
    [{ workbook: 'dir/a.xlsx', out: 'x.xlsx' }, 'x.xlsx'],
    [{ workbook: 'dir/a.xlsx', inPlace: true }, 'dir/a.xlsx'],
  ])('writes %j to %s', (partial, expected) => {
    expect(outputPath({ ...parseCheckArgs(['a.xlsx']), inPlace: false, ...partial })).toBe(expected);
  });

  it('shows SOURCE_DATE_EPOCH in UTC and the local clock otherwise', () => {
    expect(generationTime('1751328000', new Date())).toBe('01/07/2025 00:00 UTC');
    expect(generationTime(undefined, new Date(2025, 6, 1, 8, 5))).toBe('01/07/2025 08:05');
  });
});

describe('progress lines', () => {
  /** A stand-in stderr that keeps what is written. */
  function sink(): { lines: string[]; stream: NodeJS.WriteStream } {
    const lines: string[] = [];
    return { lines, stream: { write: (s: string) => lines.push(s) > 0 } as unknown as NodeJS.WriteStream };
  }

  it('prints one line per phase for a large file', () => {
    const { lines, stream } = sink();
    const progress = progressReporter(PROGRESS_MIN_BYTES, stream);
    progress.read('Báo cáo 6 tháng');
    progress.phase({ phase: 'check', done: 0, total: 100000 });
    progress.phase({ phase: 'check', done: 100000, total: 100000 });
    progress.phase({ phase: 'write', done: 0, total: 1 });
    progress.done();
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('100000');
    for (const line of lines) expect(line.endsWith('\n')).toBe(true);
  });

  it('stays silent for a small file', () => {
    const { lines, stream } = sink();
    const progress = progressReporter(PROGRESS_MIN_BYTES - 1, stream);
    progress.read('x');
    progress.phase({ phase: 'check', done: 0, total: 1 });
    progress.done();
    expect(lines).toHaveLength(0);
  });
});
