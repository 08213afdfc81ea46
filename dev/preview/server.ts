/**
 * Builds the preview into a fresh temporary folder (so parallel browser tests, `npm run screenshots`
 * and a running `npm start` never share one) and serves it on 127.0.0.1 at a free port.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

export interface PreviewServer {
  /** e.g. http://127.0.0.1:43121/ */
  url: string;
  close(): Promise<void>;
}

export async function startPreview(): Promise<PreviewServer> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'tracklight-preview-'));
  // @ts-expect-error build.mjs is plain JavaScript with no type declarations.
  const { buildPreview } = await import('./build.mjs');
  await buildPreview({ root, outDir });
  const server = http.createServer(async (request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(outDir, name);
    const found = file.startsWith(outDir + path.sep) ? await stat(file).catch(() => null) : null;
    if (!found?.isFile()) {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
