import { writeBook } from './build-book';
import { runCli } from '../cli/run-cli';

const show = (r: Awaited<ReturnType<typeof runCli>>) => {
  console.log(r.code, r.stderr, JSON.stringify(r.report?.catalogue));
  for (const i of r.report?.indicators ?? []) console.log(JSON.stringify({ c: i.code, row: i.row, a: i.actual, t: i.target, r: i.rate, b: i.band, p: i.parts }));
  for (const i of r.report?.issues ?? []) console.log(i.rule, i.severity, i.cell, i.code, i.message.slice(0, 100));
};
const CAT = { name: 'Danh mục chỉ tiêu', rows: [['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Đơn vị tính', 'Mục tiêu'], ['X1', 'Thu ngân sách nhà nước', 'ha', 10], ['X2', 'Số hộ được hỗ trợ nhà ở', 'hộ', 10]] };
test('probe names', async () => {
  for (const [stt, name] of [['2', '- số hộ được hỗ trợ nhà ở (hộ)'], ['2', 'Số hộ được hỗ trợ nhà ở (hộ)'], ['2.', 'SỐ HỘ ĐƯỢC HỖ TRỢ NHÀ Ở'], [null, '2. Số hộ được hỗ trợ nhà ở.'], ['2', 'Số hộ được hỗ trợ về nhà ở']]) {
    const f = await writeBook([CAT, { name: 'S', rows: [['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'], ['1', 'Thu ngân sách nhà nước', 'ha', 5], [stt, name, 'hộ', 5]] }]);
    console.log('CASE', stt, name); show(await runCli(f));
  }
});
