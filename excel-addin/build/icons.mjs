/**
 * The add-in's icons, drawn at build time so the repository holds no binaries: a dark rounded
 * square with a traffic light (red, amber, green), at every size the manifest names.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 64, 80];

const BODY = [31, 41, 55];
const LIGHTS = [
  [213, 94, 0],
  [230, 159, 0],
  [0, 158, 115],
];

/** Colour of the point (x, y) in a 1x1 icon, or null outside the rounded square. */
function colourAt(x, y) {
  const corner = 0.2;
  const dx = Math.max(corner - x, 0, x - (1 - corner));
  const dy = Math.max(corner - y, 0, y - (1 - corner));
  if (dx * dx + dy * dy > corner * corner) return null;
  for (let light = 0; light < 3; light += 1) {
    const cy = 0.2 + light * 0.3;
    if ((x - 0.5) ** 2 + (y - cy) ** 2 <= 0.125 ** 2) return LIGHTS[light];
  }
  return BODY;
}

/** RGBA rows, each starting with PNG filter byte 0; 4x4 samples a pixel keep the edges smooth. */
function drawIcon(size) {
  const samples = 4;
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py += 1) {
    const rowStart = py * (size * 4 + 1);
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const colour = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          colour.forEach((channel, index) => (sum[index] += channel));
          sum[3] += 255;
        }
      }
      const covered = sum[3] / 255;
      const at = rowStart + 1 + px * 4;
      for (let channel = 0; channel < 3; channel += 1) rows[at + channel] = covered ? Math.round(sum[channel] / covered) : 0;
      rows[at + 3] = Math.round(sum[3] / (samples * samples));
    }
  }
  return rows;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

export function iconPng(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(drawIcon(size))), chunk('IEND', Buffer.alloc(0))]);
}

/** Writes assets/icon-16.png ... icon-80.png into the add-in folder. */
export async function writeIcons(assetsDir) {
  await Promise.all(ICON_SIZES.map((size) => writeFile(path.join(assetsDir, `icon-${size}.png`), iconPng(size))));
}
