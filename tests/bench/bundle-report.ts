import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What fills a built script: its minified bytes attributed to the source module they came from,
 * through the script's source map (the bench's build writes hidden maps, PRANATA_SOURCEMAP=1).
 * A module's gzip figure is its own bytes gzipped alone: gzip of the whole file is smaller than
 * the sum (shared words compress across modules), so the share column is of the raw bytes.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]));

/** One mapping segment: generated column, and the source index when the segment has one. */
export interface Segment {
  column: number;
  source: number | null;
}

/** Decodes a source map's `mappings` (base64 VLQ) into per-line segments, columns absolute. */
export function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments: Segment[] = [];
    let column = 0;
    for (const text of line.split(',')) {
      if (text === '') continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const c of text) {
        const digit = B64_VALUE.get(c);
        if (digit === undefined) throw new Error(`bad VLQ character ${c}`);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0] ?? 0;
      if (fields.length >= 4) source += fields[1] ?? 0;
      segments.push({ column, source: fields.length >= 4 ? source : null });
    }
    lines.push(segments);
  }
  return lines;
}

/** Where a source belongs in the report: an npm package, or the project's own file. */
export function moduleOf(source: string): string {
  const path = source.replace(/\\/g, '/');
  const at = path.lastIndexOf('node_modules/');
  if (at >= 0) {
    const rest = path.slice(at + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : (rest[0] ?? path);
  }
  // Project files: the path from the project root (maps name them ../../lib/…, or with a query).
  return path.replace(/^(\.\.\/|\.\/)+/, '').replace(/\?.*$/, '');
}

/** The generated code of each module: every mapped span of the file, joined per module. */
export function attribute(code: string, map: { sources: string[]; mappings: string }): Map<string, string> {
  const parts = new Map<string, string[]>();
  const add = (key: string, text: string): void => {
    if (text === '') return;
    const list = parts.get(key) ?? [];
    list.push(text);
    parts.set(key, list);
  };
  const lines = code.split('\n');
  const mapped = decodeMappings(map.mappings);
  lines.forEach((line, i) => {
    const segments = mapped[i] ?? [];
    add('(unmapped)', line.slice(0, segments[0]?.column ?? line.length));
    segments.forEach((s, j) => {
      const text = line.slice(s.column, segments[j + 1]?.column ?? line.length);
      const source = s.source === null ? undefined : map.sources[s.source];
      add(source === undefined ? '(unmapped)' : moduleOf(source), text);
    });
  });
  return new Map([...parts].map(([k, v]) => [k, v.join('')]));
}

export interface ModuleSize {
  module: string;
  raw: number;
  gzip: number;
}

const gz = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

/** Modules of several files together (a page's scripts), largest gzip first. */
export function moduleSizes(files: { code: string; map: { sources: string[]; mappings: string } }[]): ModuleSize[] {
  const joined = new Map<string, string>();
  for (const f of files) for (const [k, v] of attribute(f.code, f.map)) joined.set(k, (joined.get(k) ?? '') + v);
  return [...joined].map(([module, text]) => ({ module, raw: Buffer.byteLength(text), gzip: gz(text) })).sort((a, b) => b.gzip - a.gzip);
}

/** The chunks a script loads before it runs: its static imports, followed (not dynamic import()). */
export function staticClosure(dir: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    const path = normalize(file);
    if (seen.has(path) || !existsSync(join(dir, path)) || !statSync(join(dir, path)).isFile()) return;
    seen.add(path);
    const code = readFileSync(join(dir, path), 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)) {
      const spec = m[1] ?? '';
      if (spec.startsWith('.') && spec.endsWith('.js')) visit(join(dirname(path), spec));
    }
  };
  for (const e of entries) visit(e);
  return [...seen];
}

/** The module scripts an extension page's HTML loads (its entry and modulepreloads). */
export function htmlScripts(html: string): string[] {
  const srcs = [...html.matchAll(/<script[^>]*type="module"[^>]*src="\/?([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/?([^"]+)"/g)];
  return srcs.map((m) => m[1] ?? '');
}

/** Gzip of each file alone, summed: what a page fetches and parses. */
export function gzipOfFiles(dir: string, files: string[]): { raw: number; gzip: number } {
  return files.reduce(
    (sum, f) => {
      const raw = readFileSync(join(dir, f));
      return { raw: sum.raw + raw.length, gzip: sum.gzip + gz(raw) };
    },
    { raw: 0, gzip: 0 },
  );
}

/** The file's map, from the hidden map next to it, or null when the build wrote none. */
export function readMap(dir: string, file: string): { sources: string[]; mappings: string } | null {
  const path = join(dir, `${file}.map`);
  if (!existsSync(path)) return null;
  const map = JSON.parse(readFileSync(path, 'utf8')) as { sources?: string[]; mappings?: string };
  return { sources: map.sources ?? [], mappings: map.mappings ?? '' };
}
