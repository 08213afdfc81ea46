/**
 * Checks manifest.xml offline against Microsoft's manifest XSDs (kept in ../shared/reference/),
 * with xmllint compiled to WebAssembly so no native tool is needed. office-addin-manifest's own
 * validate command posts the manifest to a web service, which these machines cannot reach.
 * The XSDs cannot say that a resid names a resource that exists, so that is checked here too.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const schemaDir = path.resolve(root, '../shared/reference/office-manifest-xsd');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

/** Problems with the manifest, one line each; empty when it is valid. */
export async function validateManifest(manifestPath, { schemas = schemaDir } = {}) {
  const xml = await readFile(manifestPath, 'utf8');
  let schemaFiles;
  try {
    schemaFiles = (await readdir(schemas)).filter((name) => name.endsWith('.xsd'));
  } catch {
    return [`The manifest schemas are missing: expected Microsoft's XSDs in ${schemas}.`];
  }
  const load = async (fileName) => ({ fileName, contents: await readFile(path.join(schemas, fileName), 'utf8') });
  const result = await validateXML({
    xml: [{ fileName: path.basename(manifestPath), contents: xml }],
    schema: [await load(MAIN_SCHEMA)],
    // The main schema imports the others by file name.
    preload: await Promise.all(schemaFiles.filter((name) => name !== MAIN_SCHEMA).map(load)),
  });
  const schemaProblems = result.errors.map((error) => (error.loc ? `line ${error.loc.lineNumber}: ${error.message}` : error.rawMessage));
  return [...schemaProblems, ...unresolvedResourceIds(xml)];
}

/** A resid that names no resource makes Office reject the add-in when it loads. */
function unresolvedResourceIds(xml) {
  const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, '');
  const resources = withoutComments.match(/<Resources>[\s\S]*<\/Resources>/)?.[0] ?? '';
  const defined = new Set([...resources.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]));
  const used = new Set([...withoutComments.matchAll(/\bresid="([^"]+)"/g)].map((match) => match[1]));
  return [...used].filter((id) => !defined.has(id)).map((id) => `resid "${id}" names no resource in <Resources>.`);
}
