// Test entry: exposes lib/platforms/editors/ as window.__pranataEditors, to be evaluated in an
// isolated world of a playground page (like a content script). Relative import: esbuild bundles it.
import * as editors from '../../lib/platforms/editors';

declare global {
  var __pranataEditors: typeof editors;
}

globalThis.__pranataEditors = editors;
