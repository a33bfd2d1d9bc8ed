import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { EXTENSION_DIR } from '../e2e/harness';
import { printTable, round } from './report';

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
  // The word list compiled from hunspell-id rides in the UI script, loaded on first focus.
  const dict = readFileSync(join(import.meta.dirname, '../../lib/style/dictionary/id-words.generated.ts'));
  printTable('Indonesian dictionary (lib/style/dictionary, hunspell-id)', [
    { file: 'id-words.generated.ts', 'raw KB': round(dict.length / 1024, 1), 'gzip KB': round(gzipSync(dict, { level: 9 }).length / 1024, 1) },
  ]);
});
