// @vitest-environment happy-dom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { capturePage, captureFileName } from '@/lib/capture';
import { adapterForHost } from '@/lib/platforms/index';
import { platformForHost } from '@/lib/platforms/hosts';
import { UI_WORDS } from '@/lib/capture/ui-words';
import { FIXTURES, SHARED_X, loadFixture, loadFragment, loadPage } from '../platforms/fixture';

// The capture is judged by what it is for: a maintainer loads it as an adapter fixture, so the
// adapters must find in it what they find on the page (composers, send controls, times, counts),
// and it must hold none of the page's personal data.

const NOW = new Date('2026-03-02T08:00:00Z');
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterAll(() => {
  vi.useRealTimers();
});

/** What the adapters read on the current document, without ids and names (those are placeholders). */
function reading() {
  const platform = platformForHost(location.hostname);
  const adapter = adapterForHost(location.hostname);
  if (!adapter || !platform) throw new Error(`no adapter for ${location.hostname}`);
  const composers = adapter.findComposers(document).map((c) => ({
    kind: c.kind,
    editor: c.editor,
    send: c.sendButton ? (c.sendButton.getAttribute('aria-label') ?? c.sendButton.getAttribute('data-testid') ?? c.sendButton.tagName) : null,
    target: c.target ? { kind: c.target.kind, postedAt: c.target.postedAt ?? null, hasAuthor: c.target.authorName !== undefined || c.target.authorHandle !== undefined } : null,
  }));
  const posts = adapter.findPosts(document).map((p) => ({ counts: p.counts, postedAt: p.postedAt ?? null, hasPermalink: p.permalink !== undefined }));
  const profile = adapter.readProfile(document)?.counts ?? null;
  const problems = adapter.problems().map((p) => p.code);
  return { platform, composers, posts, profile, problems };
}

/** Personal data the adapters find on the page: names, handles, ids, permalinks' ids. */
function personalData(): string[] {
  const adapter = adapterForHost(location.hostname);
  if (!adapter) return [];
  const out: string[] = [];
  for (const p of adapter.findPosts(document)) out.push(p.id, p.authorName ?? '', p.authorHandle ?? '');
  for (const c of adapter.findComposers(document)) if (c.target) out.push(c.target.id, c.target.authorName ?? '', c.target.authorHandle ?? '');
  return out.filter((s) => s.length >= 3);
}

/** The words of a document's text and text labels (4 letters or more). */
function wordsOf(doc: Document): Set<string> {
  const texts: string[] = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.nodeValue ?? '');
  for (const el of Array.from(doc.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-placeholder]'))) {
    for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'aria-placeholder']) texts.push(el.getAttribute(a) ?? '');
  }
  return new Set((texts.join(' ').match(/\p{L}{4,}/gu) ?? []).map((w) => w.toLowerCase()));
}

/** The page's words that are not UI words, found again in the capture's text and labels. */
function leakedWords(page: Document, html: string): string[] {
  const kept = wordsOf(new DOMParser().parseFromString(html, 'text/html'));
  return [...wordsOf(page)].filter((w) => !UI_WORDS.has(w) && kept.has(w));
}

const FILES = ['facebook', 'instagram', 'x'].flatMap((p) => readdirSync(resolve(FIXTURES, p)).filter((f) => f.endsWith('.html')).map((f) => `${p}/${f}`));

describe('captures of the adapters’ fixture pages (the playground’s markup contract), both languages', () => {
  it('covers every platform in both languages', () => {
    expect(FILES.filter((f) => f.endsWith('.id.html')).length).toBeGreaterThanOrEqual(10);
    expect(FILES.filter((f) => f.endsWith('.en.html')).length).toBeGreaterThanOrEqual(10);
  });

  it.each(FILES)('%s: the adapters read the capture as they read the page, and none of its content is in it', (file) => {
    loadFixture(file);
    const url = location.href;
    const before = reading();
    const personal = personalData();
    const cap = capturePage(document, { url, platform: before.platform, capturedAt: NOW });
    expect(cap.truncated).toBe(false);
    const lower = cap.html.toLowerCase();
    expect(personal.filter((s) => lower.includes(s.toLowerCase()))).toEqual([]);
    expect(leakedWords(document, cap.html)).toEqual([]);
    loadPage(cap.html);
    expect(reading()).toEqual(before);
  });
});

describe.runIf(existsSync(SHARED_X))('captures of real x.com markup (../shared/fixtures/x, English UI)', () => {
  it.each([
    ['x-tweet-sample.html', 'https://x.com/TestUser123/status/1981398750557065646', ['TestUser123', 'Test User Account', '1981398750557065646']],
    ['x-tweet-quote.html', 'https://x.com/home', ['TestQuoter', 'Test Quoter', '1983130065320780162']],
    ['x-tweet-quote-video.html', 'https://x.com/home', ['QuotingUser', 'OriginalPoster']],
  ] as const)('%s: same posts, counts and times; no names, handles or ids', (file, url, secrets) => {
    loadFragment(readFileSync(resolve(SHARED_X, file), 'utf8'), 'en', url);
    const before = reading();
    expect(before.posts.length).toBeGreaterThan(0);
    const cap = capturePage(document, { url, platform: 'x', capturedAt: NOW });
    expect(secrets.filter((s) => cap.html.toLowerCase().includes(s.toLowerCase()))).toEqual([]);
    expect(personalData().filter((s) => cap.html.toLowerCase().includes(s.toLowerCase()))).toEqual([]);
    // the exact counts of the action bar's label survive ("48 replies, 152 reposts, ...")
    expect(cap.html).toMatch(/aria-label="\d+ replies, \d+ reposts, \d+ likes/);
    loadPage(cap.html);
    expect(reading()).toEqual(before);
  });
});

const SEEDED = `<!DOCTYPE html><html lang="id"><head><meta name="fixture-url" content="https://www.facebook.com/budi.santoso.77/posts/987654321098765"></head><body>
<div role="main"><div role="article" aria-posinset="1">
  <h2><a href="https://www.facebook.com/budi.santoso.77?__cft__[0]=AZXsecret">Budi Santoso</a></h2>
  <a href="https://www.facebook.com/budi.santoso.77/posts/987654321098765?__cft__[0]=AZX">2 j</a>
  <div data-ad-rendering-role="story_message">Halo @sitirahma_ NIK saya 3201234567890001, HP 0812-3456-7890 atau +62 812 3456 7890,
    surel budi.santoso@gmail.com. Rumah di Jl. Melati No. 12 RT 05/RW 03 Cibinong.</div>
  <img alt="Foto profil Budi Santoso" src="https://scontent.xx.fbcdn.net/budi.jpg">
  <span title="Budi Santoso dan 29 orang lainnya">1,2 rb</span><span>23 komentar</span>
  <div role="article" aria-label="Komentar dari Siti Rahmawati 5 menit yang lalu">
    <a href="/siti.rahmawati?comment_id=1234567890123456">Siti Rahmawati</a>
    <div dir="auto">Tolong hubungi saya di 081298765432 atau wa.me/6281298765432, KTP 3174055505900002</div>
    <a href="https://wa.me/6281298765432">chat</a><a href="mailto:siti.rahma@yahoo.co.id">surel</a>
    <div data-testid="UserAvatar-Container-SitiRahma90"></div>
  </div>
  <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Balas sebagai Diskominfo Kota Demo" aria-placeholder="Balas sebagai Diskominfo Kota Demo"><p>Baik Bu Siti, NIK 3201234567890001 kami catat</p></div>
  <div role="button" aria-label="Posting komentar"></div>
</div></div></body></html>`;

const SECRETS = [
  'Budi', 'Santoso', 'budi.santoso', 'sitirahma', 'Siti', 'Rahmawati', 'Diskominfo', 'Melati', 'Cibinong', 'gmail', 'yahoo',
  '3201234567890001', '3174055505900002', '0812', '3456', '7890', '6281298765432', '81298765432', '987654321098765',
  '1234567890123456', 'scontent', 'AZX', 'SitiRahma90', 'wa.me',
];

describe('a page seeded with personal data (names, NIK, phone, e-mail, handles in text, labels and links)', () => {
  it('keeps none of it, and keeps the UI words, counts and times', () => {
    loadPage(SEEDED);
    const cap = capturePage(document, { url: location.href, platform: 'facebook', capturedAt: NOW });
    expect(SECRETS.filter((s) => cap.html.toLowerCase().includes(s.toLowerCase()))).toEqual([]);
    for (const kept of ['1,2 rb', '23 komentar', '2 j', 'Komentar dari', '5 menit yang lalu', 'Posting komentar', 'Balas sebagai', 'data-lexical-editor="true"', 'role="textbox"', 'data-ad-rendering-role="story_message"', 'aria-posinset="1"', '/posts/', '?comment_id=', 'UserAvatar-Container-', 'lang="id"']) {
      expect(cap.html).toContain(kept);
    }
    // names become placeholders of the same shape, the same one each time
    expect(cap.html).toMatch(/Komentar dari X[a-z]{3} X[a-z]{8} 5 menit yang lalu/);
    expect(cap.html.match(/X[a-z]{3} X[a-z]{8}(?= 5 menit)/)?.[0]).toBe(cap.html.match(/comment_id=\d+">(X[a-z]{3} X[a-z]{8})</)?.[1]);
    // links to other sites keep no host or path
    expect(cap.html).toContain('https://link.invalid/');
    expect(cap.html).not.toContain('mailto:');
  });

  it('writes no markup from the page: text and attribute values are escaped', () => {
    loadPage(`<!DOCTYPE html><html lang="en"><body><div aria-label="&quot;><script>x</script>">a &lt;b&gt; &amp; c</div><script>alert(1)</script><style>p{}</style><pranata-overlay popover="manual"></pranata-overlay><svg><path d="M0 0"></path><title>Budi</title></svg></body></html>`);
    const cap = capturePage(document, { url: 'https://x.com/home', platform: 'x', capturedAt: NOW });
    expect(cap.html).not.toContain('<script');
    expect(cap.html).not.toContain('<style');
    expect(cap.html).not.toContain('<path');
    expect(cap.html).not.toContain('pranata-overlay');
    expect(cap.html).not.toContain('Budi');
    expect(cap.html).toContain('&lt;');
    expect(cap.html).toContain('<svg></svg>');
  });

  it('cuts a huge page at the element budget and says so', () => {
    loadPage(`<!DOCTYPE html><html lang="id"><body>${'<div role="article"></div>'.repeat(50)}</body></html>`);
    const cap = capturePage(document, { url: 'https://www.facebook.com/', platform: 'facebook', capturedAt: NOW, maxElements: 10 });
    expect(cap.truncated).toBe(true);
    expect(cap.html).toContain('capture cut at 10 elements');
    expect(cap.html).toContain('truncated');
  });

  it('names the file by platform and time only', () => {
    expect(captureFileName('facebook', NOW)).toBe('pranata-capture-facebook-2026-03-02-08-00-00.html');
  });
});
