import { fitToWidthSheet } from '../../../src/core/consolidate/render-cells';

describe('consolidation sheet parts', () => {
  test('a fit-to-width sheet prints landscape across one page width and keeps its parts', () => {
    const parts = { role: 'submissions' as const, name: 'Tình hình nộp', rows: [], merges: ['A1:J1'], columnWidths: [6, 30], rowHeights: { 1: 32 }, freezeRows: 3 };
    expect(fitToWidthSheet(parts)).toEqual({ ...parts, print: { landscape: true, fitToWidth: true } });
  });
});
