import fc from 'fast-check';
import { bodyStart, findHeaderBand } from '../../../src/core/forms/header-band';
import { readColumnNumbers } from '../../../src/core/parse/column-numbers';
import { stackedKind } from '../../../src/core/forms/stacked-label';
import type { ColumnKind, RawCell } from '../../../src/core/model/model';
import { sheet } from '../harness';

const dataHeader = (k: ReadonlySet<ColumnKind>) => k.has('actual') && (k.has('code') || k.has('name'));
const kindsOf = (h: ReturnType<typeof findHeaderBand>) => Object.fromEntries((h?.columns ?? []).map((c) => [c.col, [c.kind, c.text]]));

describe('findHeaderBand', () => {
  it('searches the same rows once per question: asked again, it gives the same header; other rows or limits search anew', () => {
    const rows = [['Mã số', 'Chỉ tiêu', 'Thực hiện'], ['KT01', 'Tổng thu', 5]];
    const s = sheet('Biểu 01', rows);
    const first = findHeaderBand(s, dataHeader);
    expect(first?.rowIndex).toBe(0);
    expect(findHeaderBand({ name: 'Khác', rows: s.rows }, dataHeader)).toBe(first);
    expect(findHeaderBand(s, dataHeader, 1)).not.toBe(first);
    expect(findHeaderBand(s, dataHeader, 1)).toEqual(first);
    expect(findHeaderBand(sheet('Biểu 01', rows), dataHeader)).not.toBe(first);
    expect(findHeaderBand(s, (k) => k.has('target'))).toBeUndefined();
  });

  it('reads a two-row merged header: "So sánh (%)" over two comparisons, the column-number row skipped', () => {
    const s = sheet('Biểu 01', [
      ['ỦY BAN NHÂN DÂN', undefined, undefined, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['BIỂU SỐ 01'],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2023', 'Ước thực hiện năm 2023', 'So sánh (%)', undefined, 'Ghi chú'],
      [undefined, undefined, undefined, undefined, undefined, 'TH 2023/KH 2023', 'TH 2023/TH 2022'],
      ['A', 'B', 'C', 1, 2, '3=2/1', '4 = 2/(5)', 5],
      [1, 'Tổng thu', 'Tỷ đồng', 100, 98, 98, 101],
    ]);
    const h = findHeaderBand(s, dataHeader);
    expect(h?.firstRowIndex).toBe(2);
    expect(h?.rowIndex).toBe(3);
    expect(h && bodyStart(h)).toBe(5);
    const kinds = kindsOf(h);
    expect(kinds[1]).toEqual(['name', 'Chỉ tiêu']);
    expect(kinds[3]).toEqual(['target', 'Kế hoạch năm 2023']);
    expect(kinds[4]).toEqual(['actual', 'Ước thực hiện năm 2023']);
    expect(kinds[5][1]).toBe('So sánh (%) TH 2023/KH 2023');
    expect(['statedRate', 'statedBaselineRate']).toContain(kinds[5][0]);
    expect(kinds[6][1]).toBe('So sánh (%) TH 2023/TH 2022');
    expect(h?.columnNumbers?.formulaOf).toEqual({ 5: { num: 2, den: 1 }, 6: { num: 2, den: 5 } });
    expect(h?.columnNumbers?.numberOf[3]).toBe(1);
  });

  it('skips the column-number row below a merged header whose lower row is left empty', () => {
    const s = sheet('Biểu 01', [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2023', 'Ước thực hiện năm 2023', 'So sánh (%)'],
      [],
      ['A', 'B', 'C', '(1)', '(2)', '(3)=(2)/(1)'],
      [1, 'Tổng thu', 'Tỷ đồng', 100, 98, 98],
    ]);
    const h = findHeaderBand(s, dataHeader);
    expect(h && bodyStart(h)).toBe(3);
    expect(h?.columnNumbers?.formulaOf).toEqual({ 5: { num: 2, den: 1 } });
  });

  it('reads three header rows with a parent carried over cells whose label sits two rows down', () => {
    const s = sheet('x', [
      ['TT', 'Nội dung', 'Thực hiện năm 2022', 'Năm 2023', undefined, undefined, undefined],
      [undefined, undefined, undefined, 'Kế hoạch', 'Ước thực hiện', 'So sánh (%)', undefined],
      [undefined, undefined, undefined, undefined, undefined, 'TH/KH', 'TH/CK'],
      [1, 'Giá trị sản xuất', 10, 12, 11, 91.7, 110],
    ]);
    const h = findHeaderBand(s, dataHeader);
    expect([h?.firstRowIndex, h?.rowIndex, h && bodyStart(h)]).toEqual([0, 2, 3]);
    const kinds = kindsOf(h);
    expect(kinds[3]).toEqual(['target', 'Năm 2023 Kế hoạch']);
    expect(kinds[4]).toEqual(['actual', 'Năm 2023 Ước thực hiện']);
    expect(kinds[5]).toEqual(['statedRate', 'Năm 2023 So sánh (%) TH/KH']);
    expect(kinds[6]).toEqual(['statedBaselineRate', 'Năm 2023 So sánh (%) TH/CK']);
  });

  it('keeps a one-row header as it was and never takes a data or group row for a header row', () => {
    const s = sheet('x', [
      ['STT', 'Mã', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Ghi chú'],
      ['I', undefined, 'KINH TẾ'],
      [1, 'KT01', 'Tăng trưởng', '7,5', '7,62', 'ước'],
    ]);
    const h = findHeaderBand(s, dataHeader);
    expect(h).toEqual({ rowIndex: 0, columns: expect.any(Array) });
    expect(h?.columns.map((c) => c.text)).toEqual(['STT', 'Mã', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Ghi chú']);
  });

  it('never throws and gives a header or nothing, whatever merges cut across the header rows', () => {
    const label = fc.constantFrom('STT', 'Chỉ tiêu', 'So sánh (%)', 'TH/KH', 'Thực hiện', 'Kế hoạch năm 2023', '4=3/2', 'A', '', 'Năm 2023');
    const cell = fc.oneof(label, fc.integer({ min: -5, max: 200 }), fc.constant(undefined));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 8 }), (rows) => {
        const h = findHeaderBand(sheet('x', rows), dataHeader);
        if (h) expect(bodyStart(h)).toBeGreaterThan(h.rowIndex);
      }),
    );
  });
});

describe('readColumnNumbers', () => {
  const cells = (values: unknown[]): RawCell[] => values.map((value) => ({ value: value as RawCell['value'] }));

  it('reads letters, numbers, bracketed numbers and ratio labels', () => {
    const read = readColumnNumbers(cells(['A', 'B', '(1)', 2, '5 = 3/1', '6=(4):(2)x100']), 7);
    expect(read?.rowIndex).toBe(7);
    expect(read?.numberOf).toEqual({ 2: 1, 3: 2, 4: 5, 5: 6 });
    expect(read?.formulaOf).toEqual({ 4: { num: 3, den: 1 }, 5: { num: 4, den: 2 } });
  });

  it('is not a column-number row when a cell holds a name, a fraction of a number or too few labels', () => {
    expect(readColumnNumbers(cells([1, 'Tổng thu', 'Tỷ đồng', 5]), 0)).toBeNull();
    expect(readColumnNumbers(cells(['A', 'B', 2.5]), 0)).toBeNull();
    expect(readColumnNumbers(cells(['A', 'B']), 0)).toBeNull();
  });
});

describe('stackedKind', () => {
  it('lets a child naming another kind win over a parent with a period', () => {
    expect(stackedKind(['Thực hiện năm 2023', 'Kế hoạch'])).toBe('target');
    expect(stackedKind(['Thực hiện', 'Năm 2023'])).toBe('actual');
  });

  it('keeps every child of a comparison parent a comparison', () => {
    expect(stackedKind(['So sánh (%)', 'Ước thực hiện 2023'])).toBe('statedRate');
    expect(stackedKind(['Tỷ lệ (%)', 'So cùng kỳ'])).toBe('statedBaselineRate');
  });
});
