import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFINITIONS } from '../../core/index';
import { signatureText } from '../../core/registry/signature';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('opens with the install-and-run command and the test command', () => {
    const firstBlock = readme.split('```')[1] ?? '';
    expect(firstBlock).toMatch(/npm install && npm start/);
    expect(firstBlock).toMatch(/npm install && npm test/);
  });

  it.each(DEFINITIONS.map((definition) => [definition.name, definition] as const))(
    'documents %s with its Excel and Sheets spellings and every parameter',
    (_name, definition) => {
      expect(readme).toContain(`| \`${signatureText(definition, { namespace: 'PUPIL' })}\` | \`${signatureText(definition)}\` |`);
    },
  );
});
