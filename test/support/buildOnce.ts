/**
 * Vitest global setup: build both hosts into dist/ once, so tests load the real bundles.
 * TRACKLIGHT_SKIP_BUILD=1 skips it when only core tests are run while a host build is being changed.
 */
export default async function buildOnce(): Promise<void> {
  if (process.env.TRACKLIGHT_SKIP_BUILD === '1') return;
  // @ts-expect-error build.mjs is plain JavaScript with no type declarations.
  const { buildAll } = await import('../../build.mjs');
  await buildAll({ quiet: true });
}
