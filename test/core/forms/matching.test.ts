import type { CatalogueEntry } from '../../../src/core/model/catalogue';
import { nameKey, nameTokens, tokenSimilarity } from '../../../src/core/forms/name-key';
import { nameIndex, nameSuggestions, nearName } from '../../../src/core/forms/name-match';

const entry = (ordinal: number, code: string, name: string): CatalogueEntry => ({
  ordinal, code, key: code, name, field: null, unit: null, direction: 'increase', targetValue: null, targetText: '', agency: null, sheet: 'DM', row: ordinal + 2, codeColumn: 1,
});

describe('nameKey', () => {
  it('ignores case, diacritics, spacing, punctuation, a leading STT or bullet and bracketed notes', () => {
    const key = nameKey('Tốc độ tăng trưởng kinh tế (GRDP)');
    expect(nameKey('2.  TỐC ĐỘ tăng trưởng, kinh tế')).toBe(key);
    expect(nameKey('- Tốc độ tăng trưởng kinh tế')).toBe(key);
    expect(nameKey('Tốc độ tăng trưởng kinh tế'.normalize('NFD'))).toBe(key);
    expect(nameKey('Tốc độ tăng trưởng kinh tế xanh')).not.toBe(key);
  });

  it('spells out abbreviations for similarity', () => {
    expect(tokenSimilarity(nameTokens(nameKey('Tổng thu NSNN trên địa bàn')), nameTokens(nameKey('Tổng thu ngân sách nhà nước trên địa bàn')))).toBe(1);
    expect(nameTokens(nameKey('Phát triển KT-XH'))).toEqual(['phat', 'trien', 'kinh', 'te', 'xa', 'hoi']);
  });
});

describe('nearName', () => {
  const entries = [
    entry(0, 'KT01', 'Tổng thu ngân sách nhà nước trên địa bàn'),
    entry(1, 'KT02', 'Tổng chi ngân sách địa phương'),
    entry(2, 'XH01', 'Tỷ lệ hộ nghèo'),
    entry(3, 'XH02', 'Tỷ lệ hộ cận nghèo'),
  ];
  const index = nameIndex(entries);
  const open = () => true;

  it('finds the one name clearly the same', () => {
    expect(nearName('Tổng thu NSNN trên địa bàn', index, open)?.code).toBe('KT01');
  });

  it('finds nothing when the name is not close enough or an entry is taken', () => {
    expect(nearName('Tỷ lệ hộ nghèo đa chiều khu vực nông thôn', index, open)).toBeUndefined();
    expect(nearName('Tổng thu NSNN trên địa bàn', index, (e) => e.code !== 'KT01')).toBeUndefined();
  });

  it('suggests the closest names', () => {
    expect(nameSuggestions('Tỷ lệ hộ nghèo đa chiều', index)).toBe('XH01 “Tỷ lệ hộ nghèo”, XH02 “Tỷ lệ hộ cận nghèo”');
  });
});

describe('nameIndex', () => {
  it('is made once per list of entries: units checked against one catalogue share it', () => {
    const entries = [entry(0, 'KT01', 'Tổng thu ngân sách'), entry(1, 'XH01', 'Số hộ nghèo')];
    const index = nameIndex(entries);
    expect(nameIndex(entries)).toBe(index);
    expect(index.byKey.get(nameKey('TỔNG THU NGÂN SÁCH'))?.code).toBe('KT01');
    expect(nameIndex([...entries])).not.toBe(index);
  });
});
