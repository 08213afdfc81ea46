/**
 * npm start's server: serves the built add-in on localhost over HTTPS, falls back to HTTP with a
 * clear message when certificates cannot be set up, and on an Excel-less machine prints how to
 * sideload into Excel on the web (only when it has HTTPS, since Excel loads add-ins over nothing
 * else). Certificates are made in a temporary folder, never installed. start.test.ts runs the whole
 * of npm start after the build.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { generateCertificates } from 'office-addin-dev-certs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript build step, no type declarations.
import { serve } from '../../excel-addin/build/serve.mjs';
import { excelDist, readDist } from './excelBundle';

const root = path.resolve(excelDist, '../..');
const built = { excel: { outDir: excelDist } };
const ADDIN_FILES = ['taskpane.html', 'functions.js', 'functions.json'];

async function devCertificates(): Promise<{ ca: Buffer; cert: Buffer; key: Buffer }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tracklight-certs-'));
  const files = { ca: path.join(dir, 'ca.crt'), cert: path.join(dir, 'localhost.crt'), key: path.join(dir, 'localhost.key') };
  await generateCertificates(files.ca, files.cert, files.key, 1);
  const [ca, cert, key] = [files.ca, files.cert, files.key].map((file) => readFileSync(file));
  await rm(dir, { recursive: true, force: true });
  return { ca, cert, key };
}

function getOverHttps(url: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('the dev server', () => {
  it('serves the add-in over HTTPS with office-addin-dev-certs certificates, on localhost', async () => {
    const { ca, cert, key } = await devCertificates();
    const log: string[] = [];
    const server = await serve({
      root,
      built,
      port: 0,
      httpsOptions: async () => ({ ca, cert, key }),
      log: (line: string) => log.push(line),
    });
    try {
      expect(server.secure).toBe(true);
      expect(server.url).toMatch(/^https:\/\/localhost:\d+$/);
      expect(['127.0.0.1', '::1']).toContain(server.server.address().address);
      for (const file of ADDIN_FILES) {
        // Verified against the generated CA: a real TLS check, not rejectUnauthorized: false.
        expect(await getOverHttps(`${server.url}/${file}`, ca!)).toEqual({ status: 200, body: readDist(file) });
      }
    } finally {
      await server.close();
    }
  });

  it('falls back to HTTP on localhost with a message that says why and how to fix it', async () => {
    const log: string[] = [];
    const noCertificates = async () => {
      throw new Error('Unable to install the CA certificate. sudo: not found');
    };
    const server = await serve({ root, built, port: 0, httpsOptions: noCertificates, log: (line: string) => log.push(line) });
    try {
      expect(server.url).toMatch(/^http:\/\/localhost:\d+$/);
      const text = log.join('\n');
      expect(text).toContain('sudo: not found');
      expect(text).toContain('npx office-addin-dev-certs install');
      for (const file of ADDIN_FILES) {
        const response = await fetch(`${server.url}/${file}`);
        expect(response.status).toBe(200);
        expect(await response.text()).toBe(readDist(file));
      }
      expect((await fetch(`${server.url}/taskpane.js`)).headers.get('content-type')).toMatch(/^text\/javascript/);
      // Decodes to /../../package.json, a file that exists outside the served folder.
      expect((await fetch(`${server.url}/%2E%2E%2F%2E%2E%2Fpackage.json`)).status).toBe(404);
      expect((await fetch(`${server.url}/%E0`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('serves extra folders beside the add-in, for the preview page to come', async () => {
    const server = await serve({
      root,
      built,
      port: 0,
      httpsOptions: async () => Promise.reject(new Error('no certificates in this test')),
      staticRoots: [{ prefix: '/preview/', dir: path.join(excelDist, 'assets') }],
      log: () => {},
      sideload: false,
    });
    try {
      expect((await fetch(`${server.url}/preview/icon-16.png`)).headers.get('content-type')).toBe('image/png');
      expect((await fetch(`${server.url}/taskpane.html`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('prints, step by step, how to sideload manifest.xml into Excel on the web when there is no Excel', async () => {
    const certificates = await devCertificates();
    const log: string[] = [];
    const server = await serve({
      root,
      built,
      port: 0,
      httpsOptions: async () => certificates,
      excelDesktop: false,
      log: (line: string) => log.push(line),
    });
    await server.close();
    const text = log.join('\n');
    expect(text).toContain('Upload My Add-in');
    expect(text).toContain(path.join(root, 'manifest.xml'));
    expect(text).toMatch(/1\.[\s\S]*2\.[\s\S]*3\.[\s\S]*4\./);
    // The address the steps name is the one served.
    expect(text).toContain(`loads the add-in from ${server.url},`);
  });

  it('prints no sideloading steps without HTTPS, where none could work, and never names an https:// address', async () => {
    const log: string[] = [];
    const server = await serve({
      root,
      built,
      port: 0,
      httpsOptions: async () => Promise.reject(new Error('sudo: not found')),
      excelDesktop: false,
      log: (line: string) => log.push(line),
    });
    await server.close();
    const text = log.join('\n');
    expect(text).not.toMatch(/Upload My Add-in|Browse to/);
    expect(text).not.toMatch(/https:\/\/localhost/);
    expect(text.match(/HTTPS is not available/g)).toHaveLength(1);
  });
});
