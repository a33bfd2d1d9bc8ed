import { describe, expect, it } from 'vitest';
import { checkText, exampleProfiles } from '@/lib/style';

// Found by the fuzz test: a word spelled like an Object.prototype member ("toString") made a
// lookup in a plain-object table return a function as a replacement.
describe('words that are Object.prototype member names', () => {
  it.each(['toString', 'constructor', 'hasOwnProperty', 'valueOf', '__proto__', 'isPrototypeOf'])('%s gives only string replacements', (word) => {
    for (const profile of exampleProfiles) {
      for (const platform of ['x', 'facebook', 'instagram'] as const) {
        const findings = checkText(`Halo ${word} kak`, profile, { platform, now: 0, lang: 'id' });
        for (const f of findings) for (const r of f.replacements) expect(typeof r).toBe('string');
      }
    }
  });
});
