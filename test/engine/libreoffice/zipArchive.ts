/**
 * Test support: the smallest zip writer an .xlsx needs (deflate, no zip64, no encryption), on
 * node:zlib alone, so the LibreOffice tests add no dependency. An .xlsx is a zip of XML parts;
 * Excel and LibreOffice read any ordinary zip, so nothing here is special to spreadsheets.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  path: string;
  content: string | Uint8Array;
}

const DEFLATE = 8;
const VERSION_NEEDED = 20; // 2.0: deflate
const UTF8_NAMES = 0x0800;
const DOS_DATE_1980_01_01 = (1 << 5) | 1; // a fixed date keeps the bytes the same on every run

function header(size: number, fields: readonly [number, 2 | 4][]): Buffer {
  const buffer = Buffer.alloc(size);
  let offset = 0;
  for (const [value, width] of fields) {
    if (width === 2) buffer.writeUInt16LE(value, offset);
    else buffer.writeUInt32LE(value >>> 0, offset);
    offset += width;
  }
  return buffer;
}

export function zipArchive(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.path, 'utf8');
    const raw = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : Buffer.from(entry.content);
    const packed = deflateRawSync(raw);
    const crc = crc32(raw);
    const shared: [number, 2 | 4][] = [
      [VERSION_NEEDED, 2],
      [UTF8_NAMES, 2],
      [DEFLATE, 2],
      [0, 2],
      [DOS_DATE_1980_01_01, 2],
      [crc, 4],
      [packed.length, 4],
      [raw.length, 4],
      [name.length, 2],
      [0, 2],
    ];
    const local = Buffer.concat([header(30, [[0x04034b50, 4], ...shared]), name, packed]);
    centrals.push(
      Buffer.concat([header(46, [[0x02014b50, 4], [VERSION_NEEDED, 2], ...shared, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]), name]),
    );
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = header(22, [
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [entries.length, 2],
    [entries.length, 2],
    [directory.length, 4],
    [offset, 4],
    [0, 2],
  ]);
  return Buffer.concat([...locals, directory, end]);
}
