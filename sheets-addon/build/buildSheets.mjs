import { mkdir } from 'node:fs/promises';
// Placeholder until the Sheets build lands (issue 3).
export async function buildSheets({ outDir }) {
  await mkdir(outDir, { recursive: true });
  return { outDir };
}
