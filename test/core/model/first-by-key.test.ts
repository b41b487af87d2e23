import { firstByKey } from '../../../src/core/model/first-by-key';

describe('first by key', () => {
  test('each key maps to the first item that has it', () => {
    const items = [{ name: 'Dân số', n: 1 }, { name: 'dân số', n: 2 }, { name: 'GRDP', n: 3 }];
    const map = firstByKey(items, (item) => item.name.toLowerCase());
    expect([...map.entries()].map(([k, v]) => [k, v.n])).toEqual([['dân số', 1], ['grdp', 3]]);
    expect(firstByKey([], String).size).toBe(0);
  });
});
