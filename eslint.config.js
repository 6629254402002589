import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'test-results/',
      'bench-results/',
      'reports/',
      '.stryker-tmp/',
      'tmp-shots/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Data must never be injected as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never inject data as HTML; build DOM nodes or use React.' },
        { property: 'outerHTML', message: 'Never inject data as HTML.' },
        { property: 'setHTML', message: 'Never inject data as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never inject data as HTML.',
        },
        {
          selector: "ImportDeclaration[source.value='zod'][importKind!='type']",
          message: 'Import z from src/domain/zod (set up once, so no eval probe meets the CSP).',
        },
        {
          selector: "ImportDeclaration[source.value='maplibre-gl']",
          message: 'Only src/map/ may import maplibre-gl (one adapter owns the map).',
        },
      ],
    },
  },
  { files: ['src/domain/zod.ts'], rules: { 'no-restricted-syntax': 'off' } },
  {
    files: ['src/map/**', 'bench/**', 'src/main.tsx'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  // Dependencies point one way: domain ← analysis/state ← layers ← map ← ui (io and present at the
  // edges). Each folder lists the folders it must not import from.
  ...Object.entries({
    domain: ['analysis', 'state', 'layers', 'map', 'ui', 'io', 'present'],
    analysis: ['state', 'layers', 'map', 'ui', 'io', 'present'],
    state: ['layers', 'map', 'ui', 'io', 'present'],
    layers: ['map', 'ui', 'io', 'present'],
    map: ['ui', 'io', 'present'],
  }).map(([folder, banned]) => ({
    files: [`src/${folder}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: banned.map((b) => ({
            group: [`../${b}`, `../${b}/*`],
            message: `src/${folder}/ must not depend on src/${b}/ (dependencies point one way; see README, Architecture).`,
          })),
        },
      ],
    },
  })),
);
