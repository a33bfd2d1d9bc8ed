// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createFacebookAdapter } from '@/lib/platforms/facebook';
import { loadFixture } from './fixture';

const own = (h: string): boolean => h === 'kominfodemo';
const read = (file: string, who = own) => {
  const doc = loadFixture(`facebook/${file}`);
  return (createFacebookAdapter().findComments?.(doc, who) ?? []).map(({ element: _e, ...c }) => c);
};

describe("Facebook: citizens' comments under the agency's own posts", () => {
  it.each(['en', 'id'] as const)('reads comments, their post, handle, text and relative time; the page\'s own reply answers one (%s UI)', (lang) => {
    const got = read(`feed.${lang}.html`);
    expect(got.map((c) => [c.id, c.postId, c.authorHandle, c.answeredByOwn])).toEqual([
      ['1122334455667788', 'pfbid02Xq7Lm9KtP1aBcDeF', 'budi.santoso.77', true],
      ['3344556677889900', 'pfbid02Xq7Lm9KtP1aBcDeF', '100012345678901', false],
      ['5566778899001122', '122104567890123456', '100012345678901', false],
    ]);
    expect(got[0]).toMatchObject({
      permalink: 'https://www.facebook.com/kominfodemo/posts/pfbid02Xq7Lm9KtP1aBcDeF?comment_id=1122334455667788',
      postAccount: 'kominfodemo',
      text: 'Jam berapa mulai, Min?',
      postedAtResolutionMs: 3_600_000,
    });
    expect(got.every((c) => typeof c.postedAt === 'number')).toBe(true);
  });

  it.each(['en', 'id'] as const)('real-shape markup (%s): a citizen\'s reply under a comment does not answer it, and is not queued itself', (lang) => {
    const got = read(`feed-real.${lang}.html`);
    expect(got.map((c) => [c.id, c.authorHandle, c.answeredByOwn])).toEqual([
      ['1100000000000001', 'budi.santoso.77', false],
      ['1100000000000002', '100012345678901', false],
      ['2200000000000003', 'rina.lestari', false],
    ]);
    expect(got.some((c) => c.id === '1100000000000009')).toBe(false);
  });

  it.each(['feed.id.html', 'feed.en.html', 'feed-real.id.html', 'feed-real.en.html'])('%s: every comment read, no health diagnostic', (file) => {
    const adapter = createFacebookAdapter();
    adapter.findComments?.(loadFixture(`facebook/${file}`), own);
    expect(adapter.problems().filter((p) => p.code === 'comment-id-not-found')).toEqual([]);
  });

  it('comment articles whose links lost comment_id: none queued (never taken as answered), and the health list names it', () => {
    const doc = loadFixture('facebook/feed.id.html');
    for (const a of Array.from(doc.querySelectorAll('a[href*="comment_id="]'))) a.setAttribute('href', (a.getAttribute('href') ?? '').replace(/comment_id=/g, 'cid='));
    const adapter = createFacebookAdapter();
    expect(adapter.findComments?.(doc, own)).toEqual([]);
    expect(adapter.problems()).toContainEqual(expect.objectContaining({ code: 'comment-id-not-found', area: 'comment-id' }));
  });

  it("reads nothing under another account's posts", () => {
    expect(read('feed.id.html', (h) => h === 'humaskotacontoh')).toEqual([]);
  });
});
