import { describe, expect, it } from 'vitest';
import { IgnoreList } from '@/entrypoints/overlay.content/ui/checker/ignore';

const f = (ruleId: string, text: string, word: string, from = 0) => {
  const start = text.indexOf(word, from);
  if (start < 0) throw new Error(`${word} not in ${text}`);
  return { ruleId, start, end: start + word.length };
};

describe('IgnoreList: "ignore once" hides a finding for this draft only', () => {
  it('an ignored slang word stays hidden while the admin keeps typing (offsets move)', () => {
    const list = new IgnoreList();
    const t1 = 'Gak apa-apa';
    list.ignore(f('slang', t1, 'Gak'), t1);
    const t2 = 'Halo Kak, gak apa-apa, sudah kami catat';
    expect(list.visible([f('slang', t2, 'gak'), f('signoff-missing', t2, 'catat')], t2).map((x) => x.ruleId)).toEqual(['signoff-missing']);
  });

  it('ignoring one rule does not hide another rule on the same words', () => {
    const list = new IgnoreList();
    const t = 'Cek bit.ly/abc';
    list.ignore(f('link-shortener', t, 'bit.ly/abc'), t);
    const visible = list.visible([f('link-shortener', t, 'bit.ly/abc'), f('link-unofficial', t, 'bit.ly/abc')], t);
    expect(visible.map((x) => x.ruleId)).toEqual(['link-unofficial']);
  });

  it('ignoring "gak" does not hide "udah" of the same rule', () => {
    const list = new IgnoreList();
    const t = 'gak udah';
    list.ignore(f('slang', t, 'gak'), t);
    expect(list.visible([f('slang', t, 'gak'), f('slang', t, 'udah')], t).map((x) => t.slice(x.start, x.end))).toEqual(['udah']);
  });

  it('an emptied draft (sent or deleted) starts afresh: the finding shows again in the next one', () => {
    const list = new IgnoreList();
    const t = 'gak bisa';
    list.visible([f('slang', t, 'gak')], t);
    list.ignore(f('slang', t, 'gak'), t);
    expect(list.visible([f('slang', t, 'gak')], t)).toEqual([]);
    expect(list.visible([], '')).toEqual([]);
    expect(list.size).toBe(0);
    const next = 'gak jadi';
    expect(list.visible([f('slang', next, 'gak')], next)).toHaveLength(1);
  });

  it('an empty list returns every finding unchanged', () => {
    const list = new IgnoreList();
    const t = 'gak udah';
    const all = [f('slang', t, 'gak'), f('slang', t, 'udah')];
    expect(list.visible(all, t)).toEqual(all);
  });
});
