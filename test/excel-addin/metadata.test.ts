/**
 * functions.json is what Excel shows in autocomplete and how it passes arguments: it must say
 * exactly what the registry says, and the build must stop on anything the metadata tool rejects.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFINITIONS } from '../../core/index';
import { metadataDrift } from '../../excel-addin/build/declarations';
// @ts-expect-error plain JavaScript build step, no type declarations.
import { metadataFromDeclarations } from '../../excel-addin/build/buildExcel.mjs';
import { readDist } from './excelBundle';

interface Parameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Entry {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result?: { dimensionality?: string };
}

const metadata = JSON.parse(readDist('functions.json')) as { functions: Entry[] };

describe('functions.json', () => {
  it('lists every registry function, in order, and no other', () => {
    expect(metadata.functions.map((entry) => entry.id)).toEqual(DEFINITIONS.map((definition) => definition.name));
  });

  it.each(DEFINITIONS.map((definition) => [definition.name, definition] as const))(
    'describes %s as the registry does',
    (name, definition) => {
      const entry = metadata.functions.find((candidate) => candidate.id === name)!;
      // The namespace (PUPIL) comes from the manifest, so the name is the bare registry name.
      expect(entry.name).toBe(name);
      expect(entry.description).toBe(definition.description);
      expect(entry.parameters.map((param) => param.name)).toEqual(definition.params.map((param) => param.name));
      definition.params.forEach((param, index) => {
        const got = entry.parameters[index]!;
        const takesRange = param.kind !== 'scalar';
        expect(got.description, `${name} ${param.name}`).toBe(param.description);
        expect(Boolean(got.optional), `${name} ${param.name} optional`).toBe(param.optional);
        // Ranges come in as any[][], so the core reads every cell itself and can explain a bad one.
        expect(got.dimensionality ?? 'scalar', `${name} ${param.name} dimensionality`).toBe(takesRange ? 'matrix' : 'scalar');
        expect(got.type, `${name} ${param.name} type`).toBe(takesRange ? 'any' : param.type);
      });
      // A function that takes a range can answer with one, so Excel must expect a spill.
      const takesAnyRange = definition.params.some((param) => param.kind !== 'scalar');
      expect(entry.result?.dimensionality ?? 'scalar').toBe(takesAnyRange ? 'matrix' : 'scalar');
    },
  );
});

describe('the metadata step of the build', () => {
  it('fails on any error custom-functions-metadata reports, whose CLI would exit 0', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tracklight-metadata-test-'));
    const file = path.join(dir, 'broken.ts');
    await writeFile(
      file,
      '/**\n * A bad name.\n * @customfunction ON-TRACK\n * @param {any[][]} current Grades.\n */\n' +
        'declare function ON_TRACK(current: any[][]): any[][];\n',
    );
    await expect(metadataFromDeclarations(file)).rejects.toThrow(/invalid characters/);
    await rm(dir, { recursive: true, force: true });
  });

  it('reports drift between a functions.json and the registry', () => {
    const drifted = structuredClone(metadata);
    drifted.functions[1]!.parameters.pop();
    drifted.functions[2]!.description = 'Something else';
    drifted.functions.push({ ...drifted.functions[0]!, id: 'EXTRA', name: 'EXTRA' });
    const problems = metadataDrift(drifted);
    expect(problems.some((problem) => problem.includes('EXTRA'))).toBe(true);
    expect(problems.some((problem) => problem.startsWith(`${DEFINITIONS[1].name}: has`))).toBe(true);
    expect(problems.some((problem) => problem.startsWith(`${DEFINITIONS[2].name}: description`))).toBe(true);
    expect(metadataDrift(metadata)).toEqual([]);
  });
});
