/**
 * The smallest zip writer `npm run package` needs, on node:zlib alone (no dependency): each file
 * deflated (raw), with its CRC-32, size and modification time, then the central directory. No
 * zip64 (the folder is well under 4 GiB and 65,535 files) and no encryption. Any unzip tool,
 * Windows Explorer and the Azure and GitHub uploaders read it.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const LOCAL_FILE = 0x04034b50;
const CENTRAL_FILE = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const VERSION_NEEDED = 20; // 2.0: deflate
const MADE_BY_UNIX = (3 << 8) | 20; // so unzip keeps the mode bits below
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const REGULAR_FILE_RW_R_R = (0o100644 << 16) >>> 0;

/** MS-DOS time and date, local time, two-second steps; zips cannot say before 1980. */
function dosDateTime(date) {
  const year = Math.max(date.getFullYear(), 1980);
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** Little-endian fields, each [value, bytes]. */
function fields(list) {
  const buffer = Buffer.alloc(list.reduce((size, [, bytes]) => size + bytes, 0));
  let offset = 0;
  for (const [value, bytes] of list) {
    if (bytes === 2) buffer.writeUInt16LE(value, offset);
    else buffer.writeUInt32LE(value >>> 0, offset);
    offset += bytes;
  }
  return buffer;
}

/**
 * @param {{ name: string, content: Uint8Array, modified?: Date }[]} entries  names use / between folders
 * @returns {Buffer} the zip file
 */
export function zip(entries) {
  const parts = [];
  const directory = [];
  let offset = 0;
  for (const { name, content, modified = new Date() } of entries) {
    if (name.startsWith('/') || name.split('/').includes('..'))
      throw new Error(`zip entry '${name}' must be a relative path inside the folder`);
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(content, { level: 9 });
    const { time, date } = dosDateTime(modified);
    const common = [
      [UTF8_NAMES, 2],
      [DEFLATE, 2],
      [time, 2],
      [date, 2],
      [crc32(content), 4],
      [packed.length, 4],
      [content.length, 4],
      [nameBytes.length, 2],
      [0, 2], // extra field length
    ];
    const local = Buffer.concat([fields([[LOCAL_FILE, 4], [VERSION_NEEDED, 2], ...common]), nameBytes, packed]);
    directory.push(
      Buffer.concat([
        fields([
          [CENTRAL_FILE, 4],
          [MADE_BY_UNIX, 2],
          [VERSION_NEEDED, 2],
          ...common,
          [0, 2], // comment length
          [0, 2], // disk number
          [0, 2], // internal attributes
          [REGULAR_FILE_RW_R_R, 4],
          [offset, 4],
        ]),
        nameBytes,
      ]),
    );
    parts.push(local);
    offset += local.length;
  }
  const centralDirectory = Buffer.concat(directory);
  const end = fields([
    [END_OF_DIRECTORY, 4],
    [0, 2],
    [0, 2],
    [entries.length, 2],
    [entries.length, 2],
    [centralDirectory.length, 4],
    [offset, 4],
    [0, 2],
  ]);
  return Buffer.concat([...parts, centralDirectory, end]);
}

/** Every file under `dir`, as zip entries named relative to it, in a stable (sorted) order. */
export async function folderEntries(dir) {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const named = files.map((entry) => {
    const full = path.join(entry.parentPath ?? entry.path, entry.name);
    return { full, name: path.relative(dir, full).split(path.sep).join('/') };
  });
  named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return Promise.all(named.map(async ({ full, name }) => ({ name, content: await readFile(full), modified: (await stat(full)).mtime })));
}
