/**
 * npm start's server: serves dist/excel on https://localhost:3000 (Office needs HTTPS) and sideloads
 * manifest.xml into Excel desktop where there is one (Windows, macOS). Anywhere else it prints
 * how to sideload into Excel on the web. The server listens on localhost only.
 * More folders can be served beside the add-in (the preview page) with `staticRoots`.
 * Without HTTPS it says so once, serves over HTTP (the preview works; Excel would not load the
 * add-in) and prints no sideloading steps, because none could work. Every address it prints is
 * the one it serves.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { devHttpsOptions } from './devCertificates.mjs';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * @param {object} options
 * @param {string} options.root  the repository root
 * @param {object} [options.built]  buildAll's result; its excel.outDir is served at /
 * @param {{ prefix: string, dir: string }[]} [options.staticRoots]  more folders, e.g. { prefix: '/preview/', dir }
 * @param {number} [options.port]  3000, as manifest.xml expects; 0 picks a free port (tests)
 * @param {() => Promise<object>} [options.httpsOptions]  certificates; office-addin-dev-certs by default (devCertificates.mjs)
 * @param {boolean} [options.sideload]  sideload into Excel desktop, or print the steps for the web
 * @param {boolean} [options.excelDesktop]  whether this machine can have Excel desktop (Windows, macOS)
 * @param {(line: string) => void} [options.log]
 */
export async function serve({
  root,
  built,
  port = 3000,
  staticRoots = [],
  log = (line) => console.log(line),
  httpsOptions = () => devHttpsOptions({ log }),
  sideload = true,
  excelDesktop = process.platform === 'win32' || process.platform === 'darwin',
}) {
  const addinDir = built?.excel?.outDir ?? path.join(root, 'dist', 'excel');
  const roots = [...staticRoots, { prefix: '/', dir: addinDir }];
  const handler = (request, response) => respond(roots, request, response);

  let server;
  let secure = true;
  try {
    server = https.createServer(await httpsOptions(), handler);
  } catch (problem) {
    secure = false;
    server = http.createServer(handler);
    for (const line of noHttpsExplained(problem)) log(line);
  }
  await new Promise((resolve, reject) => {
    server.once('error', (problem) =>
      reject(
        problem.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is in use: stop whatever serves it (manifest.xml expects the add-in on ${port}).`)
          : problem,
      ),
    );
    server.listen(port, 'localhost', resolve);
  });
  const url = `${secure ? 'https' : 'http'}://localhost:${server.address().port}`;
  if (secure) {
    log(
      `Tracklight's Excel add-in is served from ${path.relative(root, addinDir) || '.'}/ at ${url}/ (manifest.xml loads it from there).`,
    );
    if (sideload) await sideloadOrExplain({ manifestPath: path.join(root, 'manifest.xml'), url, excelDesktop, log });
  }
  const close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      // Browsers keep connections alive; closing must not wait for them to time out.
      server.closeAllConnections();
    });
  return { url, secure, server, close };
}

/** The one message for "no HTTPS": why, what it means, and how to fix it. */
function noHttpsExplained(problem) {
  const reason = String(problem instanceof Error ? problem.message : problem).trim();
  return [
    `HTTPS is not available, so Excel cannot load Tracklight from this computer (Office loads add-ins only over HTTPS): ${reason}`,
    'To fix it, run `npx office-addin-dev-certs install` as a user who may install certificates (on Linux it uses sudo), ' +
      'then npm start again.',
  ];
}

async function respond(roots, request, response) {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const readable = request.method === 'GET' || request.method === 'HEAD';
  // A malformed escape such as /%E0 is simply not found, never a crash of the server.
  const file = readable ? await findFile(roots, pathname).catch(() => null) : null;
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    // A rebuild must show on the next reload of the pane.
    'cache-control': 'no-store',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

/** The file a URL path names inside one of the roots; never a path outside them. */
async function findFile(roots, urlPath) {
  const pathname = decodeURIComponent(urlPath);
  for (const { prefix, dir } of roots) {
    if (!pathname.startsWith(prefix)) continue;
    const relative = pathname.slice(prefix.length) || 'index.html';
    const file = path.resolve(dir, relative);
    if (!file.startsWith(path.resolve(dir) + path.sep)) continue;
    const found = await stat(file).catch(() => null);
    if (found?.isFile()) return file;
  }
  return null;
}

async function sideloadOrExplain({ manifestPath, url, excelDesktop, log }) {
  if (excelDesktop) {
    try {
      const { startDebugging, AppType } = await import('office-addin-debugging');
      await startDebugging(manifestPath, { appType: AppType.Desktop, app: 'excel', enableDebugging: false, enableLiveReload: false });
      log('Excel is opening with Tracklight sideloaded: look for Tracklight on the Home tab, or type =PUPIL. in a cell.');
      return;
    } catch (problem) {
      log(`Could not sideload into Excel desktop (${problem instanceof Error ? problem.message : problem}).`);
    }
  }
  for (const line of webSideloadSteps(manifestPath, url)) log(line);
}

/** Exactly what to click in Excel on the web, for machines without Excel desktop. */
export function webSideloadSteps(manifestPath, url) {
  return [
    'To try Tracklight in Excel on the web (no Excel desktop needed), while this server keeps running:',
    "  1. In this machine's browser, open https://www.office.com, sign in, and open or create an Excel workbook.",
    '  2. On the ribbon choose Home > Add-ins > More Add-ins (in older layouts: Insert > Add-ins, or Insert > Office Add-ins).',
    '  3. In the Office Add-ins dialog open the My Add-ins tab and choose Upload My Add-in... (under Manage My Add-ins in some layouts).',
    `  4. Browse to ${manifestPath} and choose Upload.`,
    '  5. Tracklight appears on the Home tab. Type =PUPIL.ON_TRACK( in a cell to use the functions.',
    `Your browser loads the add-in from ${url}, so it works only on this computer, while npm start runs.`,
  ];
}
