/**
 * npm start, after the build (excel-addin/build/start.mjs, what build.mjs --serve runs), with and
 * without a trusted certificate, in a temporary copy of the repository: what it prints (HTTPS
 * trouble said once, no sideloading steps that cannot work, one address throughout), and what it
 * writes (the preview in dist/.preview and nothing else, removed when it stops, Ctrl+C included).
 * Certificates are injected: nothing is installed on this machine.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCertificates } from 'office-addin-dev-certs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { excelDist } from './excelBundle';
import { changedPaths, copyRepo, snapshot, type TempRepo } from './tempRepo';

interface Started {
  url: string;
  secure: boolean;
  previewDir: string;
  close: () => Promise<void>;
}

let repo: TempRepo;
let certDir: string;
let certificates: { ca: Buffer; cert: Buffer; key: Buffer };
beforeAll(async () => {
  repo = await copyRepo();
  certDir = await mkdtemp(path.join(os.tmpdir(), 'tracklight-start-certs-'));
  const files = ['ca.crt', 'localhost.crt', 'localhost.key'].map((file) => path.join(certDir, file));
  await generateCertificates(files[0], files[1], files[2], 1);
  const [ca, cert, key] = files.map((file) => readFileSync(file));
  certificates = { ca, cert, key };
});
afterAll(async () => {
  await repo.remove();
  await rm(certDir, { recursive: true, force: true });
});

const trusted = async () => certificates;
const untrusted = async () => {
  throw new Error('Unable to install the CA certificate. /bin/sh: 1: sudo: not found');
};

async function start(httpsOptions: () => Promise<object>): Promise<{ started: Started; log: string[] }> {
  const { startDevServer } = await import(pathToFileURL(path.join(repo.root, 'excel-addin/build/start.mjs')).href);
  const log: string[] = [];
  const started: Started = await startDevServer({
    root: repo.root,
    built: { excel: { outDir: excelDist } },
    port: 0,
    httpsOptions,
    excelDesktop: false,
    browser: false,
    exitOnSignal: false,
    log: (line: string) => log.push(line),
  });
  return { started, log };
}

function get(url: string, ca?: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = url.startsWith('https:') ? https.get(url, { ca }) : null;
    const handle = (response: import('node:http').IncomingMessage) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    };
    if (request) request.on('response', handle).on('error', reject);
    else fetch(url).then(async (response) => resolve({ status: response.status, body: await response.text() }), reject);
  });
}

/** Every address on this computer that the output names. */
const localAddresses = (text: string) => [...text.matchAll(/\bhttps?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?/g)].map((match) => match[0]);

describe('npm start with a trusted certificate', () => {
  let run: { started: Started; log: string[] };
  let before: Map<string, string>;
  beforeAll(async () => {
    before = await snapshot(repo.root);
    run = await start(trusted);
  });
  afterAll(() => run.started.close());

  it('serves over HTTPS and names one address, the one it serves, everywhere', () => {
    const text = run.log.join('\n');
    expect(run.started.url).toMatch(/^https:\/\/localhost:\d+$/);
    expect(localAddresses(text).length).toBeGreaterThanOrEqual(3);
    expect(new Set(localAddresses(text))).toEqual(new Set([run.started.url]));
    expect(text).toContain(`served from`);
    expect(text).toContain(`${run.started.url}/preview/`);
    expect(text).not.toMatch(/HTTPS is not available/);
  });

  it('prints the steps to sideload into Excel on the web, with this repository’s manifest.xml', () => {
    const text = run.log.join('\n');
    expect(text).toMatch(/1\.[\s\S]*2\.[\s\S]*3\.[\s\S]*4\.[\s\S]*5\./);
    expect(text).toContain('Upload My Add-in');
    expect(text).toContain(path.join(repo.root, 'manifest.xml'));
    expect(run.log.filter((line) => line === 'Stop the server with Ctrl+C.')).toHaveLength(1);
  });

  it('serves the add-in and the preview on that address, verified against the certificate’s CA', async () => {
    expect(await get(`${run.started.url}/taskpane.html`, certificates.ca)).toEqual({
      status: 200,
      body: readFileSync(path.join(excelDist, 'taskpane.html'), 'utf8'),
    });
    expect((await get(`${run.started.url}/preview/`, certificates.ca)).status).toBe(200);
  });

  it('writes only dist/.preview while it runs, and nothing at all is left when it stops', async () => {
    expect(run.started.previewDir).toBe(path.join(repo.root, 'dist', '.preview'));
    const whileRunning = changedPaths(before, await snapshot(repo.root));
    expect(whileRunning.length).toBeGreaterThan(0);
    expect(whileRunning.filter((file) => !file.startsWith(path.join('dist', '.preview') + path.sep))).toEqual([]);
    await run.started.close();
    expect(existsSync(run.started.previewDir)).toBe(false);
    expect(changedPaths(before, await snapshot(repo.root))).toEqual([]);
  });
});

describe('npm start when HTTPS cannot be had', () => {
  let run: { started: Started; log: string[] };
  beforeAll(async () => {
    run = await start(untrusted);
  });
  afterAll(() => run.started.close());

  it('says so once, with the reason and the fix', () => {
    const text = run.log.join('\n');
    expect(text.match(/HTTPS is not available/g)).toHaveLength(1);
    expect(text.match(/sudo: not found/g)).toHaveLength(1);
    expect(text).toContain('npx office-addin-dev-certs install');
  });

  it('prints no sideloading steps, since Excel would not load the add-in over HTTP', () => {
    const text = run.log.join('\n');
    expect(text).not.toMatch(/Upload My Add-in|Browse to|sideload|Excel is opening|1\. /i);
    expect(text).not.toContain('manifest.xml loads it');
  });

  it('names only the address it serves, plain HTTP, and serves the preview there', async () => {
    const text = run.log.join('\n');
    expect(run.started.url).toMatch(/^http:\/\/localhost:\d+$/);
    expect(new Set(localAddresses(text))).toEqual(new Set([run.started.url]));
    expect(text).toContain(`${run.started.url}/preview/`);
    const page = await get(`${run.started.url}/preview/`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('preview.js');
  });
});

describe('npm start stopped with Ctrl+C', () => {
  it('removes dist/.preview and exits 0 (the server entry run as its own process)', async () => {
    const script = path.join(repo.root, 'start-for-test.mjs');
    await writeFile(
      script,
      `const { startDevServer } = await import(${JSON.stringify(pathToFileURL(path.join(repo.root, 'excel-addin/build/start.mjs')).href)});
await startDevServer({
  root: ${JSON.stringify(repo.root)},
  built: { excel: { outDir: ${JSON.stringify(excelDist)} } },
  port: 0,
  httpsOptions: async () => { throw new Error('no certificates in this test'); },
  excelDesktop: false,
  browser: false,
});
`,
    );
    const child = spawn(process.execPath, [script], { cwd: repo.root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk;
        if (output.includes('Stop the server with Ctrl+C.')) resolve();
      });
      exited.then(() => reject(new Error(`npm start's server stopped by itself:\n${output}`)));
    });
    const previewDir = path.join(repo.root, 'dist', '.preview');
    expect(existsSync(path.join(previewDir, 'index.html'))).toBe(true);
    const url = output.match(/http:\/\/localhost:\d+/)?.[0];
    expect((await fetch(`${url}/preview/`)).status).toBe(200);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(existsSync(previewDir)).toBe(false);
    await rm(script);
  });
});
