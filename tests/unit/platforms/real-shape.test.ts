// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createFacebookAdapter } from '@/lib/platforms/facebook';
import { createInstagramAdapter } from '@/lib/platforms/instagram';
import { loadFixture } from './fixture';

/**
 * The adapters on pages shaped like the real sites (tests/fixtures/platforms/real-shape/make.py,
 * after ../shared/fixtures/real/EVIDENCE.md): relative times only, the real send controls, comments
 * known by their aria-label, an Instagram comment bar without a <form>, likes beside the like icon.
 */

const MIN = 60_000;
const HOUR = 60 * MIN;
/** 11:15 WIB on Thu 20 Nov 2025. */
const NOW = Date.parse('2025-11-20T04:15:00Z');
const CLOCK = { now: () => NOW, zone: () => 'WIB' as const };
const P1 = 'pfbid02Real1PostAbCdEf';
const P2 = 'pfbid0Real2PostGhIjKl';
const exact = (value: number) => ({ value, exact: true });

describe.each(['id', 'en'] as const)('Facebook, real shape, %s UI', (lang) => {
  it('posts: ids, times from relative text ("2 j" to the hour, "Kemarin pukul 15.15" to the minute), counts', () => {
    loadFixture(`facebook/feed-real.${lang}.html`);
    const adapter = createFacebookAdapter(CLOCK);
    const posts = adapter.findPosts(document);
    // The comment labelled with words no source shows ("Tanggapan …") is still a comment, not a third post.
    expect(posts.map((p) => p.id)).toEqual([P1, P2]);
    expect(posts[0]).toMatchObject({ postedAt: NOW - 2 * HOUR, postedAtResolutionMs: HOUR, authorHandle: 'kominfodemo' });
    expect(posts[1]).toMatchObject({ postedAt: Date.parse('2025-11-19T08:15:00Z'), postedAtResolutionMs: MIN });
    // Likes from the reaction summaries' labels ("Suka: 30 orang" + "Haha: 2 orang"), the rest by words.
    expect(posts[0]?.counts).toEqual({ likes: exact(32), replies: exact(12), reposts: exact(3) });
    expect(posts[1]?.counts).toEqual({ likes: { value: 1200, exact: false } });
    expect(adapter.problems()).toEqual([]);
  });

  it('composers: the real send controls, a send control without any label, comment times from the label tail', () => {
    loadFixture(`facebook/feed-real.${lang}.html`);
    const adapter = createFacebookAdapter(CLOCK);
    const composers = adapter.findComposers(document);
    expect(composers.map((c) => [c.kind, c.target?.kind, c.target?.id])).toEqual([
      ['comment-reply', 'comment', '1100000000000001'],
      ['reply', 'post', P1],
      ['reply', 'post', P2],
    ]);
    const [reply, box2, box] = composers;
    expect(reply?.target).toMatchObject({ authorName: 'Budi Santoso', postedAt: NOW - 5 * MIN, postedAtResolutionMs: MIN });
    // Its send control has no label at all: the last button after the box in the box's own bar.
    expect(reply?.sendButton).not.toBeNull();
    expect(reply?.sendButton?.getAttribute('aria-label')).toBeNull();
    expect(reply?.sendButton?.previousElementSibling?.getAttribute('aria-label')).toBe(lang === 'id' ? 'Lampirkan foto atau video' : 'Attach a photo or video');
    expect(box2?.sendButton?.getAttribute('aria-label')).toBe(lang === 'id' ? 'Posting komentar' : 'Comment');
    expect(box?.sendButton?.getAttribute('aria-label')).toBe(lang === 'id' ? 'Komentari' : 'Comment');
    // Never the post's own Comment action ("Beri komentar" / "Leave a comment").
    for (const c of composers) expect(c.sendButton?.getAttribute('data-ad-rendering-role')).toBeFalsy();
    expect(box2?.target).toMatchObject({ postedAt: NOW - 2 * HOUR, postedAtResolutionMs: HOUR });
    expect(adapter.problems()).toEqual([]);
  });

  it('health: a composer without its send control, posts without a readable time, are named', () => {
    loadFixture(`facebook/feed-real.${lang}.html`);
    for (const el of Array.from(document.querySelectorAll('.x6s0dn4'))) el.remove(); // the bars' buttons
    for (const a of Array.from(document.querySelectorAll('[aria-posinset] > .x1cy8zhl a[href*="posts"], [aria-posinset] > .x1cy8zhl a[href*="permalink"]'))) a.textContent = '';
    const adapter = createFacebookAdapter(CLOCK);
    adapter.findPosts(document);
    adapter.findComposers(document);
    const codes = adapter.problems().map((p) => `${p.code}/${p.area}`);
    expect(codes).toContain('send-not-found/composer-send');
    expect(codes).toContain('time-not-found/post-time');
    expect(codes).toContain('time-not-found/composer-target-time');
    // No page text in the details (only how many).
    for (const p of adapter.problems()) expect(p.detail ?? '').not.toMatch(/Budi|Sinta|Diskominfo|KTP/);
  });
});

describe.each(['id', 'en'] as const)('Instagram, real shape, %s UI', (lang) => {
  it('a comment bar without a <form>: the send control is "Kirim" / "Post"; likes beside the like icon', () => {
    loadFixture(`instagram/post-real.${lang}.html`);
    const adapter = createInstagramAdapter(CLOCK);
    const composers = adapter.findComposers(document);
    expect(composers).toHaveLength(1);
    expect(composers[0]?.element.closest('form')).toBeNull();
    expect(composers[0]?.sendButton?.textContent).toBe(lang === 'id' ? 'Kirim' : 'Post');
    expect(composers[0]?.target).toMatchObject({ kind: 'post', id: 'DReal12345a', postedAt: Date.parse('2025-11-20T02:15:00Z') });
    const posts = adapter.findPosts(document);
    expect(posts.map((p) => [p.id, p.counts])).toEqual([['DReal12345a', { likes: exact(1234) }]]);
    expect(adapter.problems()).toEqual([]);
  });

  it('the send control without its word: the last button after the box in its bar', () => {
    loadFixture(`instagram/post-real.${lang}.html`);
    const send = document.querySelector('textarea + [role="button"]');
    if (!send) throw new Error('fixture changed');
    send.textContent = '➤';
    const adapter = createInstagramAdapter(CLOCK);
    expect(adapter.findComposers(document)[0]?.sendButton).toBe(send);
  });

  it('a comment time without a time element is read from its text', () => {
    loadFixture(`instagram/post-real.${lang}.html`);
    const time = document.querySelector('a[href*="/c/"] time');
    if (!time) throw new Error('fixture changed');
    time.replaceWith(lang === 'id' ? '5 mnt' : '5m');
    const box = document.querySelector('textarea') as HTMLTextAreaElement;
    box.value = '@budi.santoso ';
    const adapter = createInstagramAdapter(CLOCK);
    expect(adapter.findComposers(document)[0]?.target).toMatchObject({ kind: 'comment', id: '17890000000000011', postedAt: NOW - 5 * MIN, postedAtResolutionMs: MIN });
  });
});
