// ESLint for the whole tree (npm run lint). A dotfile because the top level holds only the
// project's own folders and files; package.json passes it with --config.
import importX from 'eslint-plugin-import-x';
import { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'test-results/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mjs', '.js', '.json'] })] },
    rules: {
      // Two files that import each other (even for types) cannot be read, tested or moved alone.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
      'max-len': ['error', { code: 139, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
  {
    // Tests reach into the fakes of Office and Apps Script, whose full types the fakes do not claim to have.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Host code talks to Excel and Apps Script through promises: one left floating loses its error.
    files: ['excel-addin/**/*.ts', 'sheets-addon/**/*.ts', 'core/panel/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
);
