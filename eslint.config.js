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
          selector: "ImportDeclaration[source.value='maplibre-gl']",
          message: 'Only src/map/ may import maplibre-gl (one adapter owns the map).',
        },
      ],
    },
  },
  {
    files: ['src/map/**', 'bench/**', 'src/main.tsx'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
