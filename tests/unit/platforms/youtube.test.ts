// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createYouTubeAdapter, handleOfHref, readComment, videoIdOfUrl } from '@/lib/platforms/youtube';
import { parseRelativeTime } from '@/lib/platforms/relative-time';
import { loadFixture, loadFragment } from './fixture';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** 11:15 WIB on Thu 20 Nov 2025. */
const NOW = Date.parse('2025-11-20T04:15:00Z');
const CLOCK = { now: () => NOW, zone: () => 'WIB' as const };
const VIDEO = 'Kd8Qw3Ls9Xa';
const SITI = 'Ugw0Yj8xvGhcuC_GwNZ4AaABAg';
const BUDI = `${SITI}.9zQ1RplyAbC`;
const exact = (value: number) => ({ value, exact: true });

describe.each(['en', 'id'] as const)('YouTube watch page, %s UI', (lang) => {
  const submit = lang === 'en' ? 'Comment' : 'Komentar';

  it('the video: id, permalink, channel handle (not the description\'s @link), date, exact likes and views, comment count', () => {
    loadFixture(`youtube/watch.${lang}.html`);
    const adapter = createYouTubeAdapter(CLOCK);
    const posts = adapter.findPosts(document);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      id: VIDEO,
      permalink: `https://www.youtube.com/watch?v=${VIDEO}`,
      authorHandle: 'humaskotacontoh',
      authorName: 'Humas Kota Contoh',
      postedAt: NOW - 3 * DAY,
      postedAtResolutionMs: DAY,
    });
    // Likes from the like button's aria-label (exact), views "1.234.567 x ditonton" / "1,234,567 views".
    expect(posts[0]?.counts).toEqual({ likes: exact(4321), views: exact(1_234_567), replies: exact(1024) });
    expect(posts[0]?.anchor?.textContent).toContain(lang === 'en' ? 'views' : 'x ditonton');
    expect(adapter.problems()).toEqual([]);
  });

  it('only the wanted channel\'s video is read', () => {
    loadFixture(`youtube/watch.${lang}.html`);
    const adapter = createYouTubeAdapter(CLOCK);
    expect(adapter.findPosts(document, (h) => h === 'humaskotacontoh').map((p) => p.id)).toEqual([VIDEO]);
    expect(adapter.findPosts(document, (h) => h === 'warga.lain')).toEqual([]);
  });

  it('the channel\'s subscribers (compact: "12,3 rb subscriber" / "12.3K subscribers")', () => {
    loadFixture(`youtube/watch.${lang}.html`);
    const adapter = createYouTubeAdapter(CLOCK);
    expect(adapter.readProfile(document)).toEqual({ handle: 'humaskotacontoh', counts: { followers: { value: 12_300, exact: false } } });
  });

  it('composers: the top-level box answers the video, reply boxes answer their comment (lc=, author, relative time)', () => {
    loadFixture(`youtube/watch.${lang}.html`);
    const adapter = createYouTubeAdapter(CLOCK);
    const composers = adapter.findComposers(document);
    expect(composers.map((c) => [c.kind, c.editor, c.target?.kind, c.target?.id])).toEqual([
      ['reply', 'contenteditable', 'post', VIDEO],
      ['comment-reply', 'contenteditable', 'comment', SITI],
      ['comment-reply', 'contenteditable', 'comment', BUDI],
    ]);
    expect(composers[0]?.target).toMatchObject({ authorHandle: 'humaskotacontoh', postedAt: NOW - 3 * DAY });
    expect(composers[1]?.target).toEqual({
      kind: 'comment',
      id: SITI,
      permalink: `https://www.youtube.com/watch?v=${VIDEO}&lc=${SITI}`,
      authorHandle: 'siti_rahma',
      authorName: '@Siti_Rahma',
      postedAt: NOW - 12 * HOUR,
      postedAtResolutionMs: HOUR,
    });
    expect(composers[2]?.target).toMatchObject({ authorHandle: 'warga.budi', postedAt: NOW - 5 * MIN, postedAtResolutionMs: MIN });
    for (const c of composers) {
      expect(c.sendButton?.localName).toBe('button');
      expect(c.sendButton?.textContent).toBe(submit);
      expect(c.sendButton?.closest('ytd-commentbox')).toBe(c.element.closest('ytd-commentbox'));
    }
    expect(adapter.problems()).toEqual([]);
  });

  it('composerFor: from the editor or a node inside it; not from the comment text', () => {
    loadFixture(`youtube/watch.${lang}.html`);
    const adapter = createYouTubeAdapter(CLOCK);
    const editors = adapter.findEditors(document);
    expect(editors).toHaveLength(3);
    const inner = document.createElement('span');
    editors[1]?.append(inner);
    expect(adapter.composerFor(inner)?.target?.id).toBe(SITI);
    expect(adapter.composerFor(document.querySelector('#content-text') ?? document.body)).toBeNull();
  });

  it('an edited comment\'s time ("2 weeks ago (edited)" / "2 minggu yang lalu (diedit)") is read without the mark', () => {
    loadFixture(`youtube/watch.${lang}.html`);
    const own = document.querySelectorAll('ytd-comment-view-model')[2];
    if (!own) throw new Error('fixture');
    expect(readComment(own, { lang, now: NOW, zone: 'WIB' })?.target).toMatchObject({ id: 'UgxOwnReply00000000AaABAg', authorHandle: 'humaskotacontoh', postedAt: NOW - 14 * DAY });
  });

  it('changed markup: a half-done in-page navigation, a reply box without lc=, an unknown editor, no subscribers', () => {
    loadFixture(`youtube/changed.${lang}.html`);
    const adapter = createYouTubeAdapter(CLOCK);
    // The address names NextVideo01 while ytd-watch-flexy still shows the previous video: nothing
    // is read rather than the previous video's counts under the new id.
    expect(adapter.findPosts(document)).toEqual([]);
    expect(adapter.readProfile(document)).toBeNull();
    const composers = adapter.findComposers(document);
    expect(composers.map((c) => [c.kind, c.target])).toEqual([['comment-reply', null]]);
    expect(adapter.problems().map((p) => [p.code, p.area])).toEqual([
      ['target-not-found', 'comment-target'],
      ['composer-not-found', 'composer'],
    ]);
  });
});

describe('YouTube addresses', () => {
  it.each<[string, string | null]>([
    ['https://www.youtube.com/watch?v=nS9McwlWGzo', 'nS9McwlWGzo'],
    ['https://www.youtube.com/watch?v=nS9McwlWGzo&lc=Ugw0Yj8xvGhcuC_GwNZ4AaABAg', 'nS9McwlWGzo'],
    ['https://www.youtube.com/shorts/abcDEF12345', 'abcDEF12345'],
    ['https://www.youtube.com/@humaskota', null],
    ['https://www.youtube.com/watch?v=<script>', null],
    ['https://www.youtube.com/results?search_query=ktp', null],
  ])('%s → %s', (url, id) => expect(videoIdOfUrl(url)).toBe(id));

  it.each<[string, string | undefined]>([
    ['/@Boris_Nedev', 'boris_nedev'],
    ['/@humas.kota-contoh/videos', 'humas.kota-contoh'],
    ['https://www.youtube.com/@HumasKota', 'humaskota'],
    ['/channel/UC1234567890', undefined],
    ['/@a', undefined],
    ['/watch?v=x', undefined],
  ])('%s → %s', (href, handle) => expect(handleOfHref(href)).toBe(handle));
});

describe('YouTube relative times (youtube-indonesian-timeago-newpipe.txt; comment-thread-2025.txt)', () => {
  it.each<[string, 'id' | 'en', number, number]>([
    ['1 detik yang lalu', 'id', 1000, 1000],
    ['3 menit yang lalu', 'id', 3 * MIN, MIN],
    ['12 jam yang lalu', 'id', 12 * HOUR, HOUR],
    ['1 hari yang lalu', 'id', DAY, DAY],
    ['2 minggu yang lalu', 'id', 14 * DAY, 7 * DAY],
    ['3 bulan yang lalu', 'id', 90 * DAY, 30 * DAY],
    ['1 tahun yang lalu', 'id', 365 * DAY, 365 * DAY],
    ['12 hours ago', 'en', 12 * HOUR, HOUR],
    ['2 weeks ago', 'en', 14 * DAY, 7 * DAY],
  ])('%s (%s)', (text, lang, ago, resolution) => {
    expect(parseRelativeTime(text, lang, NOW, 'WIB')).toEqual({ at: NOW - ago, resolutionMs: resolution });
  });
});

/** The real saved markup, read where ../shared is present (it is not copied into the repository). */
const REAL = resolve(import.meta.dirname, '../../../../shared/fixtures/real/next');
const thread = resolve(REAL, 'youtube-watch-comment-thread-2025.txt');
const box = resolve(REAL, 'youtube-watch-commentbox-outerhtml-vi.txt');

describe.runIf(existsSync(thread) && existsSync(box))('YouTube, the real saved markup', () => {
  it('a 2025 comment thread: id from lc=, author, "12 hours ago"', () => {
    const text = readFileSync(thread, 'utf8');
    loadFragment(text.slice(text.indexOf('<ytd-comment-thread-renderer')), 'en', 'https://www.youtube.com/watch?v=nS9McwlWGzo');
    const comment = document.querySelector('ytd-comment-view-model');
    if (!comment) throw new Error('no comment in the saved markup');
    expect(readComment(comment, { lang: 'en', now: NOW, zone: 'WIB' })?.target).toEqual({
      kind: 'comment',
      id: 'Ugw0Yj8xvGhcuC_GwNZ4AaABAg',
      permalink: 'https://www.youtube.com/watch?v=nS9McwlWGzo&lc=Ugw0Yj8xvGhcuC_GwNZ4AaABAg',
      authorHandle: 'boris_nedev',
      authorName: '@Boris_Nedev',
      postedAt: NOW - 12 * HOUR,
      postedAtResolutionMs: HOUR,
    });
  });

  it('the comment box (older build, Vietnamese): the editor, its send control, the video it answers', () => {
    const lines = readFileSync(box, 'utf8').split('\n');
    const start = lines.findIndex((l) => l.includes('<ytd-comment-dialog-renderer'));
    const end = lines.findIndex((l) => l.includes('</ytd-comment-dialog-renderer>'));
    const html = lines
      .slice(start, end + 1)
      .filter((l) => !l.includes('[...]'))
      .map((l) => l.replace(/^\s*\/\/\s?/, '').replace(/^.*var comment = `/, '').replace(/`;\s*$/, ''))
      .join('\n');
    loadFragment(html, 'vi', 'https://www.youtube.com/watch?v=nS9McwlWGzo');
    const adapter = createYouTubeAdapter(CLOCK);
    const composers = adapter.findComposers(document);
    expect(composers).toHaveLength(1);
    expect(composers[0]?.element.getAttribute('aria-label')).toBe('Bình luận công khai...');
    expect(composers[0]?.sendButton?.getAttribute('aria-label')).toBe('Bình luận');
    expect(composers[0]?.target).toEqual({ kind: 'post', id: 'nS9McwlWGzo', permalink: 'https://www.youtube.com/watch?v=nS9McwlWGzo' });
  });
});

describe('YouTube, a box taken off the page', () => {
  it('is no composer: without its comment around it, it would pass for the top-level box', () => {
    loadFixture('youtube/watch.en.html');
    const adapter = createYouTubeAdapter(CLOCK);
    const reply = adapter.findEditors(document)[1];
    if (!reply) throw new Error('fixture');
    expect(adapter.composerFor(reply)?.target?.id).toBe(SITI);
    reply.closest('ytd-commentbox')?.remove();
    expect(adapter.composerFor(reply)).toBeNull();
  });
});
