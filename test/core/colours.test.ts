import { BAND_COLORS, BANDS, SEVERITY_COLORS, SHEET_STYLES } from '../../src/core';

describe('colours', () => {
  test('every band has a chart colour, as RGB hex without #', () => {
    for (const band of BANDS) expect(BAND_COLORS[band]).toMatch(/^[0-9A-F]{6}$/);
  });

  test('severity colours are the validation sheet styles', () => {
    expect(SEVERITY_COLORS.error).toEqual({ fill: SHEET_STYLES.severityError.fill, color: SHEET_STYLES.severityError.color });
    expect(SEVERITY_COLORS.warning).toEqual({ fill: SHEET_STYLES.severityWarning.fill, color: SHEET_STYLES.severityWarning.color });
    expect(SEVERITY_COLORS.info).toEqual({ fill: SHEET_STYLES.severityInfo.fill, color: SHEET_STYLES.severityInfo.color });
  });
});
