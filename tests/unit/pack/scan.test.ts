import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackupScanner } from '@/lib/backup/scan';

function scan(text: string, cuts: number[] = []): ReturnType<BackupScanner['end']> {
  const s = new BackupScanner();
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (!s.write(text.slice(from, cut))) return s.end();
    from = cut;
  }
  s.write(text.slice(from));
  return s.end();
}

const BAD_KEYS = new Set(['__proto__', 'constructor', 'prototype', '$types']);
function plain(v: unknown, depth = 0): boolean {
  if (depth > 14) return false;
  if (Array.isArray(v)) return v.every((x) => plain(x, depth + 1));
  if (v !== null && typeof v === 'object') return Object.entries(v).every(([k, x]) => !BAD_KEYS.has(k) && plain(x, depth + 1));
  return true;
}

describe('backup scanner: a validating JSON tokenizer', () => {
  it.each<[string, string, boolean]>([
    ['an object', '{"a": [1, -2.5e3, true, false, null, "x\\"y\\\\"], "b": {}}', true],
    ['an empty array', '[]', true],
    ['a missing colon', '{"a" 1}', false],
    ['a missing comma', '[1 2]', false],
    ['a trailing comma', '[1, 2,]', false],
    ['a comma first', '[,1]', false],
    ['single quotes', "{'a': 1}", false],
    ['a leading zero', '[01]', false],
    ['a bare word', '[yes]', false],
    ['a raw line break in a string', '["a\nb"]', false],
    ['a bad escape', '["\\x41"]', false],
    ['two documents', '{} {}', false],
    ['cut short', '{"a": [1, 2', false],
    ['a closing bracket of the wrong kind', '{"a": [1}', false],
    ['a colon in an array', '[1: 2]', false],
    ['a number followed by a letter', '[1e]', false],
  ])('%s', (_name, text, ok) => {
    expect(scan(text).ok).toBe(ok);
    expect(ok).toBe((() => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    })());
  });

  it('accepts every JSON document without forbidden keys, however the text is cut into pieces', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 6 }).filter((v) => plain(v)),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.boolean(),
        (value, rawCuts, pretty) => {
          const text = JSON.stringify(value, null, pretty ? 2 : undefined);
          const cuts = rawCuts.map((c) => c % (text.length + 1));
          expect(scan(text, cuts).ok).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never accepts text that JSON.parse refuses (mutated documents)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.nat(), fc.constantFrom('', ',', ':', '"', '{', ']', 'x', '\\', '1'), (value, at, insert) => {
        const text = JSON.stringify(value);
        const i = at % (text.length + 1);
        const mutated = text.slice(0, i) + insert + text.slice(i + (insert === '' ? 1 : 0));
        let parses = true;
        try {
          JSON.parse(mutated);
        } catch {
          parses = false;
        }
        if (!parses) expect(scan(mutated).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it.each<[string, string, string]>([
    ['a forbidden key split across pieces', '{"rows":[{"__pro', 'to__":1}]}'],
    ['an escaped forbidden key split in its escape', '{"rows":[{"\\u00', '5f_proto__":1}]}'],
  ])('%s', (_name, a, b) => {
    const res = scan(a + b, [a.length]);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.errors[0]?.code).toBe('forbidden-key');
  });
});
