import { fail, type FileError, type Result } from './errors';
import { formatPath } from './path';

/** Keys that could reach an object's prototype when a parsed file is spread or merged. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Deeper than anything Pranata writes (a pack is about 5 levels): refuse instead of recursing. */
export const MAX_JSON_DEPTH = 32;

/**
 * Bytes → text: refused when empty, over the limit, not UTF-8 or holding NUL characters (a binary
 * file renamed .json). A byte-order mark is dropped.
 */
export function decodeText(bytes: Uint8Array, maxBytes: number): Result<string> {
  if (bytes.byteLength > maxBytes) return fail('too-large', '', { size: bytes.byteLength, max: maxBytes });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('not-text');
  }
  if (text.includes('\u0000')) return fail('not-text');
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return fail('empty');
  return { ok: true, value: text };
}

/** Line and column (1-based) of a character offset, for "wrong JSON at line 3, column 14". */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return { line, column };
}

/** JSON.parse, with the place of a syntax error as line and column when the engine tells it. */
export function parseJson(text: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const message = err instanceof Error ? err.message : '';
    const pos = /position (\d+)/.exec(message);
    const lc = /line (\d+) column (\d+)/.exec(message);
    if (lc) return fail('not-json', '', { line: Number(lc[1]), column: Number(lc[2]) });
    if (pos) return fail('not-json', '', lineColumn(text, Number(pos[1])));
    // "Unexpected end of JSON input": the file was cut short.
    return fail('not-json', '', lineColumn(text, text.length));
  }
}

/**
 * The first prototype-pollution key (`__proto__`, `constructor`, `prototype`) anywhere in a parsed
 * document, or a nesting deeper than MAX_JSON_DEPTH. JSON.parse keeps "__proto__" as an own key,
 * so it is harmless until something merges the object: this check runs before anything does.
 */
export function findUnsafeStructure(value: unknown): FileError | null {
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop() as { v: unknown; path: (string | number)[] };
    if (v === null || typeof v !== 'object') continue;
    if (path.length > MAX_JSON_DEPTH) return { code: 'too-deep', path: formatPath(path.slice(0, MAX_JSON_DEPTH)), params: { max: MAX_JSON_DEPTH } };
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(v);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return { code: 'forbidden-key', path: formatPath([...path, key]), params: { key } };
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      stack.push({ v: (v as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}
