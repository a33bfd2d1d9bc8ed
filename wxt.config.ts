import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import { hostMatches } from './lib/platforms/meta';
import { noLegacyPolyfills } from './scripts/no-legacy-polyfills';

const PLATFORM_MATCHES = hostMatches();

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // PRANATA_OUT lets parallel builds (e.g. several engineers' test runs) use separate folders.
  outDir: process.env.PRANATA_OUT ?? '.output',
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Pranata',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    // alarms: the nightly roll-up of the engagement history (lib/setup/maintenance-alarm.ts).
    // unlimitedStorage: the IndexedDB history must not be evicted. No "storage": nothing uses browser.storage.
    // offscreen (Chrome only; Firefox has no such API, its background page starts the worker
    // itself): the document whose worker runs the admin's custom rules under a hard budget
    // (lib/sandbox/offscreen-client.ts, issue 21 item 3).
    permissions: ['unlimitedStorage', 'alarms', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: PLATFORM_MATCHES,
    // Drawn for the project: SVG sources in assets/, PNGs made by `npm run icons` (scripts/icons.mjs).
    icons: ICONS,
    action: { default_title: '__MSG_extName__', default_icon: { 16: ICONS[16], 32: ICONS[32] } },
    // The overlay's UI script is imported by the content script on first use (see
    // entrypoints/overlay.content/ui-loader.ts); only the three platforms may load it, and only
    // at a per-session URL (use_dynamic_url): a page that fetches chrome-extension://<id>/overlay-ui.js
    // to tell whether Pranata is installed gets nothing (issue 21). The checker's word list is
    // fetched beside it, as a file rather than as script (issue 19).
    web_accessible_resources: [{ resources: ['overlay-ui.js', 'capture-ui.js', 'dictionary/id-words.bin'], matches: PLATFORM_MATCHES, use_dynamic_url: true }],
    commands: {
      'open-palette': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_cmdOpenPalette__',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'pranata@humas.local',
        strict_min_version: '128.0',
        // Pranata collects nothing: everything stays in the browser.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
  hooks: {
    // Every UI gets Preact's React-compatible runtime (about 10 KB gzip) instead of React DOM (about 63 KB):
    // the content script and its lazily loaded UI inside every platform page, and the extension pages
    // (popup, options, report are one Vite build, so one alias for all three), where React DOM was
    // 38 % of what the popup parsed before its first number (issue 19, the bench's bundle report).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script' || e.name === 'overlay-ui' || e.inputPath.endsWith('.html'))) return;
      config.resolve ??= {};
      const alias = {
        react: 'preact/compat',
        'react-dom/client': 'preact/compat/client',
        'react-dom': 'preact/compat',
        'react/jsx-runtime': 'preact/jsx-runtime',
      };
      config.resolve.alias = { ...(config.resolve.alias as Record<string, string> | undefined), ...alias };
    },
  },
  vite: () => ({
    resolve: { alias: { '@': resolve(import.meta.dirname) } },
    plugins: [noLegacyPolyfills()],
    // PRANATA_SOURCEMAP=1 (set by `npm run bench`): hidden maps next to the scripts, for the bundle
    // report (tests/bench/bundle-report.ts); the code is the same, only the .map files are added.
    build: { sourcemap: process.env.PRANATA_SOURCEMAP === '1' ? 'hidden' : false },
  }),
});
