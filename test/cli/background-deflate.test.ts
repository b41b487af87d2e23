import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BACKGROUND_PART_BYTES, DeflateWorker, deflateLargePartsInBackground } from '../../src/cli/background-deflate';
import { writeAll } from '../../src/cli/write-files';
import { deflateRaw } from '../../src/xlsx/deflate';
import type { ZipWriteEntry } from '../../src/xlsx/zip';
import { readZip, writeZip } from '../../src/xlsx/zip';

const text = (s: string, times: number): Uint8Array => new TextEncoder().encode(s.repeat(times));
const BIG = text('<row r="1"><c r="A1" t="inlineStr"><is><t>Tổng thu ngân sách nhà nước</t></is></c></row>', 40000);
const SMALL = text('<row><c><v>1</v></c></row>', 100);
const LARGE = (1 << 20) + 10;

describe('deflating large parts in a worker thread', () => {
  it('gives the bytes the package layer writes on its own (the web app saves the same file)', async () => {
    const expected = writeZip([{ name: 'xl/worksheets/sheet1.xml', data: BIG.slice() }, { name: 'xl/styles.xml', data: SMALL }]);
    const entries: ZipWriteEntry[] = [{ name: 'xl/worksheets/sheet1.xml', data: BIG.slice() }, { name: 'xl/styles.xml', data: SMALL }];
    const done = await deflateLargePartsInBackground(entries);
    const big = done[0] as { data: Uint8Array; deflated?: Uint8Array };
    expect(Buffer.from(big.deflated!).equals(Buffer.from(deflateRaw(BIG, 1)))).toBe(true);
    expect(Buffer.from(big.data).equals(Buffer.from(BIG))).toBe(true);
    expect('deflated' in done[1]).toBe(false);
    expect(Buffer.compare(Buffer.from(writeZip(done)), Buffer.from(expected))).toBe(0);
    expect(Buffer.from(readZip(writeZip(done)).bytes('xl/worksheets/sheet1.xml')).equals(Buffer.from(BIG))).toBe(true);
  });

  it('moves a part to the worker and back without copying it; parts sharing one buffer are left to be deflated here', async () => {
    const part = BIG.slice();
    const pending = deflateLargePartsInBackground([{ name: 'a.xml', data: part }]);
    expect(part.length).toBe(0);
    expect(((await pending)[0] as { data: Uint8Array }).data.length).toBe(BIG.length);
    const shared = BIG.slice();
    const kept = await deflateLargePartsInBackground([{ name: 'a.xml', data: shared }, { name: 'b.xml', data: shared.subarray(0, LARGE) }]);
    expect(kept.some((e) => 'deflated' in e)).toBe(false);
    expect(shared.length).toBe(BIG.length);
  });

  it('takes a middle-sized part (over 64 KB, under 1 MB) too, deflated at the level writeZip gives it', async () => {
    const middle = text('<row><c t="s"><v>12</v></c></row>', 4000);
    expect(middle.length).toBeGreaterThan(BACKGROUND_PART_BYTES);
    expect(middle.length).toBeLessThan(1 << 20);
    const done = await deflateLargePartsInBackground([{ name: 'xl/worksheets/sheet3.xml', data: middle.slice() }]);
    const part = done[0] as { data: Uint8Array; deflated?: Uint8Array };
    expect(Buffer.from(part.deflated!).equals(Buffer.from(deflateRaw(middle, 6)))).toBe(true);
    expect(Buffer.compare(Buffer.from(writeZip(done)), Buffer.from(writeZip([{ name: 'xl/worksheets/sheet3.xml', data: middle }])))).toBe(0);
  });

  it('serves several packages from one worker started ahead of them, and stops when told', async () => {
    const worker = DeflateWorker.start();
    try {
      for (const part of [BIG, text('<row><c t="s"><v>7</v></c></row>', 5000)]) {
        const done = await worker.deflateLargeParts([{ name: 'xl/worksheets/sheet1.xml', data: part.slice() }, { name: 'xl/styles.xml', data: SMALL }]);
        expect(Buffer.compare(Buffer.from(writeZip(done)), Buffer.from(writeZip([{ name: 'xl/worksheets/sheet1.xml', data: part }, { name: 'xl/styles.xml', data: SMALL }])))).toBe(0);
        expect('deflated' in done[0]).toBe(true);
      }
    } finally {
      await worker.stop();
    }
  });

  it('leaves the parts to be deflated here when the worker started ahead has stopped meanwhile', async () => {
    const worker = DeflateWorker.start();
    await worker.stop();
    const done = await worker.deflateLargeParts([{ name: 'a.xml', data: BIG.slice() }]);
    expect('deflated' in done[0]).toBe(false);
    expect(Buffer.compare(Buffer.from(writeZip(done)), Buffer.from(writeZip([{ name: 'a.xml', data: BIG }])))).toBe(0);
  });

  it('starts no worker when no part is large', async () => {
    const entries: ZipWriteEntry[] = [{ name: 'a.xml', data: SMALL }];
    expect(await deflateLargePartsInBackground(entries)).toEqual(entries);
  });
});

describe('writing the output files', () => {
  it('leaves nothing behind and rethrows as it was when a file cannot be produced', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-write-'));
    const failure = new Error('zip too large');
    await expect(writeAll([{ path: join(dir, 'r.json'), data: '{}\n' }, { path: join(dir, 'out.xlsx'), data: Promise.reject(failure) }])).rejects.toBe(failure);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes every file, the promised one once it is ready', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-write-'));
    await writeAll([{ path: join(dir, 'r.json'), data: ['{', '}\n'] }, { path: join(dir, 'out.bin'), data: Promise.resolve(SMALL) }]);
    expect(readdirSync(dir).sort()).toEqual(['out.bin', 'r.json']);
    expect(existsSync(join(dir, 'out.bin'))).toBe(true);
  });
});
