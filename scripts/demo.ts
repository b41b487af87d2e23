/**
 * `npm run demo`: checks the bundled sample workbook, writes the checked copy and the JSON report beside
 * it, and prints the narrative and counts. The sample has deliberate problems, so exit code 1 is expected.
 */
import { join } from 'node:path';
import { main } from '../src/cli/main';

const samples = join(__dirname, '..', '..', 'assets', 'samples');
const workbook = join(samples, 'chi-tieu-mau.xlsx');
const args = ['check', workbook, '--json', join(samples, 'chi-tieu-mau.report.json'), '--period', '6 tháng đầu năm 2025'];

main(args).then((code) => {
  if (code === 1) process.stdout.write('(Mẫu có một số lỗi cố ý để minh họa / the sample holds deliberate errors.)\n');
  process.exitCode = code <= 1 ? 0 : code;
});
