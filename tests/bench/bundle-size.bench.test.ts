import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { EXTENSION_DIR } from '../e2e/harness';
import { printTable, round } from './report';
import { gzipOfFiles, htmlScripts, moduleSizes, readMap, staticClosure } from './bundle-report';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

it('gzip size of each built entry point', () => {
  const all = files(EXTENSION_DIR).filter((f) => /\.(js|css|html)$/.test(f));
  expect(all.length).toBeGreaterThan(0);
  const rows = all
    .map((f) => {
      const raw = readFileSync(f);
      const gz = gzipSync(raw, { level: 9 }).length;
      const isContent = /content-scripts\//.test(f);
      return {
        file: relative(EXTENSION_DIR, f),
        'raw KB': round(raw.length / 1024, 1),
        'gzip KB': round(gz / 1024, 1),
        target: isContent ? '≤ 50 KB (aim ≤ 30)' : '',
        'ratio to target': isContent ? round(gz / 1024 / 50, 2) : '',
      };
    })
    .sort((a, b) => b['gzip KB'] - a['gzip KB']);
  printTable('Built extension (chrome-mv3): size per file', rows);
  // The word list compiled from hunspell-id: a file fetched beside the UI script on first focus
  // (read into a typed array, not parsed as script; it was base64 inside overlay-ui.js).
  const dict = readFileSync(join(EXTENSION_DIR, 'dictionary/id-words.bin'));
  printTable('Indonesian dictionary (public/dictionary/id-words.bin, hunspell-id): fetched, not parsed', [
    { file: 'dictionary/id-words.bin', 'raw KB': round(dict.length / 1024, 1), 'gzip KB': round(gzipSync(dict, { level: 9 }).length / 1024, 1) },
  ]);
});

/** The scripts each context parses before it runs: an entry and its static imports. */
const BUNDLES: { name: string; entries: () => string[]; target?: { gzipKb: number; label: string } }[] = [
  { name: 'overlay-ui.js (in the page, first focus)', entries: () => ['overlay-ui.js'], target: { gzipKb: 60, label: '≤ 60 KB gzip' } },
  { name: 'content script (in the page, at load)', entries: () => ['content-scripts/overlay.js'] },
  { name: 'popup', entries: () => htmlScripts(readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8')), target: { gzipKb: 60, label: '≤ 60 KB gzip' } },
  { name: 'options', entries: () => htmlScripts(readFileSync(join(EXTENSION_DIR, 'options.html'), 'utf8')) },
  { name: 'background', entries: () => ['background.js'] },
];

const TOP = Number(process.env.BUNDLE_REPORT_TOP ?? 10);

it('bundle report: top modules by gzip size (source maps of the built scripts)', () => {
  const totals = [];
  for (const b of BUNDLES) {
    const files = staticClosure(EXTENSION_DIR, b.entries());
    expect(files.length).toBeGreaterThan(0);
    const size = gzipOfFiles(EXTENSION_DIR, files);
    totals.push({
      bundle: b.name,
      files: files.length,
      'raw KB': round(size.raw / 1024, 1),
      'gzip KB': round(size.gzip / 1024, 1),
      target: b.target?.label ?? '–',
      ratio: b.target ? round(size.gzip / 1024 / b.target.gzipKb, 2) : '–',
    });
    const mapped = files.flatMap((f) => {
      const map = readMap(EXTENSION_DIR, f);
      return map ? [{ code: readFileSync(join(EXTENSION_DIR, f), 'utf8'), map }] : [];
    });
    if (mapped.length === 0) {
      console.log(`(${b.name}: no source maps; build with PRANATA_SOURCEMAP=1, as npm run bench does)`);
      continue;
    }
    const modules = moduleSizes(mapped);
    const raw = modules.reduce((n, m) => n + m.raw, 0);
    printTable(
      `${b.name}: top ${TOP} of ${modules.length} modules (${files.join(', ')})`,
      modules.slice(0, TOP).map((m) => ({
        module: m.module,
        'raw KB (minified)': round(m.raw / 1024, 1),
        'gzip KB (alone)': round(m.gzip / 1024, 1),
        'share of raw': `${round((100 * m.raw) / Math.max(raw, 1), 1)} %`,
      })),
    );
  }
  printTable('Scripts parsed per context (entry + static imports, each file gzipped alone)', totals);
});
