import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAll } from '../../src/cli/write-files';

describe('a file written in pieces', () => {
  it('holds exactly the UTF-8 of the pieces joined, whatever characters fall on the write buffer\'s edge', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-pieces-'));
    // Odd-sized pieces of one-, two-, three- and four-byte characters (a surrogate pair), over three buffers' worth.
    const alphabet = ['a', 'ă', 'Ướ', '😀', '"\\n"'];
    const pieces = Array.from({ length: 40_000 }, (_, i) => alphabet[i % alphabet.length].repeat(1 + (i % 37)));
    pieces.push('x'.repeat(3 * 2 ** 20 + 1));
    await writeAll([{ path: join(dir, 'r.json'), data: pieces }]);
    const written = readFileSync(join(dir, 'r.json'));
    expect(written.length).toBe(Buffer.byteLength(pieces.join(''), 'utf8'));
    expect(written.equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
  });

  it('writes an empty file for no pieces', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-pieces-'));
    await writeAll([{ path: join(dir, 'r.json'), data: [] }]);
    expect(readFileSync(join(dir, 'r.json')).length).toBe(0);
  });
});
