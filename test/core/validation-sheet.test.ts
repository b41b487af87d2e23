import { isRunFailure, runCheck } from '../../src/core';
import { parseCsv } from '../../src/core/parse/csv';
import { DATA_HEADER, MemoryPort, OPTIONS, row, sheet } from './harness';

describe('the Kiểm tra sheet', () => {
  it('links issues to cells of the workbook, and only to them', async () => {
    const catalogue = parseCsv('Mã chỉ tiêu,Tên chỉ tiêu,Đơn vị tính,Mục tiêu\nKT01,Tốc độ tăng trưởng GRDP,%,"8,5"\nKT01,Lặp lại,%,9\n', 'danh-muc.csv');
    const port = new MemoryPort([sheet('Báo cáo', [DATA_HEADER, row({ code: 'KT09', actual: 5 }), row({ code: 'KT01', actual: '' })])]);
    const outcome = await runCheck(port, { ...OPTIONS, catalogue }, { validation: true, summary: false, flags: false });
    if (isRunFailure(outcome)) throw new Error(outcome.message);
    const model = port.written.find((m) => m.role === 'validation');
    if (!model) throw new Error('no validation sheet written');
    const issueRows = model.rows.slice(4);
    const byRule = (rule: string) => issueRows.find((r) => r[1]?.value === rule);
    expect(byRule('unknown-indicator')?.[3]).toMatchObject({ value: 'B2', link: { sheet: 'Báo cáo', cell: 'B2' } });
    expect(byRule('catalogue-invalid')?.[3]).toEqual({ value: 'A3', style: 'text' });
    expect(issueRows.map((r) => r[0]?.value)).toEqual(['Lỗi', 'Lỗi', 'Cảnh báo']);
    expect(model.rows[1][0]?.value).toBe('Có 2 lỗi, 1 cảnh báo, 0 thông tin.');
  });
});
