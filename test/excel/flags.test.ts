import { FLAG_MARKER_PREFIX } from '../../src/core/model/sheet-model';
import type { SheetFlags } from '../../src/core/model/sheet-model';
import { newWorkbook, snapshotSheet } from './fake';
import type { FakeWorkbook } from './fake';
import { bigGrid, portOver } from './support';

function flagsFor(rows: number): SheetFlags {
  const every = (step: number, offset: number): string[] =>
    Array.from({ length: rows }, (_, i) => i + 2).filter((r) => r % step === offset).map((r) => `F${r}`);
  return { sheet: 'Dữ liệu', cells: { critical: every(3, 0), warning: every(3, 1), unassessed: every(7, 2) } };
}

function bookWithUserRule(rows: number): FakeWorkbook {
  const book = newWorkbook([{ name: 'Dữ liệu', cells: bigGrid(rows) }]);
  book.sheets[0].conditionalFormats.push({ id: 999, type: 'Custom', areas: 'F2:F50', formula: '=F2>100', fill: '#00FF00' });
  book.sheets[0].formats.push({ areas: 'F2:F50', property: 'format.fill.color', value: '#FFFF00' });
  return book;
}

describe('flags as owned conditional formats', () => {
  it('adds one rule per flag kind with the flag colours and the marker formula', async () => {
    const book = bookWithUserRule(60);
    await portOver(book).setFlags(flagsFor(60));
    const owned = book.sheets[0].conditionalFormats.filter((f) => f.formula.includes(FLAG_MARKER_PREFIX));
    expect(owned.map((f) => [f.formula, f.fill, f.fontColor])).toEqual([
      ['="ChiTieu.flag.critical"<>""', '#FFC7CE', '#9C0006'],
      ['="ChiTieu.flag.warning"<>""', '#FFEB9C', '#9C5700'],
      ['="ChiTieu.flag.unassessed"<>""', '#E7E6E6', '#595959'],
    ]);
    expect(owned[0].areas.split(',')).toContain('F3');
  });

  it('takes the same number of calls and syncs for 30 flagged rows as for 300', async () => {
    const cost = async (rows: number): Promise<[number, number]> => {
      const book = bookWithUserRule(rows);
      await portOver(book).setFlags(flagsFor(rows));
      return [book.syncs, book.requests.reduce((n, r) => n + r.operations, 0)];
    };
    expect(await cost(300)).toEqual(await cost(30));
  });

  it("replaces its flags on a second run and clears them leaving the sheet and the user's rules exactly as they were", async () => {
    const book = bookWithUserRule(200);
    const before = snapshotSheet(book.sheets[0]);
    const port = portOver(book);
    await port.setFlags(flagsFor(200));
    await port.setFlags(flagsFor(100));
    expect(book.sheets[0].conditionalFormats).toHaveLength(4);
    await port.clearFlags('Dữ liệu');
    expect(snapshotSheet(book.sheets[0])).toBe(before);
  });

  it('works without multi-area ranges (ExcelApi 1.7) and still clears exactly', async () => {
    const book = bookWithUserRule(20);
    const before = snapshotSheet(book.sheets[0]);
    const port = portOver(book, '1.7');
    await port.setFlags(flagsFor(20));
    expect(book.sheets[0].conditionalFormats.length).toBeGreaterThan(3);
    await port.clearFlags('Dữ liệu');
    expect(snapshotSheet(book.sheets[0])).toBe(before);
  });

  it('an empty flag set only clears', async () => {
    const book = bookWithUserRule(20);
    const port = portOver(book);
    await port.setFlags(flagsFor(20));
    await port.setFlags({ sheet: 'Dữ liệu', cells: { critical: [], warning: [], unassessed: [] } });
    expect(book.sheets[0].conditionalFormats.map((f) => f.id)).toEqual([999]);
  });
});
