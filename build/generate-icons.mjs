// Draws the app icon and the tray images (a clock face: "reminders on time") and writes them
// as PNG with nothing but node:zlib, so the images can be regenerated anywhere:
//   node build/generate-icons.mjs
// Outputs: build/icon.png (1024², electron-builder makes .ico/.icns from it),
// assets/tray.png + tray@2x.png (16/32 px, coloured: Windows/Linux),
// assets/trayTemplate.png + trayTemplate@2x.png (16/32 px, black + alpha: macOS template).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BLUE = [22, 119, 255];
const WHITE = [255, 255, 255];
const BLACK = [0, 0, 0];

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA pixels (Uint8Array, size²×4) → PNG bytes (8-bit RGBA, no filtering). */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square (0..1), as "inside?" tests; antialiased by supersampling.
const roundedSquare = (x, y, r = 0.2, m = 0.04) => {
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - m - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - m - r), 0);
  return dx * dx + dy * dy <= r * r;
};
const disc = (x, y, r) => (x - 0.5) ** 2 + (y - 0.5) ** 2 <= r * r;
const ring = (x, y, r, w) => Math.abs(Math.hypot(x - 0.5, y - 0.5) - r) <= w / 2;
function capsule(x, y, ax, ay, bx, by, w) {
  const [px, py, vx, vy] = [x - ax, y - ay, bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, (px * vx + py * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - t * vx, py - t * vy) <= w / 2;
}
/** Clock hands pointing to 12 and 3: the clearest shape at 16 px. */
const hands = (x, y, w) =>
  capsule(x, y, 0.5, 0.5, 0.5, 0.29, w) || capsule(x, y, 0.5, 0.5, 0.67, 0.5, w);

function render(size, paint) {
  const rgba = new Uint8Array(size * size * 4);
  const ss = size >= 256 ? 2 : 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const colour = paint((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return encodePng(size, rgba);
}

const appIcon = (x, y) => {
  if (!roundedSquare(x, y)) return null;
  if (ring(x, y, 0.3, 0.07) || hands(x, y, 0.07)) return WHITE;
  return BLUE;
};
// Tray: a filled blue clock face with white hands, drawn edge to edge for legibility.
const trayColour = (x, y) => {
  if (!disc(x, y, 0.47)) return null;
  return hands(x, y, 0.13) ? WHITE : BLUE;
};
const trayTemplate = (x, y) => (ring(x, y, 0.4, 0.12) || hands(x, y, 0.12) ? BLACK : null);

const outputs = [
  ['build/icon.png', 1024, appIcon],
  ['assets/tray.png', 16, trayColour],
  ['assets/tray@2x.png', 32, trayColour],
  ['assets/trayTemplate.png', 16, trayTemplate],
  ['assets/trayTemplate@2x.png', 32, trayTemplate],
];
for (const [path, size, paint] of outputs) {
  writeFileSync(join(root, path), render(size, paint));
  console.log(`generate-icons: ${path} ${size}x${size}`);
}
