import { describe, expect, it } from 'vitest';
import { buildDoc } from '@/lib/style/doc';

/**
 * Issue 21 item 6: every scan of a draft linear in its length. Before the fix a 20,000-character
 * run of "a.bc" took ~7 s, "kami.Info" repeated ~2.3 s, "a.b" ~3.3 s (link detection walked back
 * over the whole run at every dot); now each takes a few ms. The bound here is generous (a shared
 * machine) and still far below the old times.
 */
const N = 20_000;
const HOSTILE: [string, string][] = [
  ['a run of "a.bc"', 'a.bc'],
  ['a run of "a.b"', 'a.b'],
  ['"kami.Info" repeated', 'kami.Info'],
  ['"aa.Bbcd" repeated', 'aa.Bbcd'],
  ['links separated by spaces', 'lapor.go.id '],
  ['mentions', '@abc '],
  ['e-mail addresses', 'a@b.co '],
];

describe('link and span detection is linear', () => {
  it.each(HOSTILE)('%s, 20,000 characters, in under 400 ms', (_name, unit) => {
    const text = unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
    const start = performance.now();
    const doc = buildDoc(text);
    expect(performance.now() - start).toBeLessThan(400);
    expect(doc.text.length).toBe(N);
  });

  it('still finds the same spans in ordinary text', () => {
    const doc = buildDoc('Lapor di lapor.go.id/aduan atau https://kemkes.go.id, surel humas@kota.go.id, @humaskota #InfoKota. kami.Info');
    expect(doc.spans.map((s) => [s.kind, s.text])).toEqual([
      ['url', 'lapor.go.id/aduan'],
      ['url', 'https://kemkes.go.id'],
      ['email', 'humas@kota.go.id'],
      ['mention', '@humaskota'],
      ['hashtag', '#InfoKota'],
    ]);
  });
});
