import { mkdir } from 'node:fs/promises';
// Placeholder until the Excel build lands (issue 3).
export async function buildExcel({ outDir }) {
  await mkdir(outDir, { recursive: true });
  return { outDir };
}
