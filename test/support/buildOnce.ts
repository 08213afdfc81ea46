/** Vitest global setup: build both hosts into dist/ once, so tests load the real bundles. */
export default async function buildOnce(): Promise<void> {
  // @ts-expect-error build.mjs is plain JavaScript with no type declarations.
  const { buildAll } = await import('../../build.mjs');
  await buildAll({ quiet: true });
}
