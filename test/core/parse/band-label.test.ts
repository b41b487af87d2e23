import fc from 'fast-check';
import type { Band } from '../../../src/core/model/model';
import { parseAssessment, parseBandLabel } from '../../../src/core/parse/band-label';

describe('parseBandLabel', () => {
  it.each<[string, Band | undefined]>([
    ['Vượt', 'exceeded'],
    ['vượt kế hoạch', 'exceeded'],
    ['Exceeded', 'exceeded'],
    ['Đạt', 'met'],
    ['ĐẠT'.normalize('NFD'), 'met'],
    ['Met', 'met'],
    ['Đạt từ 70% đến dưới 100%', 'high'],
    ['Đạt từ 70%…', 'high'],
    ['Đạt từ 75% đến dưới 100%', 'high'],
    ['Đạt từ 50% đến dưới 70%', 'medium'],
    ['Đạt từ 50%…', 'medium'],
    ['70–<100 %', 'high'],
    ['50–<70 %', 'medium'],
    ['Đạt dưới 50%', 'low'],
    ['<50 %', 'low'],
    ['Chưa đánh giá', 'unassessed'],
    ['exceeded', 'exceeded'],
    ['met', 'met'],
    ['high', 'high'],
    ['medium', 'medium'],
    ['low', 'low'],
    ['unassessed', 'unassessed'],
    ['Không đạt', undefined],
    ['Tốt', undefined],
    ['70', undefined],
    ['', undefined],
  ])('%j → %s', (text, band) => {
    expect(parseBandLabel(text)).toBe(band);
  });
});

describe('parseAssessment', () => {
  it.each([
    ['Vượt', 'exceeded'],
    ['Vượt kế hoạch', 'exceeded'],
    ['Exceeded', 'exceeded'],
    ['Đạt', 'metOrExceeded'],
    ['Đạt và vượt', 'metOrExceeded'],
    ['Hoàn thành', 'metOrExceeded'],
    ['Met', 'metOrExceeded'],
    ['Không đạt', 'notMet'],
    ['Chưa đạt'.normalize('NFD'), 'notMet'],
    ['Chưa hoàn thành', 'notMet'],
    ['Not met', 'notMet'],
    ['Tốt', undefined],
    ['', undefined],
  ])('%j → %s', (text, out) => {
    expect(parseAssessment(text)).toBe(out);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      parseBandLabel(s);
      parseAssessment(s);
    }), { numRuns: 1000 });
  });
});
