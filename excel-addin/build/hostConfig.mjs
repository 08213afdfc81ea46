/**
 * Excel on the web reads functions.json from the school's server with a cross-origin request, so
 * that file must carry Access-Control-Allow-Origin (Microsoft: "the server that hosts the JSON file
 * must have CORS enabled in order for custom functions to work correctly in Excel on the web").
 * Two static hosts read their settings from the folder itself, so the build writes them there:
 *   web.config                 IIS (a school's own server, Azure App Service)
 *   staticwebapp.config.json   Azure Static Web Apps
 * GitHub Pages sends Access-Control-Allow-Origin: * on every file already and reads neither.
 * `*` is what Microsoft's own hosting steps use: Excel on the web calls from several origins that
 * change, and nothing in the folder is private (it is the add-in's code, never pupil data).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

export const CORS_FILE = 'functions.json';
export const CORS_HEADER = { name: 'Access-Control-Allow-Origin', value: '*' };

// IIS refuses a duplicate MIME map (HTTP 500.19) and newer IIS already maps .json, so remove, then add.
const WEB_CONFIG = `<?xml version="1.0" encoding="utf-8"?>
<!-- Tracklight for Excel on IIS: Excel on the web needs CORS on functions.json. -->
<configuration>
  <system.webServer>
    <staticContent>
      <remove fileExtension=".json" />
      <mimeMap fileExtension=".json" mimeType="application/json" />
    </staticContent>
  </system.webServer>
  <location path="${CORS_FILE}">
    <system.webServer>
      <httpProtocol>
        <customHeaders>
          <add name="${CORS_HEADER.name}" value="${CORS_HEADER.value}" />
        </customHeaders>
      </httpProtocol>
    </system.webServer>
  </location>
</configuration>
`;

const STATIC_WEB_APP_CONFIG = {
  routes: [{ route: `/${CORS_FILE}`, headers: { [CORS_HEADER.name]: CORS_HEADER.value } }],
};

/** Writes both hosts' settings into the built folder. */
export async function writeHostConfig(outDir) {
  await writeFile(path.join(outDir, 'web.config'), WEB_CONFIG);
  await writeFile(path.join(outDir, 'staticwebapp.config.json'), `${JSON.stringify(STATIC_WEB_APP_CONFIG, null, 2)}\n`);
}
