/**
 * The built folder carries its hosts' settings for the CORS header Excel on the web needs on
 * functions.json: web.config for IIS and staticwebapp.config.json for Azure Static Web Apps.
 */
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
// @ts-expect-error plain JavaScript build step, no type declarations.
import { CORS_FILE, CORS_HEADER } from '../../excel-addin/build/hostConfig.mjs';
import { readDist } from './excelBundle';

describe('the built folder’s host settings', () => {
  it('names the file Excel on the web fetches cross-origin: the manifest’s functions metadata', () => {
    const metadataUrl = readDist('manifest.xml').match(/id="Functions\.Metadata\.Url" DefaultValue="([^"]+)"/)?.[1];
    expect(metadataUrl?.endsWith(`/${CORS_FILE}`)).toBe(true);
    expect(CORS_HEADER).toEqual({ name: 'Access-Control-Allow-Origin', value: '*' });
  });

  it('web.config is well-formed and gives functions.json the header and IIS a .json MIME type it cannot duplicate', async () => {
    const webConfig = readDist('web.config');
    const parsed = await validateXML({ xml: { fileName: 'web.config', contents: webConfig }, normalization: 'c14n' });
    expect(parsed.errors).toEqual([]);
    const location = webConfig.match(/<location path="([^"]+)">([\s\S]*?)<\/location>/);
    expect(location?.[1]).toBe(CORS_FILE);
    expect(location?.[2]).toContain(`<add name="${CORS_HEADER.name}" value="${CORS_HEADER.value}" />`);
    const staticContent = webConfig.match(/<staticContent>([\s\S]*?)<\/staticContent>/)?.[1] ?? '';
    expect(staticContent.indexOf('<remove fileExtension=".json" />')).toBeGreaterThanOrEqual(0);
    expect(staticContent.indexOf('<remove fileExtension=".json" />')).toBeLessThan(
      staticContent.indexOf('<mimeMap fileExtension=".json"'),
    );
  });

  it('staticwebapp.config.json gives the route of functions.json the header', () => {
    const config = JSON.parse(readDist('staticwebapp.config.json')) as { routes: { route: string; headers: Record<string, string> }[] };
    const route = config.routes.find((candidate) => candidate.route === `/${CORS_FILE}`);
    expect(route?.headers).toEqual({ [CORS_HEADER.name]: CORS_HEADER.value });
  });
});
