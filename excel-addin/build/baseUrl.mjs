/**
 * Where a build's manifest sends Excel, and under which add-in id. manifest.xml names the dev server
 * (DEV_BASE_URL); a school's build names its own HTTPS server instead and, unless asked for a new
 * one, keeps manifest.xml's <Id>, because Microsoft 365 treats an upload with the same id and a
 * higher <Version> as an update of the add-in already deployed.
 */
import { randomUUID } from 'node:crypto';

export const DEV_BASE_URL = 'https://localhost:3000';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The base URL the manifest's addresses start with, without a trailing slash; throws a message that
 * says what to type instead. Office loads add-ins only over HTTPS, so http:// is allowed only for
 * this computer (localhost), for development.
 * @param {string} text  e.g. https://tracklight.school.example/ or https://tools.school.example/tracklight
 * @param {string} [from]  where the address came from, for the message
 */
export function parseBaseUrl(text, from = '--base-url') {
  const example = 'for example --base-url https://tracklight.your-school.example/';
  let url;
  try {
    url = new URL(text.trim());
  } catch {
    throw new Error(`${from} '${text}' is not a web address: give the full address the add-in's folder is served from, ${example}`);
  }
  const local = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new Error(
      `${from} '${text}' is not an https:// address. Office loads add-ins only over HTTPS, so serve the folder from a host ` +
        `with a certificate and give that address, ${example} (http:// is accepted only for localhost, for development).`,
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new Error(`${from} '${text}' has a user name, password, ?query or #fragment: give only the folder's address, ${example}`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The build's base URL: --base-url if given, else TRACKLIGHT_EXCEL_BASE_URL, else the dev server. */
export function resolveBaseUrl({ flag, env = process.env.TRACKLIGHT_EXCEL_BASE_URL } = {}) {
  if (flag !== undefined) return parseBaseUrl(flag, '--base-url');
  return env ? parseBaseUrl(env, 'TRACKLIGHT_EXCEL_BASE_URL') : DEV_BASE_URL;
}

/** The add-in id for a build: a fresh GUID with --new-id, the one given with --id, else manifest.xml's own. */
export function chooseAddinId({ newId = false, id } = {}) {
  if (newId && id) throw new Error('Give either --new-id or --id <guid>, not both.');
  if (newId) return randomUUID();
  if (id !== undefined && !GUID.test(id)) {
    throw new Error(`--id '${id}' is not a GUID such as c5d98ff6-55d5-4db5-a7de-348c5bbcad93 (the id an earlier --new-id build printed).`);
  }
  return id;
}

/** manifest.xml's text for a build: every dev-server address moved to `baseUrl`, and the <Id> replaced when `addinId` is given. */
export function manifestFor(manifest, { baseUrl = DEV_BASE_URL, addinId } = {}) {
  const moved = manifest.replaceAll(DEV_BASE_URL, baseUrl);
  return addinId ? moved.replace(/<Id>[^<]*<\/Id>/, `<Id>${addinId}</Id>`) : moved;
}

/** What a manifest says about itself: its <Id>, <Version> and the address its pane loads from. */
export function describeManifest(manifest) {
  const withoutComments = manifest.replace(/<!--[\s\S]*?-->/g, '');
  return {
    id: withoutComments.match(/<Id>([^<]*)<\/Id>/)?.[1],
    version: withoutComments.match(/<Version>([^<]*)<\/Version>/)?.[1],
    sourceLocation: withoutComments.match(/<SourceLocation DefaultValue="([^"]+)"/)?.[1],
  };
}
