#!/usr/bin/env node
/**
 * Draws the add-in's icon (three connected partner nodes, teal and blue, on a transparent
 * background) and writes assets/icon-{16,32,64,80,128}.png with a tiny PNG encoder.
 *
 * Pure Node (zlib only) so the icons can be regenerated anywhere without an image library:
 *   node scripts/make-icons.js [outDir]
 * Output is deterministic: the same script gives byte-identical files.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];

/** Colours as [r, g, b]; teal and blue in the Office palette's spirit. */
const LINK = [0x4f, 0xb3, 0xbf];
const NODE_TEAL = [0x03, 0x83, 0x87];
const NODE_BLUE = [0x0f, 0x6c, 0xbd];

/** The mark in unit coordinates (0..1): three nodes in a triangle, every pair linked. */
const NODES = [
  { x: 0.5, y: 0.23, r: 0.155, color: NODE_BLUE },
  { x: 0.2, y: 0.75, r: 0.155, color: NODE_TEAL },
  { x: 0.8, y: 0.75, r: 0.155, color: NODE_TEAL },
];
const LINK_HALF_WIDTH = 0.05;
/** A transparent ring around each node keeps nodes and links apart, even at 16 px. */
const GAP = 0.035;

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Colour of one sample point, or null where the icon is transparent. */
function sampleColor(x, y) {
  for (const node of NODES) {
    const d = Math.hypot(x - node.x, y - node.y);
    if (d <= node.r) return node.color;
    if (d <= node.r + GAP) return null;
  }
  for (let i = 0; i < NODES.length; i++) {
    const a = NODES[i];
    const b = NODES[(i + 1) % NODES.length];
    if (distanceToSegment(x, y, a.x, a.y, b.x, b.y) <= LINK_HALF_WIDTH) return LINK;
  }
  return null;
}

/** Renders the mark at size×size with 8×8 supersampling; returns straight-alpha RGBA bytes. */
function renderIcon(size) {
  const ss = 8;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let hits = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = sampleColor((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            hits++;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (hits > 0) {
        rgba[o] = Math.round(r / hits);
        rgba[o + 1] = Math.round(g / hits);
        rgba[o + 2] = Math.round(b / hits);
        rgba[o + 3] = Math.round((255 * hits) / (ss * ss));
      }
    }
  }
  return rgba;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Minimal PNG encoder: 8-bit RGBA, no interlace, filter type 0 on every row. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, renderIcon, SIZES };
