import { build } from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// What the platform pages load (the content script at load, overlay-ui.js on first focus,
// capture-ui.js when a capture is asked for) must not pull the validators or the extension pages' libraries: zod (about 24 KB gzip) came in through one
// constant of a schema file (issue 19). The background validates every message (lib/messaging.ts);
// the page needs the types only. Bundled with esbuild (tsconfig paths, Preact as the build uses).
const ROOT = resolve(import.meta.dirname, '../../..');
const ENTRIES = ['entrypoints/overlay.content/index.ts', 'entrypoints/overlay-ui.ts', 'entrypoints/capture-ui.ts'];
const NOT_IN_PAGE = ['zod', 'dexie', 'react-dom', 'dexie-export-import', 'redos-detector', 'regjsparser', 'uplot'];

describe('page-world bundles', () => {
  it.each(ENTRIES)('%s imports none of the extension pages\' libraries', async (entry) => {
    const out = await build({
      absWorkingDir: ROOT,
      entryPoints: [entry],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      outdir: 'out',
      logLevel: 'silent',
      jsx: 'automatic',
      alias: { react: 'preact/compat', 'react-dom': 'preact/compat', 'react/jsx-runtime': 'preact/jsx-runtime' },
    });
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs.length).toBeGreaterThan(20);
    const packages = new Set(inputs.flatMap((p) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(p)?.slice(1) ?? []));
    expect(NOT_IN_PAGE.filter((p) => packages.has(p))).toEqual([]);
  }, 30_000);
});
