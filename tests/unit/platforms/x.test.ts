// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readLabelledCounts } from '@/lib/platforms/counts';
import { createXAdapter, readXCounts, X_ACTION_WORDS } from '@/lib/platforms/x';
import type { PostInfo } from '@/lib/platforms/types';
import { loadFixture, loadFragment, SHARED_X } from './fixture';

const LANGS = ['en', 'id'] as const;
const byId = (posts: PostInfo[], id: string): PostInfo => {
  const p = posts.find((x) => x.id === id);
  if (!p) throw new Error(`post ${id} not found`);
  return p;
};
const exact = (value: number) => ({ value, exact: true });
const approx = (value: number) => ({ value, exact: false });

describe('X action bar label', () => {
  it.each([
    ['48 replies, 152 reposts, 553 likes, 9 bookmarks, 30142 views', 'en', { replies: 48, reposts: 152, likes: 553, bookmarks: 9, views: 30142 }],
    ['1 reply, 1 repost, 1 like, 1 bookmark, 1 view', 'en', { replies: 1, reposts: 1, likes: 1, bookmarks: 1, views: 1 }],
    ['553 likes, 30142 views', 'en', { likes: 553, views: 30142 }],
    ['30142 views, 48 replies', 'en', { views: 30142, replies: 48 }],
    ['48 balasan, 152 posting ulang, 553 suka, 9 markah, 30142 tayangan', 'id', { replies: 48, reposts: 152, likes: 553, bookmarks: 9, views: 30142 }],
    ['1 balasan, 1 suka', 'id', { replies: 1, likes: 1 }],
    ['2.534 balasan, 25.616 suka', 'id', { replies: 2534, likes: 25616 }],
    ['2,534 replies, 25,616 likes', 'en', { replies: 2534, likes: 25616 }],
    ['12 tayangan', 'id', { views: 12 }],
    ['', 'en', {}],
  ])('%j (%s)', (label, lang, want) => {
    const got = readLabelledCounts(label, lang, X_ACTION_WORDS);
    expect(Object.fromEntries(Object.entries(got.counts).map(([k, v]) => [k, v.value]))).toEqual(want);
    expect(Object.values(got.counts).every((c) => c.exact)).toBe(true);
    expect(got.unknown).toEqual([]);
  });
});

describe.runIf(existsSync(SHARED_X))('real X markup (English UI, tweetyoink fixtures)', () => {
  const read = (file: string) => readFileSync(resolve(SHARED_X, file), 'utf8');
  const CASES = [
    {
      file: 'x-tweet-sample.html',
      url: 'https://x.com/TestUser123/status/1981398750557065646',
      id: '1981398750557065646',
      name: 'Test User Account',
      handle: 'testuser123',
      at: '2025-10-23T16:34:09.000Z',
      counts: { replies: 48, reposts: 152, likes: 553, bookmarks: 9, views: 30142 },
    },
    {
      file: 'x-tweet-quote.html',
      url: 'https://x.com/home',
      id: '1983130065320780162',
      name: 'Test Quoter',
      handle: 'testquoter',
      at: '2025-10-28T11:13:47.000Z',
      counts: { replies: 2534, reposts: 4483, likes: 25616, bookmarks: 797, views: 2596467 },
    },
    {
      file: 'x-tweet-quote-video.html',
      url: 'https://x.com/home',
      id: '1983128852952998358',
      name: 'Quoting User',
      handle: 'quotinguser',
      at: '2025-10-28T11:08:57.000Z',
      counts: { replies: 972, reposts: 2370, likes: 11313, bookmarks: 732, views: 2195266 },
    },
  ];

  it.each(CASES)('$file: every count exact, id, author and time of the outer post', (c) => {
    loadFragment(read(c.file), 'en', c.url);
    const adapter = createXAdapter();
    const posts = adapter.findPosts(document);
    expect(posts).toHaveLength(1);
    const p = posts[0];
    expect(p?.id).toBe(c.id);
    expect(p?.permalink).toBe(`https://x.com/${c.name.replace(/ /g, '').replace('Account', '123')}/status/${c.id}`);
    expect(p?.authorName).toBe(c.name);
    expect(p?.authorHandle).toBe(c.handle);
    expect(p?.postedAt).toBe(Date.parse(c.at));
    expect(p?.counts).toEqual(Object.fromEntries(Object.entries(c.counts).map(([k, v]) => [k, exact(v)])));
    expect(adapter.problems()).toEqual([]);
  });

  it('without the action bar label: button labels (exact), then the views link', () => {
    loadFragment(read('x-tweet-quote.html'), 'en', 'https://x.com/home');
    document.querySelector('[role="group"]')?.removeAttribute('aria-label');
    const article = document.querySelector<HTMLElement>('article');
    if (!article) throw new Error('no article');
    // The bookmark button says only "Bookmark": no number, so no reading rather than a zero.
    expect(readXCounts(article, 'en')).toEqual({ replies: exact(2534), reposts: exact(4483), likes: exact(25616), views: exact(2596467) });
  });

  it('without any aria-label: the compact numbers drawn, as approximate lower bounds', () => {
    loadFragment(read('x-tweet-quote.html'), 'en', 'https://x.com/home');
    for (const el of Array.from(document.querySelectorAll('[role="group"], [role="group"] [aria-label]'))) el.removeAttribute('aria-label');
    const article = document.querySelector<HTMLElement>('article');
    if (!article) throw new Error('no article');
    expect(readXCounts(article, 'en')).toEqual({ replies: approx(2500), reposts: approx(4400), likes: approx(25000), views: approx(2500000) });
  });

  it('the focal post: counts from the label even though views are drawn as text, not a link', () => {
    loadFragment(read('x-tweet-sample.html'), 'en', 'https://x.com/TestUser123/status/1981398750557065646');
    const article = document.querySelector<HTMLElement>('article');
    if (!article) throw new Error('no article');
    expect(readXCounts(article, 'en').views).toEqual(exact(30142));
  });
});

describe.each(LANGS)('X fixtures, %s UI', (lang) => {
  it('timeline: every post with id, author, time and counts; zero and singular forms; no views on old posts', () => {
    loadFixture(`x/timeline.${lang}.html`);
    const adapter = createXAdapter();
    const posts = adapter.findPosts(document);
    expect(posts.map((p) => p.id)).toEqual([
      '1861000000000000001',
      '1861000000000000002',
      '1861000000000000003',
      '1861000000000000004',
      '1861000000000000005',
      '1861000000000000006',
    ]);
    const a = byId(posts, '1861000000000000001');
    expect(a).toMatchObject({ authorName: 'Diskominfo Kota Demo', authorHandle: 'kominfo_demo', postedAt: Date.parse('2025-11-20T02:15:00.000Z') });
    expect(a.permalink).toBe('https://x.com/kominfo_demo/status/1861000000000000001');
    expect(a.counts).toEqual({ replies: exact(48), reposts: exact(152), likes: exact(553), bookmarks: exact(9), views: exact(30142) });
    // Singular forms, zeros left out of the label
    expect(byId(posts, '1861000000000000002').counts).toEqual({ replies: exact(1), reposts: exact(0), likes: exact(1), bookmarks: exact(0), views: exact(1) });
    // Old post: no views at all (not zero)
    expect(byId(posts, '1861000000000000003').counts).toEqual({ replies: exact(3), reposts: exact(12), likes: exact(45), bookmarks: exact(0) });
    // Everything zero: an empty label
    expect(byId(posts, '1861000000000000004').counts).toEqual({ replies: exact(0), reposts: exact(0), likes: exact(0), bookmarks: exact(0), views: exact(0) });
    // A repost: the original author, not the account that reposted it
    const e = byId(posts, '1861000000000000005');
    expect(e).toMatchObject({ authorHandle: 'bnpb_demo', authorName: 'BNPB Demo' });
    expect(e.counts).toEqual({ replies: exact(2534), reposts: exact(4483), likes: exact(25616), bookmarks: exact(797), views: exact(2596467) });
    // A quote: the outer post's id, not the quoted one's nor its photo link
    expect(byId(posts, '1861000000000000006').authorHandle).toBe('kominfo_demo');
    expect(posts.some((p) => p.id === '1860999999999999999')).toBe(false);
    expect(adapter.problems()).toEqual([]);
  });

  it('timeline: the home composer is a new post', () => {
    loadFixture(`x/timeline.${lang}.html`);
    const adapter = createXAdapter();
    const composers = adapter.findComposers(document);
    expect(composers).toHaveLength(1);
    const c = composers[0];
    expect(c?.kind).toBe('new-post');
    expect(c?.target).toBeNull();
    expect(c?.editor).toBe('draft');
    expect(c?.element.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(c?.sendButton?.getAttribute('data-testid')).toBe('tweetButtonInline');
    expect(adapter.problems()).toEqual([]);
  });

  it('compact numbers drawn on the buttons read as approximate when the label is gone', () => {
    loadFixture(`x/timeline.${lang}.html`);
    const article = document.querySelector<HTMLElement>('[aria-labelledby~="id__g1861000000000000005"]');
    if (!article) throw new Error('no article');
    for (const el of Array.from(article.querySelectorAll('[role="group"], [role="group"] [aria-label]'))) el.removeAttribute('aria-label');
    expect(readXCounts(article, lang)).toEqual({ replies: approx(2500), reposts: approx(4400), likes: approx(25000), bookmarks: exact(797), views: approx(2500000) });
  });

  it('thread page: the reply composer answers the focal post', () => {
    loadFixture(`x/thread.${lang}.html`);
    const adapter = createXAdapter();
    const [c, ...rest] = adapter.findComposers(document);
    expect(rest).toEqual([]);
    expect(c?.kind).toBe('reply');
    expect(c?.target).toEqual({
      kind: 'post',
      id: '1861000000000000100',
      permalink: 'https://x.com/warga_a/status/1861000000000000100',
      authorName: 'Budi Santoso',
      authorHandle: 'warga_a',
      postedAt: Date.parse('2025-11-20T05:12:34.000Z'),
    });
    expect(c?.sendButton?.getAttribute('data-testid')).toBe('tweetButtonInline');
    const posts = adapter.findPosts(document);
    expect(posts.map((p) => p.id)).toEqual(['1861000000000000099', '1861000000000000100', '1861000000000000101', '1861000000000000102']);
    expect(byId(posts, '1861000000000000099').counts.views).toEqual(exact(8873));
    expect(byId(posts, '1861000000000000100').counts).toEqual({ replies: exact(2), reposts: exact(0), likes: exact(5), bookmarks: exact(0), views: exact(340) });
    expect(adapter.problems()).toEqual([]);
  });

  it('thread page: composerFor from inside the editor gives the same composer', () => {
    loadFixture(`x/thread.${lang}.html`);
    const adapter = createXAdapter();
    const inner = document.querySelector('[data-testid="tweetTextarea_0"] [data-offset-key] span');
    if (!inner) throw new Error('no editor content');
    const c = adapter.composerFor(inner);
    expect(c?.element.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(c?.target?.id).toBe('1861000000000000100');
    expect(adapter.composerFor(document.body)).toBeNull();
    expect(adapter.problems()).toEqual([]);
  });

  it('reply modal: the composer answers the post shown in the dialog (typed or empty)', () => {
    loadFixture(`x/reply-modal.${lang}.html`);
    const adapter = createXAdapter();
    const composers = adapter.findComposers(document);
    expect(composers).toHaveLength(1);
    expect(composers[0]?.kind).toBe('reply');
    expect(composers[0]?.target).toMatchObject({ kind: 'post', id: '1861000000000000002', authorHandle: 'warga_a', authorName: 'Budi Santoso' });
    expect(composers[0]?.sendButton?.getAttribute('data-testid')).toBe('tweetButton');
    // The preview in the dialog has no action bar: it is not reported as a post without counts.
    expect(adapter.findPosts(document).map((p) => p.id)).toEqual(['1861000000000000001', '1861000000000000002']);
    expect(adapter.problems()).toEqual([]);
  });

  it('new-post modal: a new post, with or without a placeholder', () => {
    loadFixture(`x/new-post-modal.${lang}.html`);
    const adapter = createXAdapter();
    const composers = adapter.findComposers(document);
    expect(composers.map((c) => [c.kind, c.target, c.sendButton?.getAttribute('data-testid')])).toEqual([['new-post', null, 'tweetButton']]);
  });

  it('profile: follower count of the page owner, not of a hover card', () => {
    loadFixture(`x/profile.${lang}.html`);
    const adapter = createXAdapter();
    expect(adapter.readProfile(document)).toEqual({
      handle: 'kominfo_demo',
      counts: { followers: lang === 'en' ? approx(12300) : exact(1234) },
    });
    expect(adapter.problems()).toEqual([]);
  });

  it('profile: nothing on pages that are not profiles', () => {
    loadFixture(`x/profile.${lang}.html`, 'https://x.com/home');
    const adapter = createXAdapter();
    expect(adapter.readProfile(document)).toBeNull();
    loadFixture(`x/profile.${lang}.html`, 'https://x.com/kominfo_demo/status/1861000000000000001');
    expect(adapter.readProfile(document)).toBeNull();
    expect(adapter.problems()).toEqual([]);
  });

  it('profile: a header without the follower link is a problem', () => {
    loadFixture(`x/profile.${lang}.html`);
    for (const a of Array.from(document.querySelectorAll('a[href$="/verified_followers"]'))) a.remove();
    const adapter = createXAdapter();
    expect(adapter.readProfile(document)).toBeNull();
    expect(adapter.problems()).toEqual([expect.objectContaining({ code: 'counts-not-found', area: 'profile-followers' })]);
  });

  it('page language from <html lang>', () => {
    loadFixture(`x/timeline.${lang}.html`);
    expect(createXAdapter().pageLanguage(document)).toBe(lang);
  });
});

describe('X direct messages', () => {
  it('the messages drawer editor (Draft.js too) is not a composer', () => {
    loadFixture('x/timeline.en.html');
    const drawer = document.createElement('div');
    drawer.setAttribute('data-testid', 'DMDrawer');
    const editor = document.createElement('div');
    editor.className = 'public-DraftEditor-content';
    editor.setAttribute('contenteditable', 'true');
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('data-testid', 'dmComposerTextInput');
    drawer.append(editor);
    document.body.append(drawer);
    const adapter = createXAdapter();
    expect(adapter.findComposers(document).map((c) => c.element.getAttribute('data-testid'))).toEqual(['tweetTextarea_0']);
    expect(adapter.composerFor(editor)).toBeNull();
    expect(adapter.problems()).toEqual([]);
  });
});

describe('X changed markup', () => {
  it('en: renamed test ids still read through fallbacks; missing parts become problems, not exceptions', () => {
    loadFixture('x/changed.en.html');
    const adapter = createXAdapter();
    const posts = adapter.findPosts(document);
    // Found by role; author name lost (User-Name renamed) but the handle comes from the permalink.
    expect(posts.map((p) => p.id)).toEqual(['1861000000000000100', '1861000000000000102']);
    const ok = byId(posts, '1861000000000000100');
    expect(ok.authorName).toBeUndefined();
    expect(ok.authorHandle).toBe('warga_a');
    expect(ok.counts).toEqual({ replies: exact(2), reposts: exact(0), likes: exact(5), bookmarks: exact(0), views: exact(340) });
    expect(byId(posts, '1861000000000000102').counts).toEqual({});
    // The editor is no longer Draft.js and lost its test id, while the send button is still there.
    expect(adapter.findComposers(document)).toEqual([]);
    const codes = adapter.problems().map((p) => `${p.code}/${p.area}`);
    expect(codes).toEqual(expect.arrayContaining(['post-not-found/post-id', 'counts-not-found/post-counts', 'composer-not-found/composer']));
    expect(codes).toHaveLength(3);
  });

  it('en: focusing the unrecognised editor reports it', () => {
    loadFixture('x/changed.en.html');
    const adapter = createXAdapter();
    const editor = document.querySelector('[data-testid="composerInput"]');
    if (!editor) throw new Error('fixture changed');
    expect(adapter.composerFor(editor)).toBeNull();
    expect(adapter.problems()).toEqual([expect.objectContaining({ code: 'composer-not-found' })]);
  });

  it('id: a Draft.js editor with a renamed test id is found; its missing focal post is a problem', () => {
    loadFixture('x/changed.id.html');
    const adapter = createXAdapter();
    const composers = adapter.findComposers(document);
    expect(composers).toHaveLength(1);
    expect(composers[0]).toMatchObject({ kind: 'reply', target: null, editor: 'draft' });
    expect(adapter.problems()).toEqual([expect.objectContaining({ code: 'target-not-found' })]);
  });

  it('an exception inside the page does not escape: it becomes a problem', () => {
    loadFixture('x/timeline.en.html');
    const adapter = createXAdapter();
    const broken = {
      querySelectorAll: () => {
        throw new Error('boom');
      },
      querySelector: () => null,
    } as unknown as ParentNode;
    expect(adapter.findPosts(broken)).toEqual([]);
    expect(adapter.findComposers(broken)).toEqual([]);
    expect(adapter.problems().map((p) => p.code)).toEqual(['post-not-found', 'composer-not-found']);
    // The next call of a method replaces its own problems only.
    expect(adapter.findPosts(document)).toHaveLength(6);
    expect(adapter.problems().map((p) => p.code)).toEqual(['composer-not-found']);
  });
});
