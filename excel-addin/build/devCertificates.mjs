/**
 * npm start's HTTPS certificates: office-addin-dev-certs makes a localhost certificate and its CA in
 * ~/.office-addin-dev-certs and trusts the CA. On Linux it trusts it by running its script under
 * sudo, which a root shell (a container, a CI runner) often does not have, and root does not need.
 * So when that is the only thing that failed, this does what the script does, without sudo, in the
 * same places, so office-addin-dev-certs' own check finds the CA next time.
 */
import { execFileSync } from 'node:child_process';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/** office-addin-dev-certs' scripts/install_linux.sh, store by store: the tool it looks for and where it copies the CA. */
export const LINUX_TRUST_STORES = [
  { tool: '/usr/sbin/update-ca-certificates', target: '/usr/local/share/ca-certificates/office-addin-dev-certs/ca.crt' },
  { tool: '/usr/sbin/update-ca-trust', target: '/etc/ca-certificates/trust-source/anchors/office-addin-dev-certs-ca.crt' },
];

/**
 * Copies the CA into the first trust store this machine has and refreshes it.
 * @param {string} caFile
 * @param {object} [machine]  injectable, so tests never touch this machine's trust store
 * @returns {Promise<{ tool: string, target: string }>} the store used
 */
export async function installCaWithoutSudo(
  caFile,
  { stores = LINUX_TRUST_STORES, exists = existsSync, run = (tool) => execFileSync(tool, [], { stdio: 'pipe' }) } = {},
) {
  const store = stores.find((candidate) => exists(candidate.tool));
  if (!store) {
    throw new Error(
      `there is no ${stores.map((candidate) => path.basename(candidate.tool)).join(' or ')} here to trust the certificate with`,
    );
  }
  await mkdir(path.dirname(store.target), { recursive: true });
  await copyFile(caFile, store.target);
  run(store.tool);
  return store;
}

/** office-addin-dev-certs' functions and its default file names (one source for both). */
function loadDevCerts() {
  const require = createRequire(import.meta.url);
  return { ...require('office-addin-dev-certs'), defaults: require('office-addin-dev-certs/lib/defaults.js') };
}

/**
 * Certificates for https.createServer; throws (with office-addin-dev-certs' reason) when HTTPS cannot be had.
 * @param {object} [options]
 * @param {() => object} [options.devCerts]  office-addin-dev-certs, or a fake
 * @param {typeof installCaWithoutSudo} [options.installCa]
 * @param {boolean} [options.rootOnLinux]
 * @param {(line: string) => void} [options.log]
 */
export async function devHttpsOptions({
  devCerts = loadDevCerts,
  installCa = installCaWithoutSudo,
  rootOnLinux = process.platform === 'linux' && process.getuid?.() === 0,
  log = (line) => console.log(line),
} = {}) {
  const certs = devCerts();
  try {
    return await certs.getHttpsServerOptions();
  } catch (problem) {
    if (!rootOnLinux || !/\bsudo\b/.test(String(problem instanceof Error ? problem.message : problem))) throw problem;
  }
  const { caCertificatePath, localhostCertificatePath, localhostKeyPath, certificateDirectory, daysUntilCertificateExpires, domain } =
    certs.defaults;
  if (!(await certificatesUsable(caCertificatePath, localhostCertificatePath, localhostKeyPath))) {
    // office-addin-dev-certs does the same before making new ones: it never overwrites an existing CA.
    certs.deleteCertificateFiles(certificateDirectory);
    await certs.generateCertificates(caCertificatePath, localhostCertificatePath, localhostKeyPath, daysUntilCertificateExpires, domain);
  }
  const store = await installCa(caCertificatePath);
  log(
    `Trusted the localhost certificate without sudo (running as root): ` +
      `copied its CA to ${store.target} and ran ${path.basename(store.tool)}.`,
  );
  const [ca, cert, key] = await Promise.all([caCertificatePath, localhostCertificatePath, localhostKeyPath].map((file) => readFile(file)));
  return { ca, cert, key };
}

/** The three files exist, the certificate is the CA's, matches the key and is good for another day. */
async function certificatesUsable(caFile, certFile, keyFile) {
  try {
    const [ca, cert, key] = await Promise.all([caFile, certFile, keyFile].map((file) => readFile(file)));
    const [authority, certificate] = [new X509Certificate(ca), new X509Certificate(cert)];
    const dayFromNow = Date.now() + 24 * 60 * 60 * 1000;
    return (
      certificate.checkIssued(authority) &&
      certificate.verify(authority.publicKey) &&
      certificate.checkPrivateKey(createPrivateKey(key)) &&
      new Date(certificate.validTo).getTime() > dayFromNow
    );
  } catch {
    return false;
  }
}
