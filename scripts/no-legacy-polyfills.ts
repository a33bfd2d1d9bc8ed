import type { Plugin } from 'vite';

const EMPTY = '\0pranata-no-legacy-polyfill';

/**
 * twitter-text's ES build imports core-js 2's ES2015 polyfills (es6.regexp.match, es6.array.sort,
 * web.dom.iterable…) one module at a time. Every browser Pranata supports (Chrome with MV3,
 * Firefox ≥ 128: manifest) has them natively, so core-js's own feature checks would find the
 * native ones and keep them; the modules are dead weight in every bundle that counts a length
 * (8.6 KB gzip of overlay-ui.js, issue 19). They resolve to an empty module instead.
 */
export function noLegacyPolyfills(): Plugin {
  return {
    name: 'pranata-no-legacy-polyfills',
    enforce: 'pre',
    resolveId(id) {
      return /^core-js\/(modules|library)\//.test(id) ? EMPTY : null;
    },
    load(id) {
      return id === EMPTY ? 'export {};' : null;
    },
  };
}
