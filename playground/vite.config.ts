import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { PLATFORM_IDS } from '../lib/platforms/meta';

const here = import.meta.dirname;

// Multi-page build: one HTML per platform at the root of dist/, hashed assets under
// /assets/ with absolute URLs, because the e2e harness serves x.com/<any path> → x.html etc.
export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  // draft-js (through fbjs) still reads Node's `global`.
  define: { global: 'globalThis' },
  resolve: { alias: { '@': resolve(here, '..') } },
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // Everything is bundled: no external fonts or images, no network at run time.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        index: resolve(here, 'index.html'),
        // One page per platform of lib/platforms/meta.ts: playground/<id>.html.
        ...Object.fromEntries(PLATFORM_IDS.map((id) => [id, resolve(here, `${id}.html`)])),
      },
      output: {
        // React is shared by the three pages: give its chunk a name that says so.
        manualChunks(id) {
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          return undefined;
        },
      },
    },
  },
});
