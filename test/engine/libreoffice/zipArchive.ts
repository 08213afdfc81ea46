/**
 * Test support: an .xlsx is a zip of XML parts, written here with the zip writer `npm run package`
 * ships (excel-addin/build/zip.mjs, node:zlib alone), so the LibreOffice tests add no dependency.
 * Every entry is dated 1 January 1980, so the bytes are the same on every run.
 */
// @ts-expect-error plain JavaScript build step, no type declarations.
import { zip } from '../../../excel-addin/build/zip.mjs';

export interface ZipEntry {
  path: string;
  content: string | Uint8Array;
}

const FIXED_DAY = new Date(1980, 0, 1);

export function zipArchive(entries: readonly ZipEntry[]): Buffer {
  return (zip as (files: { name: string; content: Uint8Array; modified: Date }[]) => Buffer)(
    entries.map(({ path, content }) => ({
      name: path,
      content: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
      modified: FIXED_DAY,
    })),
  );
}
