// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createInstagramAdapter } from '@/lib/platforms/instagram';
import { loadFixture } from './fixture';

const read = (file: string, own: (h: string) => boolean) => {
  const doc = loadFixture(`instagram/${file}`);
  return (createInstagramAdapter().findComments?.(doc, own) ?? []).map(({ element: _e, ...c }) => c);
};

describe("Instagram: citizens' comments under the agency's own posts", () => {
  const own = (h: string): boolean => h === 'kominfo_demo';

  it.each(['en', 'id'] as const)('reads comments with their post, handle, text and time; the agency\'s "@handle" reply answers one (%s UI)', (lang) => {
    const got = read(`post.${lang}.html`, own);
    expect(got.map((c) => [c.id, c.authorHandle, c.answeredByOwn])).toEqual([
      ['17890000000000001', 'budi.santoso', false],
      ['17890000000000002', 'siti.rahma', true],
    ]);
    expect(got[1]).toMatchObject({
      permalink: 'https://www.instagram.com/p/DAbc123xyz0/c/17890000000000002/',
      postId: 'DAbc123xyz0',
      postAccount: 'kominfo_demo',
      text: 'Lokasinya di mana ya?',
      postedAt: Date.parse('2025-11-20T03:30:00.000Z'),
    });
    // the agency's own comment (17890000000000003) is not queued
    expect(got.some((c) => c.authorHandle === 'kominfo_demo')).toBe(false);
  });

  it('real-shape post page (id UI)', () => {
    expect(read('post-real.id.html', own).map((c) => [c.id, c.authorHandle, c.text])).toEqual([['17890000000000011', 'budi.santoso', 'Mulai jam berapa, Min?']]);
  });

  it.each(['post.id.html', 'post.en.html', 'post-real.id.html'])('%s: every comment read, no health diagnostic', (file) => {
    const adapter = createInstagramAdapter();
    adapter.findComments?.(loadFixture(`instagram/${file}`), own);
    expect(adapter.problems().filter((p) => p.code === 'comment-id-not-found')).toEqual([]);
  });

  it('comments whose author links changed: none queued, and the health list names it', () => {
    const doc = loadFixture('instagram/post.id.html');
    // Every author link inside the comment list loses its /handle/ address.
    for (const a of Array.from(doc.querySelectorAll('ul._a9ym a[href]'))) if (!(a.getAttribute('href') ?? '').includes('/c/')) a.setAttribute('href', '#');
    const adapter = createInstagramAdapter();
    expect(adapter.findComments?.(doc, own)).toEqual([]);
    expect(adapter.problems()).toContainEqual(expect.objectContaining({ code: 'comment-id-not-found', area: 'comment-id' }));
  });

  it("reads nothing under another account's post", () => {
    expect(read('post.id.html', (h) => h === 'humaskotacontoh')).toEqual([]);
  });
});
