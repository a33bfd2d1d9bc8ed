// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createXAdapter } from '@/lib/platforms/x';
import { loadFixture, loadPage } from './fixture';

const own = (h: string) => h === 'kominfo_demo';

describe('X: citizens\u2019 comments under the agency\u2019s own posts', () => {
  it.each(['en', 'id'] as const)('reads the thread fixture (%s UI): ids, post, time, handle, text, answered', (lang) => {
    const doc = loadFixture(`x/thread.${lang}.html`);
    const comments = createXAdapter().findComments?.(doc, own) ?? [];
    const byId = Object.fromEntries(comments.map((c) => [c.id, c]));
    // warga_a replied to the agency's post 099, and the agency answered under it (101)
    expect(byId['1861000000000000100']).toMatchObject({
      postId: '1861000000000000099',
      postAccount: 'kominfo_demo',
      authorHandle: 'warga_a',
      permalink: 'https://x.com/warga_a/status/1861000000000000100',
      postedAt: Date.parse('2025-11-20T05:12:34.000Z'),
      answeredByOwn: true,
    });
    expect(byId['1861000000000000100']?.text).toMatch(/simpang lima/);
    // the agency's own reply is not a comment to answer
    expect(byId['1861000000000000101']).toBeUndefined();
    expect(comments.every((c) => c.authorHandle !== 'kominfo_demo')).toBe(true);
  });

  it('reads nothing under another account\u2019s post (own accounts only)', () => {
    const doc = loadFixture('x/thread.id.html');
    expect(createXAdapter().findComments?.(doc, (h) => h === 'humaskotacontoh')).toEqual([]);
  });

  const article = (handle: string, id: string, replyingTo: string | null, text: string, time = true) => `
    <article data-testid="tweet" role="article">
      <div data-testid="User-Name"><a href="/${handle}"><span>${handle}</span></a><a href="/${handle}"><span>@${handle}</span></a></div>
      ${replyingTo ? `<div dir="ltr">Replying to <a href="/${replyingTo}">@${replyingTo}</a></div>` : ''}
      <div data-testid="tweetText"><span>${text}</span></div>
      <a href="/${handle}/status/${id}">${time ? `<time datetime="2026-11-23T01:00:00.000Z">1h</time>` : 'link'}</a>
    </article>`;

  it('a branch ends at another citizen: an own reply to B does not answer A; a mention in the text is not a reply line', () => {
    const doc = loadPage(`<html lang="en"><body><main>
      ${article('kominfo_demo', '1', null, 'Jadwal vaksin minggu ini.')}
      ${article('warga_a', '2', 'kominfo_demo', 'Kapan di kecamatan kami?')}
      ${article('warga_b', '3', 'kominfo_demo', 'Syaratnya apa?')}
      ${article('kominfo_demo', '4', 'warga_b', 'KTP dan KK, Kak.')}
      ${article('warga_c', '5', null, 'cc <a href="/kominfo_demo">@kominfo_demo</a> bagus')}
    </main></body></html>`, 'https://x.com/kominfo_demo/status/1');
    const comments = createXAdapter().findComments?.(doc, own) ?? [];
    expect(comments.map((c) => [c.id, c.answeredByOwn])).toEqual([
      ['2', false],
      ['3', true],
    ]);
  });

  it('a reply to the agency without a status link is not queued, and the health list names it; the thread fixture has none', () => {
    const doc = loadPage(`<html lang="en"><body><main>
      ${article('kominfo_demo', '1', null, 'Info.')}
      ${article('warga_a', '2', 'kominfo_demo', 'Kapan?').replace(/href="\/warga_a\/status\/2"/, 'href="#"')}
    </main></body></html>`, 'https://x.com/kominfo_demo/status/1');
    const adapter = createXAdapter();
    expect(adapter.findComments?.(doc, own)).toEqual([]);
    expect(adapter.problems()).toContainEqual(expect.objectContaining({ code: 'comment-id-not-found', area: 'comment-id' }));
    const clean = createXAdapter();
    for (const lang of ['en', 'id']) clean.findComments?.(loadFixture(`x/thread.${lang}.html`), own);
    expect(clean.problems().filter((p) => p.code === 'comment-id-not-found')).toEqual([]);
  });

  it('comments without a time are read, waiting, and reported for the health list', () => {
    const doc = loadPage(`<html lang="en"><body><main>
      ${article('kominfo_demo', '1', null, 'Info.')}
      ${article('warga_a', '2', 'kominfo_demo', 'Kapan?', false)}
    </main></body></html>`, 'https://x.com/kominfo_demo/status/1');
    const adapter = createXAdapter();
    const comments = adapter.findComments?.(doc, own) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.postedAt).toBeUndefined();
    expect(comments[0]?.answeredByOwn).toBe(false);
    expect(adapter.problems()).toContainEqual(expect.objectContaining({ code: 'time-not-found', area: 'comment-time' }));
  });
});
