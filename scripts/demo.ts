/**
 * `npm run demo`: checks the bundled sample workbook (a tidy catalogue + half-year report with deliberate
 * problems, so exit code 1 is expected) and then a real-shaped report form with no catalogue, whose own
 * plan column gives the targets. Writes each checked copy and JSON report beside it and prints the narratives.
 */
import { join } from 'node:path';
import { main } from '../src/cli/main';

const samples = join(__dirname, '..', '..', 'assets', 'samples');
const runs: ReadonlyArray<{ title: string; args: string[] }> = [
  {
    title: '1. Bảng chỉ tiêu có danh mục / tidy table with a catalogue',
    args: ['check', join(samples, 'chi-tieu-mau.xlsx'), '--json', join(samples, 'chi-tieu-mau.report.json'), '--period', '6 tháng đầu năm 2025'],
  },
  {
    title: '2. Biểu mẫu không có danh mục / a report form without a catalogue',
    args: ['check', join(samples, 'bieu-01-bao-cao-nam.xlsx'), '--json', join(samples, 'bieu-01-bao-cao-nam.report.json'), '--period', 'Năm 2023'],
  },
];

async function demo(): Promise<number> {
  let worst = 0;
  for (const run of runs) {
    process.stdout.write(`\n${run.title}\n`);
    const code = await main(run.args);
    if (code === 1) process.stdout.write('(Mẫu có một số lỗi cố ý để minh họa / the sample holds deliberate errors.)\n');
    worst = Math.max(worst, code <= 1 ? 0 : code);
  }
  return worst;
}

demo().then((code) => {
  process.exitCode = code;
});
