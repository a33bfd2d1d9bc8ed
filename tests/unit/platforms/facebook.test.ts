// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createFacebookAdapter, facebookPostRef } from '@/lib/platforms/facebook';
import type { Composer, PostInfo } from '@/lib/platforms/types';
import { loadFixture } from './fixture';

const LANGS = ['en', 'id'] as const;
const exact = (value: number) => ({ value, exact: true });
const approx = (value: number) => ({ value, exact: false });
const byId = (posts: PostInfo[], id: string): PostInfo => {
  const p = posts.find((x) => x.id === id);
  if (!p) throw new Error(`post ${id} not found`);
  return p;
};
const label = (c: Composer | undefined) => c?.element.getAttribute('aria-label');

const P1 = 'pfbid02Xq7Lm9KtP1aBcDeF';
const P2 = '122104567890123456';
const P3 = '987654321098765';
const P4 = '1234567890123456';
const AUTH = 'Diskominfo Kota Demo';
const HOUR = 3_600_000;
/** 11:15 WIB on 20 Nov 2025: the fixtures' "2 j" / "2 hours ago" is 09:15 WIB. */
const NOW = Date.parse('2025-11-20T04:15:00Z');
const CLOCK = { now: () => NOW, zone: () => 'WIB' as const };
const TWO_HOURS_AGO = { postedAt: NOW - 2 * HOUR, postedAtResolutionMs: HOUR };

describe('facebookPostRef', () => {
  it.each([
    ['https://www.facebook.com/kominfodemo/posts/pfbid02Xq7Lm9KtP1aBcDeF?__cft__[0]=AZX&__tn__=%2CO%2CP-R', 'pfbid02Xq7Lm9KtP1aBcDeF', 'https://www.facebook.com/kominfodemo/posts/pfbid02Xq7Lm9KtP1aBcDeF'],
    ['/kominfodemo/posts/987654321098765/', '987654321098765', 'https://www.facebook.com/kominfodemo/posts/987654321098765'],
    ['https://web.facebook.com/groups/warga/permalink/555/', '555', 'https://www.facebook.com/groups/warga/permalink/555'],
    ['https://www.facebook.com/permalink.php?story_fbid=122104567890123456&id=100064123456789&__cft__[0]=AZX', '122104567890123456', 'https://www.facebook.com/permalink.php?story_fbid=122104567890123456&id=100064123456789'],
    ['https://www.facebook.com/story.php?story_fbid=42&id=7', '42', 'https://www.facebook.com/story.php?story_fbid=42&id=7'],
    ['https://www.facebook.com/kominfodemo/videos/1234567890123456/?__cft__[0]=AZX', '1234567890123456', 'https://www.facebook.com/kominfodemo/videos/1234567890123456'],
    ['https://www.facebook.com/kominfodemo/videos/banjir-2025/1234567890123456/', '1234567890123456', 'https://www.facebook.com/kominfodemo/videos/banjir-2025/1234567890123456'],
    ['https://www.facebook.com/reel/998877665544/', '998877665544', 'https://www.facebook.com/reel/998877665544'],
    ['https://www.facebook.com/photo/?fbid=1122&set=a.3344', '1122', 'https://www.facebook.com/photo/?fbid=1122'],
  ])('%s → %s', (href, id, permalink) => {
    expect(facebookPostRef(href)).toEqual({ id, permalink });
  });

  it.each(['https://www.facebook.com/kominfodemo', 'https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org', 'https://example.org/x/posts/1', '#', 'javascript:void(0)'])(
    '%s is not a post link',
    (href) => expect(facebookPostRef(href)).toBeNull(),
  );
});

describe.each(LANGS)('Facebook fixtures, %s UI', (lang) => {
  it('feed: posts with ids, authors and counts (compact approximate, plain exact, singular, none)', () => {
    loadFixture(`facebook/feed.${lang}.html`);
    const adapter = createFacebookAdapter(CLOCK);
    const posts = adapter.findPosts(document);
    expect(posts.map((p) => p.id)).toEqual([P1, P2, P3, P4]);
    const p1 = byId(posts, P1);
    expect(p1).toMatchObject({ authorName: AUTH, authorHandle: 'kominfodemo', permalink: `https://www.facebook.com/kominfodemo/posts/${P1}` });
    expect(p1.counts).toEqual({ likes: approx(1200), replies: exact(23), reposts: exact(5) });
    expect(byId(posts, P2).permalink).toBe(`https://www.facebook.com/permalink.php?story_fbid=${P2}&id=100064123456789`);
    expect(byId(posts, P2).counts).toEqual({ likes: approx(12000), replies: approx(5900), reposts: approx(2400) });
    expect(byId(posts, P3).counts).toEqual({ likes: exact(1), replies: exact(1), reposts: exact(1) });
    // A new video post: nothing shown, nothing read (and no problem: other posts have counts).
    expect(byId(posts, P4).counts).toEqual({});
    expect(adapter.problems()).toEqual([]);
  });

  it('feed: post boxes answer their post, reply boxes the comment (by mention in a thread)', () => {
    loadFixture(`facebook/feed.${lang}.html`);
    const adapter = createFacebookAdapter(CLOCK);
    const composers = adapter.findComposers(document);
    expect(composers).toHaveLength(5);
    const [budiReply, p1Box, andiReply, p2Box, p3Box] = composers;

    expect(budiReply?.kind).toBe('comment-reply');
    expect(budiReply?.editor).toBe('lexical');
    expect(budiReply?.target).toEqual({
      kind: 'comment',
      id: '1122334455667788',
      permalink: `https://www.facebook.com/kominfodemo/posts/${P1}?comment_id=1122334455667788`,
      authorName: 'Budi Santoso',
      authorHandle: 'budi.santoso.77',
      ...TWO_HOURS_AGO, // from the label's tail "2 jam yang lalu" / "2 hours ago"
    });
    expect(budiReply?.sendButton?.getAttribute('aria-label')).toBe(lang === 'en' ? 'Reply' : 'Kirim balasan');

    expect(label(p1Box)).toBe(lang === 'en' ? `Comment as ${AUTH}` : `Komentari sebagai ${AUTH}`);
    expect(p1Box?.kind).toBe('reply');
    expect(p1Box?.target).toEqual({ kind: 'post', id: P1, permalink: `https://www.facebook.com/kominfodemo/posts/${P1}`, authorName: AUTH, authorHandle: 'kominfodemo', ...TWO_HOURS_AGO });
    expect(p1Box?.sendButton?.getAttribute('aria-label')).toBe(lang === 'en' ? 'Comment' : 'Kirim komentar');

    // Reply to a reply: the box is in Siti's thread, the mention names Andi.
    expect(andiReply?.kind).toBe('comment-reply');
    expect(andiReply?.target).toMatchObject({ kind: 'comment', id: '6677889900112233', authorName: 'Andi Wijaya', authorHandle: 'andi.wijaya' });
    expect(andiReply?.target?.permalink).toBe(`https://www.facebook.com/permalink.php?story_fbid=${P2}&id=100064123456789&comment_id=5566778899001122&reply_comment_id=6677889900112233`);

    expect(label(p2Box)).toBe(lang === 'en' ? 'Write a public comment…' : 'Tulis komentar publik…');
    expect([p2Box?.kind, p2Box?.target?.id]).toEqual(['reply', P2]);
    expect([p3Box?.kind, p3Box?.target?.id]).toEqual(['reply', P3]);
    expect(adapter.problems()).toEqual([]);
  });

  it('feed: composerFor from text inside a box', () => {
    loadFixture(`facebook/feed.${lang}.html`);
    const adapter = createFacebookAdapter(CLOCK);
    const span = document.querySelector('[data-lexical-editor="true"] [data-lexical-text="true"]');
    if (!span) throw new Error('fixture changed');
    const c = adapter.composerFor(span);
    expect(c?.kind).toBe('comment-reply');
    expect(c?.target?.authorName).toBe('Budi Santoso');
    expect(adapter.composerFor(document.body)).toBeNull();
    expect(adapter.problems()).toEqual([]);
  });

  it('post dialog: the box below the post answers it; a reply box inside a comment answers that comment', () => {
    loadFixture(`facebook/post-dialog.${lang}.html`);
    const adapter = createFacebookAdapter(CLOCK);
    const composers = adapter.findComposers(document);
    expect(composers.map((c) => [c.kind, c.target?.kind, c.target?.id])).toEqual([
      ['comment-reply', 'comment', '1122334455667788'],
      ['reply', 'post', P1],
    ]);
    expect(composers[0]?.target?.authorName).toBe('Budi Santoso');
    const posts = adapter.findPosts(document);
    expect(byId(posts, P1).counts).toEqual({ likes: approx(34000), replies: approx(1500), reposts: exact(890) });
    expect(adapter.problems()).toEqual([]);
  });

  it('post dialog: each box sends with the control inside the dialog, also under the live labels', () => {
    loadFixture(`facebook/post-dialog.${lang}.html`);
    const dialog = document.querySelector('[role="dialog"]');
    if (!dialog) throw new Error('fixture changed');
    const sends = () => createFacebookAdapter(CLOCK).findComposers(document).map((c) => [dialog.contains(c.element), c.sendButton?.getAttribute('aria-label')]);
    expect(sends()).toEqual([
      [true, lang === 'en' ? 'Reply' : 'Kirim balasan'],
      [true, lang === 'en' ? 'Comment' : 'Kirim komentar'],
    ]);
    // The live send labels (EVIDENCE.md, Facebook send button): "Komentari" (reply box), "Posting komentar" / "Comment".
    const [reply, comment] = Array.from(dialog.querySelectorAll('form [role="button"][aria-label]'));
    reply?.setAttribute('aria-label', lang === 'en' ? 'Comment' : 'Komentari');
    comment?.setAttribute('aria-label', lang === 'en' ? 'Comment' : 'Posting komentar');
    expect(sends()).toEqual([
      [true, lang === 'en' ? 'Comment' : 'Komentari'],
      [true, lang === 'en' ? 'Comment' : 'Posting komentar'],
    ]);
  });

  it('create-post dialog: a new post', () => {
    loadFixture(`facebook/create-post.${lang}.html`);
    const adapter = createFacebookAdapter(CLOCK);
    const composers = adapter.findComposers(document);
    expect(composers.map((c) => [c.kind, c.target, c.sendButton?.getAttribute('aria-label')])).toEqual([['new-post', null, lang === 'en' ? 'Post' : 'Posting']]);
  });

  it('page: follower count from the header', () => {
    loadFixture(`facebook/page.${lang}.html`);
    const adapter = createFacebookAdapter(CLOCK);
    expect(adapter.readProfile(document)).toEqual({ handle: 'kominfodemo', counts: { followers: approx(12000) } });
    expect(adapter.problems()).toEqual([]);
  });

  it('page: nothing on the home feed or a post permalink', () => {
    loadFixture(`facebook/page.${lang}.html`, 'https://www.facebook.com/');
    const adapter = createFacebookAdapter(CLOCK);
    expect(adapter.readProfile(document)).toBeNull();
    loadFixture(`facebook/page.${lang}.html`, `https://www.facebook.com/kominfodemo/posts/${P3}`);
    expect(adapter.readProfile(document)).toBeNull();
    expect(adapter.problems()).toEqual([]);
  });

  it('page language from <html lang>', () => {
    loadFixture(`facebook/feed.${lang}.html`);
    expect(createFacebookAdapter(CLOCK).pageLanguage(document)).toBe(lang);
  });
});

describe('Facebook changed markup', () => {
  it('en: counts without words, comments without their role, an unknown box: problems, no exceptions', () => {
    loadFixture('facebook/changed.en.html');
    const adapter = createFacebookAdapter(CLOCK);
    const posts = adapter.findPosts(document);
    expect(posts.map((p) => [p.id, p.counts])).toEqual([
      [P1, {}],
      [P2, {}],
    ]);
    const composers = adapter.findComposers(document);
    // The reply box is still recognised by its words, but the comment it answers is not.
    expect(composers.map((c) => [c.kind, c.target])).toEqual([['comment-reply', null]]);
    // The counts bar shows numbers ("1.2K 💬 23") without the words: named as such for the health row.
    expect(adapter.problems().map((p) => `${p.code}/${p.area}`)).toEqual(['counts-unknown-words/post-counts', 'counts-not-found/post-counts', 'target-not-found/composer-target']);

    const odd = document.querySelector('[aria-label="Say something…"]');
    if (!odd) throw new Error('fixture changed');
    expect(adapter.composerFor(odd)).toBeNull();
    expect(adapter.problems().map((p) => p.code)).toContain('composer-not-found');
  });

  it('id: feed items without role or position: post-not-found; a known box without its post: target-not-found', () => {
    loadFixture('facebook/changed.id.html');
    const adapter = createFacebookAdapter(CLOCK);
    expect(adapter.findPosts(document)).toEqual([]);
    const composers = adapter.findComposers(document);
    expect(composers.map((c) => [c.kind, c.editor, c.target])).toEqual([['reply', 'contenteditable', null]]);
    expect(adapter.problems().map((p) => `${p.code}/${p.area}`)).toEqual(['post-not-found/post', 'target-not-found/composer-target']);
  });

  it('never throws, whatever the root', () => {
    loadFixture('facebook/feed.en.html');
    const adapter = createFacebookAdapter(CLOCK);
    const broken = {
      querySelectorAll: () => {
        throw new TypeError('detached');
      },
      querySelector: () => null,
    } as unknown as ParentNode;
    expect(adapter.findPosts(broken)).toEqual([]);
    expect(adapter.findComposers(broken)).toEqual([]);
    expect(adapter.readProfile(document.implementation.createHTMLDocument(''))).toBeNull();
    expect(adapter.problems().map((p) => p.code)).toEqual(['post-not-found', 'composer-not-found']);
  });
});

describe('Facebook box placement', () => {
  it('a post comment box right after a flat list of comments still answers the post', () => {
    loadFixture('facebook/feed.en.html');
    // Flatten: move P3's comment box to right after a comment article of P1.
    const box = document.querySelector<HTMLElement>('[aria-label="Write a comment…"]');
    const budi = document.querySelector('[aria-label^="Comment by Budi"]');
    const wrapper = box?.closest('form')?.parentElement;
    if (!box || !budi || !wrapper) throw new Error('fixture changed');
    budi.after(wrapper);
    const adapter = createFacebookAdapter(CLOCK);
    expect(adapter.composerFor(box)).toMatchObject({ kind: 'reply', target: { kind: 'post', id: P1 } });
  });

  it('a box with unknown words after a comment is taken as a reply to it', () => {
    loadFixture('facebook/feed.en.html');
    const box = document.querySelector<HTMLElement>('[aria-label="Write a comment…"]');
    const budi = document.querySelector('[aria-label^="Comment by Budi"]');
    const wrapper = box?.closest('form')?.parentElement;
    if (!box || !budi || !wrapper) throw new Error('fixture changed');
    box.setAttribute('aria-label', 'Say something');
    box.removeAttribute('aria-placeholder');
    budi.after(wrapper);
    expect(createFacebookAdapter(CLOCK).composerFor(box)).toMatchObject({ kind: 'comment-reply', target: { kind: 'comment', authorName: 'Budi Santoso' } });
  });
});
