import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', '.output*/**', '.wxt', 'playground/dist', 'test-results', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Insert text as text.' },
        { property: 'outerHTML', message: 'Insert text as text.' },
        { property: 'insertAdjacentHTML', message: 'Insert text as text.' }],
    },
  },
  // The design's boundaries (../shared/design/ARCHITECTURE.md, issue 13 item 7): the content script
  // reaches the database only through messages, and carries types, not validators.
  {
    files: ['entrypoints/overlay.content/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['dexie', 'dexie-*', '@/lib/db', '@/lib/db/*', '@/lib/handlers', '@/lib/handlers/*', '@/lib/backup/*', '@/lib/pack/*'],
            message: 'The content script reaches the database only through messages (lib/messaging-client.ts).' },
          { group: ['zod'], allowTypeImports: true, message: 'Validation belongs to the background (the trust boundary); the page needs types only.' },
        ],
        // Every surface's strings (78 KB) would be parsed inside the site's page (issue 19).
        paths: ['@/lib/i18n', '@/lib/i18n/index', '@/lib/i18n/id', '@/lib/i18n/en', '@/lib/i18n/react'].map((name) => ({
          name,
          allowTypeImports: true,
          message: "The page uses its own small catalogs: lib/i18n/page.ts (tc), the palette's tp, the badges' tb.",
        })),
      }],
    },
  },
  // The pure core knows no extension API: testable in Node, importable anywhere.
  {
    files: ['lib/engagement/**', 'lib/style/**', 'lib/text/**', 'lib/templates/**', 'lib/schemas/**', 'lib/i18n/**', 'lib/platforms/**', 'lib/capture/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['wxt', 'wxt/*', '#imports', 'dexie', '@/lib/db', '@/lib/db/*', '@/lib/handlers/*', '@/entrypoints/*', '@/components/*'],
            message: 'The pure core imports no extension API, database or UI.' },
        ],
      }],
    },
  },
);
