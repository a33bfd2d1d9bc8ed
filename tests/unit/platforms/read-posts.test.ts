// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { readPosts, postTarget, type PostIdentity } from '@/lib/platforms/read-posts';
import type { AdapterProblem } from '@/lib/platforms/types';
import { createXAdapter } from '@/lib/platforms/x';
import { createFacebookAdapter } from '@/lib/platforms/facebook';
import { createInstagramAdapter } from '@/lib/platforms/instagram';
import { loadFixture } from './fixture';

function posts(...ids: string[]): HTMLElement[] {
  return ids.map((id) => {
    const el = document.createElement('article');
    el.dataset.id = id;
    return el;
  });
}

// Elements: "a1" by @agency, "c1" by @citizen, "x" without a permalink, "boom" throws.
const identify = (el: HTMLElement): PostIdentity | null => {
  const id = el.dataset.id ?? '';
  if (id === 'x') return null;
  if (id === 'boom') throw new Error('odd markup');
  return { element: el, id, authorHandle: id.startsWith('a') ? 'agency' : 'citizen' };
};

describe('readPosts: the loop the adapters share', () => {
  it('reads the counts of the wanted authors only; the others are identified and left', () => {
    const counts = vi.fn(() => ({ likes: { value: 5, exact: true } }));
    const report = vi.fn<(p: AdapterProblem) => void>();
    const r = readPosts(posts('a1', 'c1', 'a2', 'x'), { identify, counts, wanted: (h) => h === 'agency', report });
    expect(r.posts.map((p) => p.id)).toEqual(['a1', 'a2']);
    expect(counts).toHaveBeenCalledTimes(2);
    expect(r).toMatchObject({ unidentified: 1, read: 2, withCounts: 2 });
    expect(report).not.toHaveBeenCalled();
  });

  it('reads everyone without a filter, and completes the identity only of posts it reads', () => {
    const details = vi.fn((p: PostIdentity) => ({ ...p, authorName: `Name of ${p.authorHandle ?? '?'}` }));
    const r = readPosts(posts('a1', 'c1'), { identify, details, counts: () => ({}), report: () => undefined });
    expect(r.posts.map((p) => p.authorName)).toEqual(['Name of agency', 'Name of citizen']);
    expect(r).toMatchObject({ read: 2, withCounts: 0 });
    const filtered = readPosts(posts('a1', 'c1'), { identify, details, counts: () => ({}), wanted: (h) => h === 'agency', report: () => undefined });
    expect(filtered.posts).toHaveLength(1);
    expect(details).toHaveBeenCalledTimes(3);
  });

  it('a post that throws is reported and skipped; the rest are still read', () => {
    const report = vi.fn<(p: AdapterProblem) => void>();
    const r = readPosts(posts('a1', 'boom', 'a2'), { identify, counts: () => ({}), report });
    expect(r.posts.map((p) => p.id)).toEqual(['a1', 'a2']);
    expect(report).toHaveBeenCalledWith({ code: 'post-not-found', area: 'post', detail: 'odd markup' });
  });

  it('turns a post into a reply target without empty fields', () => {
    const el = document.createElement('article');
    expect(postTarget({ element: el, id: '1', authorHandle: 'warga', postedAt: 0 })).toEqual({ kind: 'post', id: '1', authorHandle: 'warga', postedAt: 0 });
  });
});

describe.each([
  ['X', () => createXAdapter(), 'x/timeline.id.html'],
  ['Facebook', () => createFacebookAdapter({ now: () => Date.parse('2025-11-20T04:15:00Z'), zone: () => 'WIB' }), 'facebook/feed.id.html'],
  ['Instagram', () => createInstagramAdapter(), 'instagram/feed.id.html'],
] as const)('%s findPosts with the kept accounts', (_name, create, fixture) => {
  it('gives exactly the unfiltered readings of the wanted authors, asking once per post', () => {
    loadFixture(fixture);
    const all = create().findPosts(document);
    const authors = [...new Set(all.map((p) => p.authorHandle ?? ''))];
    expect(all.length).toBeGreaterThan(1);
    const keep = authors[0] ?? '';
    const wanted = vi.fn((h: string) => h === keep);
    const some = create().findPosts(document, wanted);
    expect(some).toEqual(all.filter((p) => p.authorHandle === keep));
    expect(wanted).toHaveBeenCalledTimes(all.length);
    expect(create().findPosts(document, () => false)).toEqual([]);
  });
});
