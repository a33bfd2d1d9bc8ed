import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { attribute, decodeMappings, htmlScripts, moduleOf, moduleSizes, staticClosure } from '../../bench/bundle-report';

describe('decodeMappings', () => {
  it.each([
    // [mappings, lines of [column, source]]
    ['AAAA', [[[0, 0]]]],
    ['AAAA,EAAA', [[[0, 0], [2, 0]]]],
    // the second segment moves to source 1; the next line keeps it (source is relative over the map)
    ['AAAA,CCAA;AAAA', [[[0, 0], [1, 1]], [[0, 1]]]],
    // a one-field segment has no source; columns restart on each line; 'gB' is 16
    ['gB;;E,A', [[[16, null]], [], [[2, null], [2, null]]]],
    // negative deltas: back to source 0
    ['ACAA,CDAA', [[[0, 1], [1, 0]]]],
  ] as const)('%s', (mappings, expected) => {
    expect(decodeMappings(mappings).map((l) => l.map((s) => [s.column, s.source]))).toEqual(expected);
  });

  it('rejects a character outside base64', () => {
    expect(() => decodeMappings('A!AA')).toThrow(/VLQ/);
  });
});

describe('moduleOf', () => {
  it.each([
    ['../../node_modules/zod/v4/core/schemas.js', 'zod'],
    ['../../node_modules/@date-fns/tz/date/index.js', '@date-fns/tz'],
    ['../../node_modules/.pnpm/preact@10/node_modules/preact/dist/preact.module.js', 'preact'],
    ['../../lib/style/dictionary/id-words.generated.ts', 'lib/style/dictionary/id-words.generated.ts'],
    ['../../entrypoints/popup/App.tsx?v=1', 'entrypoints/popup/App.tsx'],
  ])('%s → %s', (source, expected) => {
    expect(moduleOf(source)).toBe(expected);
  });
});

describe('attribute, on a real esbuild bundle with its map', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'a.ts'), 'import { big } from "./b";\nexport const small = "SMALL-" + big.length;\nconsole.log(small);\n');
  // Words that do not compress away (a repeated string would gzip to a few bytes).
  const words = Array.from({ length: 400 }, (_, i) => `w${((i * 7919) % 10007).toString(36)}${(i * 31).toString(36)}`);
  writeFileSync(join(dir, 'b.ts'), `export const big = ${JSON.stringify(`BIG-${words.join('-')}`)};\n`);
  const out = buildSync({ entryPoints: [join(dir, 'a.ts')], bundle: true, minify: true, write: false, sourcemap: 'external', outfile: join(dir, 'out.js'), format: 'esm' });
  const code = out.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const map = JSON.parse(out.outputFiles.find((f) => f.path.endsWith('.map'))?.text ?? '{}') as { sources: string[]; mappings: string };

  it('gives each source the bytes that came from it, and every byte to someone', () => {
    const parts = attribute(code, map);
    const bySuffix = (s: string) => [...parts].find(([k]) => k.endsWith(s))?.[1] ?? '';
    expect(bySuffix('b.ts')).toContain(`BIG-${words[0]}-${words[1]}`);
    expect(bySuffix('b.ts')).not.toContain('SMALL-');
    expect(bySuffix('a.ts')).toContain('SMALL-');
    const total = [...parts.values()].reduce((n, t) => n + t.length, 0);
    expect(total).toBe(code.length - (code.match(/\n/g)?.length ?? 0));
  });

  it('ranks the large module first', () => {
    const sizes = moduleSizes([{ code, map }]);
    expect(sizes[0]?.module).toMatch(/b\.ts$/);
    expect(sizes[0]?.raw).toBeGreaterThan(2000);
    expect(sizes[0]?.gzip).toBeLessThan(sizes[0]?.raw ?? 0);
  });
});

describe('what a page loads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-closure-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the entry and modulepreloads of a built page', () => {
    const html = '<script type="module" crossorigin src="/chunks/popup-X.js"></script>\n<link rel="modulepreload" crossorigin href="/chunks/shared-Y.js">\n<link rel="stylesheet" href="/assets/p.css">';
    expect(htmlScripts(html)).toEqual(['chunks/popup-X.js', 'chunks/shared-Y.js']);
  });

  it('follows static imports, not dynamic import()', () => {
    writeFileSync(join(dir, 'entry.js'), 'import{a as b}from"./shared.js";import"./side.js";const l=()=>import("./lazy.js");b(l);');
    writeFileSync(join(dir, 'shared.js'), 'import{c}from"./deep.js";export const a=c;');
    writeFileSync(join(dir, 'side.js'), 'console.log(1);');
    writeFileSync(join(dir, 'deep.js'), 'export const c=()=>0;');
    writeFileSync(join(dir, 'lazy.js'), 'export default 1;');
    expect(staticClosure(dir, ['entry.js']).sort()).toEqual(['deep.js', 'entry.js', 'shared.js', 'side.js']);
  });
});
