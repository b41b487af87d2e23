/**
 * Raw byte producers for the bad-input corpus: deterministic noise, an OLE2 compound file (legacy
 * .xls or a password-protected workbook) and Windows-1258 text as Vietnamese Windows writes CSV.
 */

/** Deterministic pseudo-random bytes (xorshift32), so junk fixtures never change between runs. */
export function noise(length: number, seed = 0x2025): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

function dirEntry(name: string, type: number, start: number, size: number, child = 0xffffffff, right = 0xffffffff): Buffer {
  const e = Buffer.alloc(128, 0);
  const utf16 = Buffer.from(name + '\0', 'utf16le');
  utf16.copy(e, 0);
  e.writeUInt16LE(utf16.length, 64);
  e[66] = type;
  e[67] = 1;
  e.writeUInt32LE(0xffffffff, 68);
  e.writeUInt32LE(right, 72);
  e.writeUInt32LE(child, 76);
  e.writeUInt32LE(start, 116);
  e.writeUInt32LE(size, 120);
  return e;
}

/** An OLE2 compound file with the given stream names, shaped like a BIFF8 workbook or an encrypted package. */
export function compoundFile(streams: readonly string[]): Buffer {
  const header = Buffer.alloc(512, 0);
  Buffer.from('D0CF11E0A1B11AE1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44);
  header.writeUInt32LE(1, 48);
  header.writeUInt32LE(0x1000, 56);
  header.writeUInt32LE(0xfffffffe, 60);
  header.writeUInt32LE(0xfffffffe, 68);
  header.writeUInt32LE(0, 76);
  for (let i = 80; i < 512; i += 4) header.writeUInt32LE(0xffffffff, i);
  const streamSectors = Math.min(streams.length, 3) * 8;
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(0xfffffffe, 4);
  for (let s = 0; s < streamSectors; s++) fat.writeUInt32LE((s + 1) % 8 === 0 ? 0xfffffffe : s + 3, (s + 2) * 4);
  const dir = Buffer.alloc(512, 0);
  dirEntry('Root Entry', 5, 0xfffffffe, 0, streams.length > 0 ? 1 : 0xffffffff).copy(dir, 0);
  const named = streams.slice(0, 3);
  named.forEach((name, i) => dirEntry(name, 2, 2 + i * 8, 4096, 0xffffffff, i + 1 < named.length ? i + 2 : 0xffffffff).copy(dir, 128 * (i + 1)));
  const body = Buffer.alloc(streamSectors * 512, 0);
  // A BIFF8 BOF record (0x0809, length 16, version 0x0600, workbook globals) opens the first stream.
  Buffer.from('0908100000060500bb0dcc07c1000000', 'hex').copy(body, 0);
  noise(body.length - 64, 0xb1ff).copy(body, 64);
  return Buffer.concat([header, fat, dir, body]);
}

const MODIFIED: Readonly<Record<string, number>> = { 'a\u0302': 0xe2, 'A\u0302': 0xc2, 'e\u0302': 0xea, 'E\u0302': 0xca, 'o\u0302': 0xf4, 'O\u0302': 0xd4, 'a\u0306': 0xe3, 'A\u0306': 0xc3, 'o\u031b': 0xf5, 'O\u031b': 0xd5, 'u\u031b': 0xfd, 'U\u031b': 0xdd };
const TONES: Readonly<Record<string, number>> = { '\u0300': 0xcc, '\u0301': 0xec, '\u0303': 0xde, '\u0309': 0xd2, '\u0323': 0xf2 };
const OTHER: Readonly<Record<string, number>> = { đ: 0xf0, Đ: 0xd0, '–': 0x96, '’': 0x92, '“': 0x93, '”': 0x94 };

/** Encodes Vietnamese text in Windows-1258 (base letter, precomposed â ê ô ơ ư ă, then a combining tone byte). */
export function windows1258(text: string): Buffer {
  const bytes: number[] = [];
  const chars = [...text.normalize('NFD')];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      let tone: number | undefined;
      let base = ch;
      while (i + 1 < chars.length && (chars[i + 1] in TONES || MODIFIED[ch + chars[i + 1]] !== undefined)) {
        const mark = chars[++i];
        if (mark in TONES) tone = TONES[mark];
        else base = ch + mark;
      }
      bytes.push(base.length > 1 ? MODIFIED[base] : code);
      if (tone !== undefined) bytes.push(tone);
    } else {
      bytes.push(OTHER[ch] ?? 0x3f);
    }
  }
  return Buffer.from(bytes);
}
