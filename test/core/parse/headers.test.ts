import fc from 'fast-check';
import type { ColumnKind, RawCell, SheetData } from '../../../src/core/model/model';
import { HEADER_SYNONYMS, findHeaderRow, matchHeader } from '../../../src/core/parse/headers';

describe('matchHeader', () => {
  it.each<[string, ColumnKind | undefined]>([
    ['STT', 'stt'],
    ['Số TT', 'stt'],
    ['No.', 'stt'],
    ['Mã', 'code'],
    ['Mã chỉ tiêu', 'code'],
    ['MÃ CHỈ TIÊU'.normalize('NFD'), 'code'],
    ['Mã số', 'code'],
    ['Code', 'code'],
    ['ID', 'code'],
    ['Chỉ tiêu', 'name'],
    ['Tên chỉ tiêu', 'name'],
    ['Nội dung chỉ tiêu', 'name'],
    ['Indicator', 'name'],
    ['Lĩnh vực', 'field'],
    ['Nhóm chỉ tiêu', 'field'],
    ['Đơn vị tính', 'unit'],
    ['ĐVT', 'unit'],
    ['Đơn vị', 'unit'],
    ['Chiều đánh giá', 'direction'],
    ['Xu hướng', 'direction'],
    ['Polarity', 'direction'],
    ['Mục tiêu', 'target'],
    ['Kế hoạch', 'target'],
    ['Chỉ tiêu kế hoạch', 'target'],
    ['Chỉ tiêu kế hoạch năm 2025', 'target'],
    ['Chỉ tiêu năm 2025', 'target'],
    ['Mục tiêu NQ', 'target'],
    ['KH', 'target'],
    ['Kế hoạch năm 2019', 'target'],
    ['Kế hoạch 2025', 'target'],
    ['Thực hiện', 'actual'],
    ['Thực hiện 2023', 'actual'],
    ['Thực hiện\n2024', 'actual'],
    ['Thực hiện năm 2024', 'actual'],
    ['Ước thực hiện', 'actual'],
    ['Ước thực hiện 6 tháng', 'actual'],
    ['Thực hiện giữa nhiệm kỳ', 'actual'],
    ['TH 6 tháng', 'actual'],
    ['Thực hiện quý I', 'actual'],
    ['Kết quả', 'actual'],
    ['Kết quả thực hiện', 'actual'],
    ['Actual 2024', 'actual'],
    ['Tỷ lệ', 'statedRate'],
    ['Tỷ lệ (%)', 'statedRate'],
    ['Tỉ lệ hoàn thành', 'statedRate'],
    ['Tỷ lệ hoàn thành', 'statedRate'],
    ['So sánh', 'statedRate'],
    ['% so KH', 'statedRate'],
    ['% of target', 'statedRate'],
    ['Đánh giá', 'assessment'],
    ['Tự đánh giá', 'assessment'],
    ['Đánh giá điều chỉnh', 'override'],
    ['Override', 'override'],
    ['Lý do', 'reason'],
    ['Lí do', 'reason'],
    ['Nguyên nhân', 'reason'],
    ['Giải trình', 'reason'],
    ['Cơ quan chủ trì', 'agency'],
    ['Đơn vị chủ trì', 'agency'],
    ['Lead agency', 'agency'],
    ['Ghi chú', 'note'],
    ['Note', 'note'],
    ['BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN', undefined],
    ['Mã chỉ tiêu con', undefined],
    ['Thực hiện so với cùng kỳ', 'statedBaselineRate'],
    ['', undefined],
    ['2023', undefined],
  ])('%j → %s', (text, kind) => {
    expect(matchHeader(text)).toBe(kind);
  });

  it('matches every synonym, in any case, form and spacing', () => {
    for (const [kind, list] of Object.entries(HEADER_SYNONYMS)) {
      for (const s of list) {
        expect(matchHeader(s)).toBe(kind);
        expect(matchHeader(` ${s.toUpperCase().normalize('NFD')}  `)).toBe(kind);
      }
    }
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      matchHeader(s);
    }), { numRuns: 1000 });
  });
});

describe('findHeaderRow', () => {
  const c = (value: RawCell['value']): RawCell => ({ value });
  const sheet: SheetData = {
    name: 'Số liệu',
    rows: [
      [c('BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU')],
      undefined,
      [c('Đơn vị: UBND huyện'), undefined, c(2023)],
      [c('STT'), c('Mã chỉ tiêu'), c('Chỉ tiêu'), c('ĐVT'), c('Kế hoạch'), c('Thực hiện 2023'), c('Thực hiện 2024'), c('Ghi chú')],
      [c('I'), undefined, c('KINH TẾ')],
      [c(1), c('KT01'), c('Tốc độ tăng trưởng'), c('%'), c(15.8), c(12.8), c(13.1)],
    ],
  };
  const dataHeader = (k: ReadonlySet<ColumnKind>) => k.has('actual') && (k.has('code') || k.has('name'));

  it('finds the header row below a title block and lists every matching column', () => {
    const h = findHeaderRow(sheet, dataHeader);
    expect(h?.rowIndex).toBe(3);
    expect(h?.columns.map((x) => [x.kind, x.col])).toEqual([
      ['stt', 0], ['code', 1], ['name', 2], ['unit', 3], ['target', 4], ['actual', 5], ['actual', 6], ['note', 7],
    ]);
    expect(h?.columns[5].text).toBe('Thực hiện 2023');
  });

  it('returns undefined when no row is enough or the header is too deep', () => {
    expect(findHeaderRow(sheet, (k) => k.has('agency'))).toBeUndefined();
    expect(findHeaderRow(sheet, dataHeader, 3)).toBeUndefined();
    expect(findHeaderRow({ name: 'x', rows: [] }, dataHeader)).toBeUndefined();
  });
});
