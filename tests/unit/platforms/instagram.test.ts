// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createInstagramAdapter } from '@/lib/platforms/instagram';
import type { PostInfo } from '@/lib/platforms/types';
import { loadFixture } from './fixture';

const LANGS = ['en', 'id'] as const;
const exact = (value: number) => ({ value, exact: true });
const approx = (value: number) => ({ value, exact: false });
const byId = (posts: PostInfo[], id: string): PostInfo => {
  const p = posts.find((x) => x.id === id);
  if (!p) throw new Error(`post ${id} not found`);
  return p;
};
const A1 = 'DAbc123xyz0';
const A2 = 'C9Reel00001';
const A3 = 'DAzero00003';
const A4 = 'DAone000004';

describe.each(LANGS)('Instagram fixtures, %s UI', (lang) => {
  it('feed: posts and reels with id, author, time and counts (exact, compact, zero, singular)', () => {
    loadFixture(`instagram/feed.${lang}.html`);
    const adapter = createInstagramAdapter();
    const posts = adapter.findPosts(document);
    expect(posts.map((p) => p.id)).toEqual([A1, A2, A3, A4]);
    expect(byId(posts, A1)).toMatchObject({
      permalink: `https://www.instagram.com/p/${A1}/`,
      authorHandle: 'kominfo_demo',
      authorName: 'kominfo_demo',
      postedAt: Date.parse('2025-11-20T02:15:00.000Z'),
    });
    expect(byId(posts, A1).counts).toEqual({ likes: exact(1234), replies: exact(56) });
    expect(byId(posts, A2).permalink).toBe(`https://www.instagram.com/reel/${A2}/`);
    expect(byId(posts, A2).counts).toEqual({ likes: approx(12300), replies: exact(1024) });
    expect(byId(posts, A3)).toMatchObject({ authorHandle: 'warga.budi', counts: { likes: exact(0) } });
    expect(byId(posts, A4).counts).toEqual({ likes: exact(1) });
    expect(adapter.problems()).toEqual([]);
  });

  it('feed: every comment box answers its own post', () => {
    loadFixture(`instagram/feed.${lang}.html`);
    const adapter = createInstagramAdapter();
    const composers = adapter.findComposers(document);
    expect(composers.map((c) => [c.kind, c.editor, c.target?.kind, c.target?.id])).toEqual([
      ['reply', 'textarea', 'post', A1],
      ['reply', 'textarea', 'post', A2],
      ['reply', 'textarea', 'post', A3],
      ['reply', 'textarea', 'post', A4],
    ]);
    expect(composers[0]?.target).toEqual({
      kind: 'post',
      id: A1,
      permalink: `https://www.instagram.com/p/${A1}/`,
      authorName: 'kominfo_demo',
      authorHandle: 'kominfo_demo',
      postedAt: Date.parse('2025-11-20T02:15:00.000Z'),
    });
    expect(composers.every((c) => c.sendButton?.textContent === (lang === 'en' ? 'Post' : 'Kirim'))).toBe(true);
    expect(adapter.problems()).toEqual([]);
  });

  it('post page: "@handle " in the box makes it a reply to that comment', () => {
    loadFixture(`instagram/post.${lang}.html`);
    const adapter = createInstagramAdapter();
    const [c, ...rest] = adapter.findComposers(document);
    expect(rest).toEqual([]);
    expect(c?.kind).toBe('comment-reply');
    expect(c?.target).toEqual(
      lang === 'en'
        ? {
            kind: 'comment',
            id: '17890000000000001',
            permalink: `https://www.instagram.com/p/${A1}/c/17890000000000001/`,
            authorHandle: 'budi.santoso',
            authorName: 'budi.santoso',
            postedAt: Date.parse('2025-11-20T03:00:00.000Z'),
          }
        : {
            kind: 'comment',
            id: '17890000000000002',
            permalink: `https://www.instagram.com/p/${A1}/c/17890000000000002/`,
            authorHandle: 'siti.rahma',
            authorName: 'siti.rahma',
            postedAt: Date.parse('2025-11-20T03:30:00.000Z'),
          },
    );
    expect(c?.sendButton?.textContent).toBe(lang === 'en' ? 'Post' : 'Kirim');
    // The page is the post: its id from the address, not from the "more posts" grid.
    const posts = adapter.findPosts(document);
    expect(posts.map((p) => [p.id, p.authorHandle, p.counts])).toEqual([[A1, 'kominfo_demo', { likes: exact(1234) }]]);
    expect(adapter.problems()).toEqual([]);
  });

  it('post page: without the mention (or with an unknown one) it answers the post', () => {
    loadFixture(`instagram/post.${lang}.html`);
    const box = document.querySelector('textarea');
    if (!box) throw new Error('fixture changed');
    const adapter = createInstagramAdapter();
    box.value = '';
    expect(adapter.composerFor(box)).toMatchObject({ kind: 'reply', target: { kind: 'post', id: A1 } });
    box.value = '@someone.else terima kasih';
    expect(adapter.composerFor(box)).toMatchObject({ kind: 'reply', target: { kind: 'post', id: A1 } });
    box.value = '@kominfo_demo ';
    expect(adapter.composerFor(box)).toMatchObject({ kind: 'comment-reply', target: { id: '17890000000000003', authorHandle: 'kominfo_demo' } });
    expect(adapter.problems()).toEqual([]);
  });

  it('post dialog over a profile: the box answers the post in the dialog', () => {
    loadFixture(`instagram/profile-modal.${lang}.html`);
    const adapter = createInstagramAdapter();
    const composers = adapter.findComposers(document);
    expect(composers.map((c) => [c.kind, c.target?.id, c.target?.authorHandle])).toEqual([['reply', A1, 'kominfo_demo']]);
    expect(adapter.findPosts(document).map((p) => [p.id, p.counts])).toEqual([[A1, { likes: exact(1234) }]]);
    expect(adapter.problems()).toEqual([]);
  });

  it('post dialog over a profile: the box and its send control are the ones inside the dialog, with or without a <form>', () => {
    loadFixture(`instagram/profile-modal.${lang}.html`);
    const dialog = document.querySelector('[role="dialog"]');
    const form = dialog?.querySelector('form');
    if (!dialog || !form) throw new Error('fixture changed');
    const send = lang === 'en' ? 'Post' : 'Kirim';
    const check = () => {
      const [c, ...rest] = createInstagramAdapter().findComposers(document);
      expect(rest).toEqual([]);
      expect(dialog.contains(c?.element ?? null)).toBe(true);
      expect(c?.sendButton?.textContent).toBe(send);
      expect(dialog.contains(c?.sendButton ?? null)).toBe(true);
      expect(c?.target?.id).toBe(A1);
    };
    check();
    // The live comment bar is a <div>, not a <form> (EVIDENCE.md, Instagram send button), as in the playground's modal.
    const bar = document.createElement('div');
    bar.append(...Array.from(form.childNodes));
    form.replaceWith(bar);
    check();
  });

  it('reels: the contenteditable box, post id from the address', () => {
    loadFixture(`instagram/reel.${lang}.html`);
    const adapter = createInstagramAdapter();
    const composers = adapter.findComposers(document);
    expect(composers.map((c) => [c.kind, c.editor, c.target?.id, c.sendButton?.textContent])).toEqual([['reply', 'lexical', A2, lang === 'en' ? 'Post' : 'Kirim']]);
    expect(adapter.findPosts(document).map((p) => [p.id, p.counts])).toEqual([[A2, { likes: approx(12300) }]]);
  });

  it('profile: exact follower count from the title, not the compact text', () => {
    loadFixture(`instagram/profile.${lang}.html`);
    const adapter = createInstagramAdapter();
    expect(adapter.readProfile(document)).toEqual({ handle: 'kominfo_demo', counts: { followers: exact(12345) } });
    // Without the title: the compact text, approximate.
    document.querySelector('a[href$="/followers/"] [title]')?.removeAttribute('title');
    expect(adapter.readProfile(document)).toEqual({ handle: 'kominfo_demo', counts: { followers: approx(12300) } });
    expect(adapter.problems()).toEqual([]);
  });

  it('profile: not on post pages or the home feed', () => {
    loadFixture(`instagram/profile.${lang}.html`, `https://www.instagram.com/p/${A1}/`);
    const adapter = createInstagramAdapter();
    expect(adapter.readProfile(document)).toBeNull();
    loadFixture(`instagram/profile.${lang}.html`, 'https://www.instagram.com/');
    expect(adapter.readProfile(document)).toBeNull();
    expect(adapter.problems()).toEqual([]);
  });

  it('page language from <html lang>', () => {
    loadFixture(`instagram/feed.${lang}.html`);
    expect(createInstagramAdapter().pageLanguage(document)).toBe(lang);
  });
});

describe('Instagram changed markup', () => {
  it('en: an unknown box label and counts without words: problems, no exceptions', () => {
    loadFixture('instagram/changed.en.html');
    const adapter = createInstagramAdapter();
    expect(adapter.findComposers(document)).toEqual([]);
    const posts = adapter.findPosts(document);
    expect(posts.map((p) => [p.id, p.counts])).toEqual([
      [A1, {}],
      [A4, {}],
    ]);
    expect(adapter.problems().map((p) => `${p.code}/${p.area}`)).toEqual(['composer-not-found/composer', 'counts-not-found/post-counts']);
    const box = document.querySelector('textarea');
    if (!box) throw new Error('fixture changed');
    expect(adapter.composerFor(box)).toBeNull();
    expect(adapter.problems().map((p) => p.code)).toContain('composer-not-found');
  });

  it('id: comment links changed shape: the mention finds no comment, reported; the box still answers the post', () => {
    loadFixture('instagram/changed.id.html');
    const adapter = createInstagramAdapter();
    const composers = adapter.findComposers(document);
    expect(composers.map((c) => [c.kind, c.target?.kind, c.target?.id])).toEqual([['reply', 'post', A1]]);
    expect(adapter.problems().map((p) => `${p.code}/${p.area}`)).toEqual(['target-not-found/comment-target']);
  });

  it('never throws, whatever the root', () => {
    loadFixture('instagram/feed.en.html');
    const adapter = createInstagramAdapter();
    const broken = {
      nodeType: 1,
      querySelectorAll: () => {
        throw new Error('boom');
      },
      querySelector: () => null,
    } as unknown as ParentNode;
    expect(adapter.findPosts(broken)).toEqual([]);
    expect(adapter.findComposers(broken)).toEqual([]);
    expect(adapter.problems().map((p) => p.code)).toEqual(['post-not-found', 'composer-not-found']);
  });
});
