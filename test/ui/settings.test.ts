import { checkOptions, sanitizeSettings, validThresholds } from '../../src/ui/settings';
import { langFromDisplayLanguage, paneText } from '../../src/ui/i18n';

describe('run settings', () => {
  it('falls back to defaults for anything malformed in the workbook', () => {
    expect(sanitizeSettings('oops')).toEqual({ thresholds: { critical: 50, warning: 70 } });
    expect(sanitizeSettings({ lang: 'fr', thresholds: { critical: 80, warning: 70 }, period: 3 })).toMatchObject({ lang: undefined, thresholds: { critical: 50, warning: 70 }, period: undefined });
    expect(sanitizeSettings({ lang: 'en', dataSheet: 'A', thresholds: { critical: 40, warning: 60 } })).toMatchObject({ lang: 'en', dataSheet: 'A', thresholds: { critical: 40, warning: 60 } });
  });

  it('checks 0 < critical < warning < 100', () => {
    expect(validThresholds({ critical: 50, warning: 70 })).toBe(true);
    expect(validThresholds({ critical: 70, warning: 70 })).toBe(false);
    expect(validThresholds({ critical: NaN, warning: 70 })).toBe(false);
    expect(validThresholds({ critical: 10, warning: 100 })).toBe(false);
  });

  it('builds engine options; an imported catalogue wins over the catalogue sheet', () => {
    const now = new Date(2025, 0, 2, 9, 5);
    const catalogue = { name: 'dm.csv', rows: [] };
    const options = checkOptions({ thresholds: { critical: 50, warning: 70 }, dataSheet: 'S', catalogueSheet: 'C', period: 'Năm 2025' }, 'vi', now, catalogue);
    expect(options).toEqual({ lang: 'vi', thresholds: { critical: 50, warning: 70 }, numberStyle: 'vi', generatedAt: '02/01/2025 09:05', dataSheets: ['S'], catalogue, period: 'Năm 2025' });
    expect(checkOptions({ thresholds: { critical: 50, warning: 70 } }, 'en', now)).toEqual({ lang: 'en', thresholds: { critical: 50, warning: 70 }, numberStyle: 'vi', generatedAt: '02/01/2025 09:05', dataSheets: [] });
  });

  it('follows the Office display language', () => {
    expect(langFromDisplayLanguage('vi-VN')).toBe('vi');
    expect(langFromDisplayLanguage('en-GB')).toBe('en');
    expect(langFromDisplayLanguage(undefined)).toBe('en');
    expect(Object.keys(paneText('vi')).sort()).toEqual(Object.keys(paneText('en')).sort());
  });
});
