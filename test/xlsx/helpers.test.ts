import { cellAreas, columnIndex, columnLetter } from '../../src/core';
import { removeOwnedRules } from '../../src/xlsx/patch-flags';

const compressSqref = (cells: readonly string[]): string => cellAreas(cells).join(' ');
import { quoteSheetName } from '../../src/core';
import { shiftFormula } from '../../src/xlsx/shared-formula';
import { decodeXString, encodeXString } from '../../src/xlsx/xml';

describe('package helpers', () => {
  it('shifts relative references of a shared formula and leaves the rest alone', () => {
    expect(shiftFormula('A1+$B$2+C$3+$D4', 2, 1)).toBe('B3+$B$2+D$3+$D6');
    expect(shiftFormula('SUM(A1:A3)&"A1"&\'Sheet A1\'!B2&LOG10(5)', 1, 0)).toBe('SUM(A2:A4)&"A1"&\'Sheet A1\'!B3&LOG10(5)');
    expect(shiftFormula('A1', -1, 0)).toBe('#REF!');
    expect(shiftFormula('Table1[Col A1]*B2', 1, 0)).toBe('Table1[Col A1]*B3');
  });

  it('converts columns', () => {
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(27)).toBe('AB');
    expect(columnLetter(16383)).toBe('XFD');
    expect(columnIndex('xfd')).toBe(16383);
  });

  it('compresses flag cells into ranges per column', () => {
    expect(compressSqref(['E9', 'E7', 'E8', 'E11', 'B2', '$E$12', 'bad', 'E8'])).toBe('B2 E7:E9 E11:E12');
    expect(compressSqref([])).toBe('');
  });

  it('removes only ChiTieu rules from a mixed conditionalFormatting', () => {
    const tail =
      '<conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="0" priority="1"><formula>A1&gt;0</formula></cfRule>' +
      '<cfRule type="expression" dxfId="1" priority="2"><formula>"ChiTieu.flag.warning"&lt;&gt;""</formula></cfRule></conditionalFormatting></worksheet>';
    expect(removeOwnedRules(tail)).toBe(
      '<conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="0" priority="1"><formula>A1&gt;0</formula></cfRule></conditionalFormatting></worksheet>',
    );
  });

  it('quotes sheet names and escapes OOXML strings reversibly', () => {
    expect(quoteSheetName("Dữ liệu's")).toBe("'Dữ liệu''s'");
    const s = 'a\u0001b_x0041_c';
    expect(encodeXString(s)).toBe('a_x0001_b_x005F_x0041_c');
    expect(decodeXString(encodeXString(s))).toBe(s);
  });
});
