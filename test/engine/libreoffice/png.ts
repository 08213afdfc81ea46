/**
 * Test support: reads the PNG pdftoppm writes (8-bit RGB or RGBA, not interlaced) into pixels,
 * on node:zlib alone. PNG (ISO/IEC 15948): chunks after an 8-byte signature; the image is the
 * IDAT chunks inflated, one filter-type byte before each row, each filter undone left to right.
 */
import { inflateSync } from 'node:zlib';

export interface RgbImage {
  width: number;
  height: number;
  /** [r, g, b] at (x, y), 0-255 each. */
  pixel(x: number, y: number): [number, number, number];
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 2: 3, 6: 4 };

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const [toLeft, toUp, toUpLeft] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

function unfilter(raw: Buffer, width: number, height: number, channels: number): Uint8Array {
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)]!;
    const source = y * (stride + 1) + 1;
    const row = y * stride;
    for (let i = 0; i < stride; i += 1) {
      const left = i >= channels ? pixels[row + i - channels]! : 0;
      const up = y > 0 ? pixels[row - stride + i]! : 0;
      const upLeft = y > 0 && i >= channels ? pixels[row - stride + i - channels]! : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`PNG row ${y} has the unknown filter ${filter}`);
      pixels[row + i] = (raw[source + i]! + predictor) & 0xff;
    }
  }
  return pixels;
}

export function readPng(file: Buffer): RgbImage {
  if (!file.subarray(0, 8).equals(SIGNATURE)) throw new Error('Not a PNG file');
  let offset = 8;
  let header: { width: number; height: number; channels: number } | undefined;
  const data: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('latin1', offset + 4, offset + 8);
    const body = file.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      const [bitDepth, colourType, interlace] = [body[8], body[9], body[12]];
      const channels = CHANNELS[colourType!];
      if (bitDepth !== 8 || !channels || interlace !== 0)
        throw new Error(
          `Only 8-bit RGB(A) PNGs without interlacing are read, not depth ${bitDepth} type ${colourType} interlace ${interlace}`,
        );
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), channels };
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length; // length, type, body, CRC
  }
  if (!header) throw new Error('The PNG has no IHDR chunk');
  const { width, height, channels } = header;
  const pixels = unfilter(inflateSync(Buffer.concat(data)), width, height, channels);
  const pixel = (x: number, y: number): [number, number, number] => {
    if (x < 0 || y < 0 || x >= width || y >= height) throw new Error(`(${x}, ${y}) is outside the ${width}x${height} image`);
    const at = (y * width + x) * channels;
    return [pixels[at]!, pixels[at + 1]!, pixels[at + 2]!];
  };
  return { width, height, pixel };
}
