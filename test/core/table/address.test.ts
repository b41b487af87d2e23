import { blockAddress, cellAddress, cellAreas, columnIndex, columnLetter, parseCellAddress, parseRangeAddress, quoteSheetName, sheetReference } from '../../../src/core';

describe('A1 references', () => {
  test('column letters and indexes are inverse, 0-based, up to XFD', () => {
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
    expect(columnLetter(16383)).toBe('XFD');
    for (const col of [0, 1, 25, 26, 27, 51, 52, 701, 702, 16383]) expect(columnIndex(columnLetter(col))).toBe(col);
    expect(columnIndex(' ab ')).toBe(27);
    expect(columnIndex('A1')).toBe(-1);
    expect(columnIndex('ABCD')).toBe(-1);
  });

  test('cell addresses parse with or without $ and print without', () => {
    expect(cellAddress(18, 1)).toBe('B19');
    expect(parseCellAddress('$B$19')).toEqual({ row: 18, col: 1 });
    expect(parseCellAddress('xfd1048576')).toEqual({ row: 1048575, col: 16383 });
    expect(parseCellAddress('B')).toBeNull();
    expect(parseCellAddress("'S'!B2")).toBeNull();
  });

  test('range addresses become blocks, either corner first, and back', () => {
    expect(parseRangeAddress('C9:A1')).toEqual({ row: 0, col: 0, rows: 9, cols: 3 });
    expect(parseRangeAddress('$B$2')).toEqual({ row: 1, col: 1, rows: 1, cols: 1 });
    expect(blockAddress({ row: 0, col: 0, rows: 9, cols: 3 })).toBe('A1:C9');
    expect(blockAddress({ row: 1, col: 1, rows: 1, cols: 1 })).toBe('B2');
    expect(() => parseRangeAddress('A1:nope')).toThrow('Not an A1 range address');
  });

  test('sheet names are quoted with inner quotes doubled', () => {
    expect(quoteSheetName("It's")).toBe("'It''s'");
    expect(quoteSheetName('Kiểm tra')).toBe("'Kiểm tra'");
    expect(sheetReference("It's", '$1:$4')).toBe("'It''s'!$1:$4");
  });

  test('cell areas merge runs of one column, drop duplicates and non-cells, columns left to right', () => {
    const cells = ['E9', 'E7', 'E8', 'E11', 'B2', '$E$12', 'bad', 'E8', 'aa3', 'C5', 'D5'];
    expect(cellAreas(cells)).toEqual(['B2', 'C5', 'D5', 'E7:E9', 'E11:E12', 'AA3']);
    expect(cellAreas([])).toEqual([]);
  });
});
