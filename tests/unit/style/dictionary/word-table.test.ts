import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { EDGES_BYTES, EDGES_FILE, EDGES_SHA256, WORD_COUNT } from '@/lib/style/dictionary/id-words.generated';
import { fetchWordTableBytes } from '@/lib/style/dictionary/file';
import { inWordList } from '@/lib/style/dictionary/dawg';

const FILE = resolve(import.meta.dirname, '../../../../public', `.${EDGES_FILE}`);
const bytes = readFileSync(FILE);
const buffer = (b: Buffer): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const NOW = Date.UTC(2026, 10, 23, 3);

/** A fresh copy of the checker and its word list, with nothing installed (the setup file installed the shared copy). */
async function freshChecker() {
  vi.resetModules();
  const dawg = await import('@/lib/style/dictionary/dawg');
  const index = await import('@/lib/style/dictionary/index');
  const { checkText, defaultProfile } = await import('@/lib/style/runtime');
  const load = await import('@/lib/style/dictionary/load');
  return { ...dawg, ...index, ...load, checkText, defaultProfile };
}

describe('the word list as a file (public/dictionary/id-words.bin)', () => {
  it('is the file the generated module describes: its size and its SHA-256', () => {
    expect(bytes.length).toBe(EDGES_BYTES);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(EDGES_SHA256);
    expect(WORD_COUNT).toBeGreaterThan(180_000);
  });

  it('installed, it knows words and their neighbours', async () => {
    const c = await freshChecker();
    expect(c.wordTableInstalled()).toBe(false);
    expect(c.installWordTable(buffer(bytes))).toBe(true);
    expect(c.wordTableInstalled()).toBe(true);
    expect(['pelayanan', 'penduduk', 'terima', 'kasih'].map((w) => c.inWordList(w))).toEqual([true, true, true, true]);
    expect(c.inWordList('pelayanna')).toBe(false);
    expect(c.nearest('pelayanna')).toContain('pelayanan');
  });

  it.each([
    ['a truncated file', bytes.subarray(0, bytes.length - 4)],
    ['an empty file', Buffer.alloc(0)],
    ['a file with one edge too many', Buffer.concat([bytes, Buffer.alloc(4)])],
  ])('%s is refused and nothing is installed', async (_name, b) => {
    const c = await freshChecker();
    expect(c.installWordTable(buffer(Buffer.from(b)))).toBe(false);
    expect(c.wordTableInstalled()).toBe(false);
  });

  it('without it, the word rules are left out instead of misjudging every word; the other rules still run', async () => {
    const c = await freshChecker();
    const text = `gmn min, kok blm ada info?? NIK 3201012305900001 sudah terdaftar ${'x'.repeat(300)}`;
    const without = c.checkText(text, c.defaultProfile, { platform: 'x', now: NOW }).map((f) => f.ruleId);
    // NIK and the length limit need no dictionary; slang does.
    expect(without).toContain('personal-nik');
    expect(without.some((id) => id.startsWith('length'))).toBe(true);
    expect(without).not.toContain('slang');
    // Installed later, the same profile now gets the word rules (the compiled rules are not reused).
    c.installWordTable(buffer(bytes));
    const withWords = c.checkText(text, c.defaultProfile, { platform: 'x', now: NOW }).map((f) => f.ruleId);
    expect(withWords).toContain('slang');
    expect(withWords).toContain('personal-nik');
  });

  it('loadWordTable fetches once, installs, and a failed fetch can be tried again', async () => {
    const c = await freshChecker();
    const fails = vi.fn(async () => new Response('', { status: 404 }));
    expect(await c.loadWordTable((p) => `chrome-extension://id${p}`, fails)).toBe(false);
    expect(fails).toHaveBeenCalledWith('chrome-extension://id/dictionary/id-words.bin');
    const works = vi.fn(async () => new Response(buffer(bytes)));
    expect(await Promise.all([c.loadWordTable((p) => p, works), c.loadWordTable((p) => p, works)])).toEqual([true, true]);
    expect(works).toHaveBeenCalledTimes(1);
    expect(c.wordTableInstalled()).toBe(true);
  });
});

describe('fetchWordTableBytes', () => {
  it.each([
    ['not found', async () => new Response('', { status: 404 })],
    ['the wrong size', async () => new Response(new Uint8Array(12))],
    ['a network error', async () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('%s gives null, never a throw', async (_name, impl) => {
    expect(await fetchWordTableBytes('x', impl as typeof fetch)).toBeNull();
  });

  it('the file itself gives its bytes', async () => {
    const got = await fetchWordTableBytes('x', (async () => new Response(buffer(bytes))) as typeof fetch);
    expect(got?.byteLength).toBe(EDGES_BYTES);
  });
});

// The shared copy (installed by tests/setup/word-table.ts) is what every other test uses.
it('the test setup installed the word list for the other tests', () => {
  expect(inWordList('pelayanan')).toBe(true);
});
