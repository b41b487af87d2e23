import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { jsonPieces } from '../../src/core';
import { PIECE_CHARS } from '../../src/core/render/report-json';

const whole = (value: object): string => JSON.stringify(value, null, 2) + '\n';
const pieces = (value: object): string => [...jsonPieces(value)].join('');
const GOLDEN_DIRS = ['golden', 'golden-consolidate', join('forms', 'golden')].map((d) => join(__dirname, '..', 'fixtures', d));

describe('the JSON report written in pieces', () => {
  it.each(GOLDEN_DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f))))('%s joins to the same text', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(pieces(JSON.parse(text) as object)).toBe(text);
  });

  it('splits long top-level arrays and keeps every element', () => {
    const report = { schemaVersion: 1, indicators: Array.from({ length: 1234 }, (_, i) => ({ code: `CT${i}`, rate: i / 7, note: 'Dòng\nhai' })), issues: [] };
    const list = [...jsonPieces(report)];
    expect(list.length).toBeGreaterThan(3);
    expect(list.join('')).toBe(whole(report));
  });

  it('keeps pieces of small elements near PIECE_CHARS, and a large element (a consolidation\'s value per unit) alone in its piece', () => {
    const values = Object.fromEntries(Array.from({ length: 2000 }, (_, u) => [`UBND XÃ SƠN LÂM ${u + 1}`, u * 1.25]));
    const report = { indicators: Array.from({ length: 60 }, (_, i) => ({ code: `CT${i}`, values })), units: Array.from({ length: 5000 }, (_, u) => ({ name: `Xã ${u}` })) };
    const list = [...jsonPieces(report)];
    expect(list.join('')).toBe(whole(report));
    const indicatorPieces = list.filter((p) => p.includes('"values"'));
    expect(indicatorPieces.map((p) => p.split('"values"').length - 1)).toEqual(Array(60).fill(1));
    const unitPieces = list.filter((p) => p.includes('"name": "Xã'));
    expect(unitPieces.length).toBeGreaterThan(5);
    expect(Math.max(...unitPieces.map((p) => p.length))).toBeLessThan(1.5 * PIECE_CHARS);
  });

  it('drops what JSON.stringify drops and writes null where it writes null', () => {
    const value = { a: undefined, b: () => 1, c: [undefined, () => 2, Symbol('s')], d: new Date(0), e: { toJSON: () => 'x' }, f: {} };
    expect(pieces(value)).toBe(whole(value));
    expect(pieces({})).toBe(whole({}));
    expect(pieces({ a: undefined })).toBe(whole({}));
  });

  it('reads a member built on first read (a getter) like JSON.stringify does', () => {
    const value = { get indicators() { return [{ code: 'A' }]; }, summary: { total: 1 } };
    expect(pieces(value)).toBe(whole(value));
  });

  it('equals JSON.stringify on any object', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => pieces(value) === whole(value)), { numRuns: 300 });
  });
});
