// Draws ChiTieu's ribbon and manifest icons as real PNGs at every size the manifest declares.
// Run: node assets/icons/make-icons.js   (writes assets/icons/<kind>-<size>.png)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const GREEN = [33, 115, 70];
const AMBER = [255, 192, 0];
const RED = [192, 0, 0];
const WHITE = [255, 255, 255];

/** Each kind paints shapes in a 0..1 coordinate space; later shapes cover earlier ones. */
const KINDS = {
  icon: [roundRect(GREEN), bar(0.2, 0.62, 0.14, 0.2, WHITE), bar(0.43, 0.45, 0.14, 0.37, WHITE), bar(0.66, 0.3, 0.14, 0.52, WHITE)],
  check: [roundRect(GREEN), stroke([[0.24, 0.52], [0.43, 0.7], [0.77, 0.3]], 0.11, WHITE)],
  summary: [roundRect(GREEN), bar(0.2, 0.55, 0.16, 0.27, RED), bar(0.42, 0.4, 0.16, 0.42, AMBER), bar(0.64, 0.22, 0.16, 0.6, WHITE)],
  pane: [roundRect(GREEN), box(0.18, 0.2, 0.64, 0.6, WHITE), box(0.5, 0.26, 0.26, 0.48, GREEN), bar(0.24, 0.3, 0.2, 0.08, GREEN), bar(0.24, 0.46, 0.2, 0.08, GREEN), bar(0.24, 0.62, 0.2, 0.08, GREEN)],
};

function roundRect(color) {
  return { color, inside: (x, y) => { const r = 0.18; const dx = Math.max(r - x, x - (1 - r), 0); const dy = Math.max(r - y, y - (1 - r), 0); return x >= 0 && y >= 0 && x <= 1 && y <= 1 && dx * dx + dy * dy <= r * r; } };
}
function bar(x0, y0, w, h, color) {
  return { color, inside: (x, y) => x >= x0 && x <= x0 + w && y >= y0 && y <= y0 + h };
}
function box(x0, y0, w, h, color) {
  return bar(x0, y0, w, h, color);
}
function stroke(points, width, color) {
  const near = (x, y, [ax, ay], [bx, by]) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay)) <= width / 2;
  };
  return { color, inside: (x, y) => points.slice(1).some((p, i) => near(x, y, points[i], p)) };
}

/** RGBA pixels with 4×4 supersampling, so small sizes stay smooth. */
function paint(shapes, size) {
  const px = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let pxX = 0; pxX < size; pxX++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (pxX + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          let c = null;
          for (const shape of shapes) if (shape.inside(x, y)) c = shape.color;
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      }
      const o = (py * size + pxX) * 4;
      px[o] = a ? Math.round(r / a) : 0;
      px[o + 1] = a ? Math.round(g / a) : 0;
      px[o + 2] = a ? Math.round(b / a) : 0;
      px[o + 3] = Math.round((255 * a) / (S * S));
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
function crc32(buf) { let c = 0xffffffff; for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels as a PNG (colour type 6, filter 0 on every row). */
function png(pixels, size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

for (const [kind, shapes] of Object.entries(KINDS)) {
  for (const size of SIZES) fs.writeFileSync(path.join(__dirname, `${kind}-${size}.png`), png(paint(shapes, size), size));
}
console.log(`wrote ${Object.keys(KINDS).length * SIZES.length} icons to ${__dirname}`);
