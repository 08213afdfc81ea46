/**
 * Test support: LibreOffice Calc run headless, as a second real spreadsheet engine. Each run
 * gets a private profile (so it never hands the job to a LibreOffice the machine already has
 * open, and never reads anyone's settings) that tells Calc to recalculate every .xlsx on load:
 * by default Calc trusts the results the file claims (Tools > Options > Calc > Formula >
 * "Recalculation on file load", Excel 2007 and newer: "Never recalculate"), and the test would
 * then check only what the writer stored. The locale is fixed to English (UK), since the rules
 * assume numbers turn into text with a "." (see core/rules/gradeExpression.ts).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const INSTALL_LIBREOFFICE = 'apt-get install -y --no-install-recommends libreoffice-calc-nogui';

function onPath(command: string): string | undefined {
  for (const folder of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(folder, command);
    if (folder !== '' && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The soffice program, or an error that says how to install it: the tests fail, never skip, without it. */
export function findLibreOffice(): string {
  const found = onPath('soffice') ?? onPath('libreoffice');
  if (!found) throw new Error(`LibreOffice is not installed (no soffice or libreoffice on PATH). Install it with: ${INSTALL_LIBREOFFICE}`);
  return found;
}

/** OOXMLRecalcMode: 0 always recalculates, 1 never does (the default), 2 asks (which headless cannot). */
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-GB</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
`;

async function createProfile(folder: string): Promise<string> {
  await mkdir(path.join(folder, 'user'), { recursive: true });
  await writeFile(path.join(folder, 'user', 'registrymodifications.xcu'), PROFILE_SETTINGS);
  return pathToFileURL(folder).href;
}

export interface Conversion {
  /** The file to open. */
  input: string;
  /** soffice's --convert-to argument: an extension, optionally with ":filter:options". */
  convertTo: string;
  /** The extension of the file it writes. */
  extension: string;
  /** A fresh folder for the profile and the output. */
  workFolder: string;
}

/** Opens `input` in Calc headless, recalculates it and saves it as another format; returns the new file's path. */
export async function convertWithLibreOffice({ input, convertTo, extension, workFolder }: Conversion): Promise<string> {
  const soffice = findLibreOffice();
  const profile = await createProfile(path.join(workFolder, 'profile'));
  const outFolder = path.join(workFolder, 'out');
  const args = [
    `-env:UserInstallation=${profile}`,
    '--headless',
    '--norestore',
    '--nolockcheck',
    '--convert-to',
    convertTo,
    '--outdir',
    outFolder,
    input,
  ];
  const { stdout, stderr } = await run(soffice, args, { timeout: 50_000 });
  const output = path.join(outFolder, `${path.basename(input, path.extname(input))}.${extension}`);
  // soffice exits 0 even when it could not convert: the file is the proof.
  if (!existsSync(output)) throw new Error(`LibreOffice wrote no ${extension} for ${input}.\nstdout: ${stdout}\nstderr: ${stderr}`);
  return output;
}
