// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createYouTubeAdapter } from '@/lib/platforms/youtube';
import { loadFixture, loadFragment } from './fixture';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** 11:15 WIB on Thu 20 Nov 2025. */
const NOW = Date.parse('2025-11-20T04:15:00Z');
const CLOCK = { now: () => NOW, zone: () => 'WIB' as const };
const VIDEO = 'Kd8Qw3Ls9Xa';
const own = (h: string): boolean => h === 'humaskotacontoh';

const read = (doc: Document, who: (h: string) => boolean = own) =>
  (createYouTubeAdapter(CLOCK).findComments?.(doc, who) ?? []).map(({ element: _e, ...c }) => c);

describe.each(['en', 'id'] as const)("YouTube: citizens' comments under the agency's own video (%s UI)", (lang) => {
  const doc = () => loadFixture(`youtube/watch.${lang}.html`);

  it("each thread's top comment by a citizen; answered only by a reply of the agency's channel seen on the page", () => {
    expect(read(doc()).map((c) => [c.id, c.authorHandle, c.answeredByOwn])).toEqual([
      // Budi's reply under Siti's comment is a citizen's, not an answer
      ['Ugw0Yj8xvGhcuC_GwNZ4AaABAg', 'siti_rahma', false],
      // the agency's own top-level comment (UgxOwnReply…) is not queued; this one it answered
      ['UgyAnswered000000000AaABAg', 'warga.budi', true],
      // replies not opened yet ("1 balasan" folded): waiting, never taken as answered
      ['UgzCollapsed00000000AaABAg', 'siti_rahma', false],
    ]);
  });

  it('its permalink (lc=), the video and channel it is under, its words and its relative time', () => {
    expect(read(doc())[0]).toEqual({
      id: 'Ugw0Yj8xvGhcuC_GwNZ4AaABAg',
      permalink: `https://www.youtube.com/watch?v=${VIDEO}&lc=Ugw0Yj8xvGhcuC_GwNZ4AaABAg`,
      postId: VIDEO,
      postAccount: 'humaskotacontoh',
      authorHandle: 'siti_rahma',
      text: 'Kapan jalan di Jl. Melati diperbaiki? Sudah 3 bulan berlubang.',
      postedAt: NOW - 12 * HOUR,
      postedAtResolutionMs: HOUR,
      answeredByOwn: false,
    });
    expect(read(doc())[1]?.postedAt).toBe(NOW - 14 * DAY);
  });

  it("reads nothing under another channel's video", () => {
    expect(read(doc(), (h) => h === 'wargakreatif')).toEqual([]);
  });
});

describe('YouTube comments, bad markup', () => {
  it('a thread whose time link lost its lc= gives no comment (no id: nothing to answer or to count), and the health list names it', () => {
    const doc = loadFixture('youtube/watch.id.html');
    for (const a of Array.from(doc.querySelectorAll('#published-time-text a'))) a.setAttribute('href', `/watch?v=${VIDEO}`);
    const adapter = createYouTubeAdapter(CLOCK);
    expect(adapter.findComments?.(doc, own)).toEqual([]);
    expect(adapter.problems()).toContainEqual(expect.objectContaining({ code: 'comment-id-not-found', area: 'comment-id' }));
  });

  it.each(['en', 'id'])('the watch fixture (%s): no comment-id diagnostic', (lang) => {
    const adapter = createYouTubeAdapter(CLOCK);
    adapter.findComments?.(loadFixture(`youtube/watch.${lang}.html`), own);
    expect(adapter.problems().filter((p) => p.code === 'comment-id-not-found')).toEqual([]);
  });

  it('a page in the middle of an in-page navigation (the address names another video) gives none', () => {
    expect(read(loadFixture('youtube/changed.id.html'))).toEqual([]);
  });
});

/** The real saved markup, read where ../shared is present (it is not copied into the repository). */
const THREAD = resolve(import.meta.dirname, '../../../../shared/fixtures/real/next/youtube-watch-comment-thread-2025.txt');

describe.runIf(existsSync(THREAD))('YouTube comments, the real 2025 thread', () => {
  it('its top comment is read; its 9 replies are folded (a continuation spinner), so it waits', () => {
    const text = readFileSync(THREAD, 'utf8');
    // The saved thread under a watch page of the channel that owns the video (the metadata block is ours).
    const meta = '<ytd-watch-metadata><div id="owner"><yt-formatted-string id="text"><a href="/@HumasKotaContoh">Humas</a></yt-formatted-string></div></ytd-watch-metadata>';
    const doc = loadFragment(meta + text.slice(text.indexOf('<ytd-comment-thread-renderer')), 'en', 'https://www.youtube.com/watch?v=nS9McwlWGzo');
    const got = read(doc);
    expect(got.map((c) => [c.id, c.authorHandle, c.answeredByOwn, c.postId])).toEqual([['Ugw0Yj8xvGhcuC_GwNZ4AaABAg', 'boris_nedev', false, 'nS9McwlWGzo']]);
    expect(got[0]?.postedAt).toBe(NOW - 12 * HOUR);
    expect(got[0]?.text.length).toBeGreaterThan(0);
  });
});
