/**
 * npm start's certificates when office-addin-dev-certs cannot trust its CA because there is no sudo
 * but the user is root: the CA is installed without sudo, where office-addin-dev-certs' own
 * script would put it. Nothing here touches this machine's trust store: the stores, the refresh
 * command and office-addin-dev-certs itself are replaced by temporary folders and recorders.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateCertificates } from 'office-addin-dev-certs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript build step, no type declarations.
import { devHttpsOptions, installCaWithoutSudo, LINUX_TRUST_STORES } from '../../excel-addin/build/devCertificates.mjs';
import { repoRoot } from './tempRepo';

const SUDO_MISSING = 'Unable to install the CA certificate. /bin/sh: 1: sudo: not found';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tracklight-certs-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Trust stores shaped like office-addin-dev-certs' Linux ones, inside the test's folder. */
function fakeStores() {
  return LINUX_TRUST_STORES.map((store: { tool: string; target: string }) => ({
    tool: path.join(dir, 'bin', path.basename(store.tool)),
    target: path.join(dir, 'trust', store.target),
  }));
}

describe('installCaWithoutSudo', () => {
  it('mirrors office-addin-dev-certs’ Linux script: the same two stores, the same files', async () => {
    const script = await readFile(path.join(repoRoot, 'node_modules/office-addin-dev-certs/scripts/install_linux.sh'), 'utf8');
    for (const { tool, target } of LINUX_TRUST_STORES) {
      expect(script).toContain(tool);
      // The script copies ca.crt into a folder, or to a named file: either way the same place.
      expect(script.includes(target) || script.includes(path.dirname(target))).toBe(true);
    }
    expect(script).toMatch(/sudo/);
  });

  it('copies the CA into the first store this machine has and runs its refresh, without sudo', async () => {
    const ca = path.join(dir, 'ca.crt');
    await writeFile(ca, '-----BEGIN CERTIFICATE-----\nfake\n-----END CERTIFICATE-----\n');
    const stores = fakeStores();
    const ran: string[] = [];
    const used = await installCaWithoutSudo(ca, {
      stores,
      exists: (tool: string) => tool === stores[0].tool,
      run: (tool: string) => ran.push(tool),
    });
    expect(used).toEqual(stores[0]);
    expect(await readFile(stores[0].target, 'utf8')).toBe(await readFile(ca, 'utf8'));
    expect(ran).toEqual([stores[0].tool]);
  });

  it('uses update-ca-trust where update-ca-certificates is missing (Fedora, Arch)', async () => {
    const ca = path.join(dir, 'ca.crt');
    await writeFile(ca, 'ca');
    const stores = fakeStores();
    const ran: string[] = [];
    await installCaWithoutSudo(ca, { stores, exists: (tool: string) => tool === stores[1].tool, run: (tool: string) => ran.push(tool) });
    expect(ran).toEqual([stores[1].tool]);
    expect(await readFile(stores[1].target, 'utf8')).toBe('ca');
  });

  it('says so when the machine has neither', async () => {
    await expect(
      installCaWithoutSudo(path.join(dir, 'ca.crt'), { stores: fakeStores(), exists: () => false, run: () => {} }),
    ).rejects.toThrow(/no update-ca-certificates or update-ca-trust/);
  });
});

describe('devHttpsOptions', () => {
  /** office-addin-dev-certs with its files in the test's folder, whose own install fails as it does without sudo. */
  function fakeDevCerts(failure: string | null) {
    const defaults = {
      certificateDirectory: path.join(dir, '.office-addin-dev-certs'),
      caCertificatePath: path.join(dir, '.office-addin-dev-certs', 'ca.crt'),
      localhostCertificatePath: path.join(dir, '.office-addin-dev-certs', 'localhost.crt'),
      localhostKeyPath: path.join(dir, '.office-addin-dev-certs', 'localhost.key'),
      daysUntilCertificateExpires: 30,
      domain: ['127.0.0.1', 'localhost'],
    };
    const calls: string[] = [];
    return {
      calls,
      defaults,
      load: () => ({
        defaults,
        getHttpsServerOptions: async () => {
          calls.push('getHttpsServerOptions');
          if (failure) throw new Error(failure);
          return { from: 'office-addin-dev-certs' };
        },
        generateCertificates: (...args: Parameters<typeof generateCertificates>) => {
          calls.push('generateCertificates');
          return generateCertificates(...args);
        },
        deleteCertificateFiles: () => calls.push('deleteCertificateFiles'),
      }),
    };
  }

  function recordingInstaller() {
    const installed: string[] = [];
    const installCa = async (caFile: string) => {
      installed.push(await readFile(caFile, 'utf8'));
      return { tool: '/usr/sbin/update-ca-certificates', target: '/usr/local/share/ca-certificates/office-addin-dev-certs/ca.crt' };
    };
    return { installed, installCa };
  }

  it('uses office-addin-dev-certs’ certificates when it could trust them itself', async () => {
    const devCerts = fakeDevCerts(null);
    const { installed, installCa } = recordingInstaller();
    expect(await devHttpsOptions({ devCerts: devCerts.load, installCa, rootOnLinux: true, log: () => {} })).toEqual({
      from: 'office-addin-dev-certs',
    });
    expect(installed).toEqual([]);
  });

  it('as root without sudo: makes the certificates, installs the CA itself, says so once, and serves them', async () => {
    const devCerts = fakeDevCerts(SUDO_MISSING);
    const { installed, installCa } = recordingInstaller();
    const log: string[] = [];
    const options = await devHttpsOptions({
      devCerts: devCerts.load,
      installCa,
      rootOnLinux: true,
      log: (line: string) => log.push(line),
    });
    const ca = await readFile(devCerts.defaults.caCertificatePath, 'utf8');
    expect(installed).toEqual([ca]);
    expect(options.ca.toString()).toBe(ca);
    expect(options.cert.toString()).toBe(await readFile(devCerts.defaults.localhostCertificatePath, 'utf8'));
    expect(options.key.toString()).toBe(await readFile(devCerts.defaults.localhostKeyPath, 'utf8'));
    expect(devCerts.calls).toEqual(['getHttpsServerOptions', 'deleteCertificateFiles', 'generateCertificates']);
    expect(log).toEqual([
      expect.stringMatching(/without sudo \(running as root\).*\/usr\/local\/share\/ca-certificates\/.*update-ca-certificates/),
    ]);
  });

  it('keeps certificates that are still good and only installs the CA', async () => {
    const devCerts = fakeDevCerts(SUDO_MISSING);
    const { caCertificatePath, localhostCertificatePath, localhostKeyPath } = devCerts.defaults;
    await generateCertificates(caCertificatePath, localhostCertificatePath, localhostKeyPath, 30);
    const before = await readFile(localhostCertificatePath, 'utf8');
    const { installed, installCa } = recordingInstaller();
    await devHttpsOptions({ devCerts: devCerts.load, installCa, rootOnLinux: true, log: () => {} });
    expect(devCerts.calls).toEqual(['getHttpsServerOptions']);
    expect(await readFile(localhostCertificatePath, 'utf8')).toBe(before);
    expect(installed).toHaveLength(1);
  });

  it.each([
    ['not root', SUDO_MISSING, false],
    ['root, but the failure is not about sudo', 'Unable to generate the CA certificate.', true],
  ])('passes the failure on untouched when %s', async (_case, failure, rootOnLinux) => {
    const devCerts = fakeDevCerts(failure);
    const { installed, installCa } = recordingInstaller();
    await expect(devHttpsOptions({ devCerts: devCerts.load, installCa, rootOnLinux, log: () => {} })).rejects.toThrow(failure);
    expect(installed).toEqual([]);
    expect(devCerts.calls).toEqual(['getHttpsServerOptions']);
  });
});
