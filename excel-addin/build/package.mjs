/**
 * npm run package: what a school uploads, from what `npm run build -- --base-url ...` wrote.
 *   dist/tracklight-excel.zip  dist/excel as it is, to unzip onto the school's HTTPS host
 *   dist/manifest.xml          the same manifest, beside it, for Microsoft 365 admin centre > Integrated apps
 * It refuses a build that still points at this computer (no one else could load it) and a
 * manifest that does not validate, so what it writes is ready to upload.
 */
import { copyFile, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEV_BASE_URL, describeManifest } from './baseUrl.mjs';
import { validateManifest } from './validateManifest.mjs';
import { folderEntries, zip } from './zip.mjs';

export const PACKAGE_ZIP = 'tracklight-excel.zip';
export const PACKAGE_MANIFEST = 'manifest.xml';
const BUILD_HINT = 'npm run build -- --base-url https://<your HTTPS host>/<folder>/';

/**
 * @param {object} options
 * @param {string} options.distDir  the build's dist/ (its excel/ folder is packaged; nothing else in dist/ is)
 * @param {(line: string) => void} [options.log]
 */
export async function packageExcel({ distDir, log = (line) => console.log(line) }) {
  const excelDir = path.join(distDir, 'excel');
  const manifestPath = path.join(excelDir, 'manifest.xml');
  if (!(await stat(manifestPath).catch(() => null))?.isFile()) {
    throw new Error(`There is no built add-in in ${excelDir} to package. Build it for your server first: ${BUILD_HINT}`);
  }
  const manifest = describeManifest(await readFile(manifestPath, 'utf8'));
  const location = new URL(manifest.sourceLocation ?? DEV_BASE_URL);
  if (location.hostname === 'localhost' || location.hostname === '127.0.0.1' || location.hostname === '[::1]') {
    throw new Error(
      `${manifestPath} points at ${location.origin}, which only this computer can reach, so staff could not load it. ` +
        `Build for your server first: ${BUILD_HINT}`,
    );
  }
  const problems = await validateManifest(manifestPath);
  if (problems.length) {
    throw new Error(`${manifestPath} does not validate, so Microsoft 365 would refuse it:\n${problems.join('\n')}`);
  }

  const entries = await folderEntries(excelDir);
  const zipFile = path.join(distDir, PACKAGE_ZIP);
  const manifestFile = path.join(distDir, PACKAGE_MANIFEST);
  await writeFile(zipFile, zip(entries));
  await copyFile(manifestPath, manifestFile);

  const base = manifest.sourceLocation.replace(/\/taskpane\.html$/, '/');
  log(`Packaged Tracklight ${manifest.version} (add-in id ${manifest.id}) for ${base}`);
  const shown = (file) => path.relative(process.cwd(), file) || file;
  log(`  ${shown(zipFile)}: ${entries.length} files; unzip them so ${base}taskpane.html opens in a browser`);
  log(`  ${shown(manifestFile)}: upload it in Microsoft 365 admin centre > Settings > Integrated apps > Upload custom apps`);
  return { zipFile, manifestFile, files: entries.map((entry) => entry.name), manifest };
}
