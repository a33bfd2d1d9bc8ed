/**
 * What Pranata knows about each platform apart from its markup: one entry per platform, and the
 * one place a new platform's facts go. No DOM, no zod, no imports: the manifest (wxt.config.ts),
 * the background, the options and popup pages, the content script, the e2e harness and the unit
 * tests all read it. The tables that used to repeat these facts (hosts, the id enum, length
 * limits, account rules, chart styles, labels, send keys) are derived from it.
 *
 * The markup (selectors, UI words, count reading) stays in the platform's adapter
 * (lib/platforms/<id>.ts); an adapter reads its facts from here.
 */

/** How the platform counts a reply's length against its limit. */
export type LengthCounter =
  /** X: twitter-text's weighted length (most CJK and emoji 2, every link 23). */
  | 'twitter-weighted'
  /** Code points (Facebook, Instagram). */
  | 'code-points';

/** Which key presses in the platform's reply box send the reply (see isSendKey in send-keys.ts). */
export interface SendKeys {
  /** Plain Enter sends (Shift+Enter is a new line). */
  readonly enter: boolean;
  /** Ctrl+Enter (Cmd+Enter on macOS) sends. */
  readonly modEnter: boolean;
}

export interface PlatformMeta {
  readonly id: string;
  /** The platform's name, per UI language (brand names: the same in both today). */
  readonly label: { readonly id: string; readonly en: string };
  /** The exact hostnames Pranata runs on; the first is the canonical one (links, the e2e harness). */
  readonly hosts: readonly string[];
  /** A pasted profile URL's host belongs to the platform (any subdomain: m.facebook.com, mobile.x.com). */
  readonly urlHost: RegExp;
  /** The site's own username rules, on the stored form (lower case). Any one matching is enough. */
  readonly username: readonly RegExp[];
  /** A profile URL whose account is in the query, not the path (facebook.com/profile.php?id=…). */
  readonly idInQuery?: { readonly path: string; readonly param: string };
  /**
   * In a pasted URL, the account is the path segment starting with this ("@" on YouTube:
   * youtube.com/@humaskota; youtube.com/watch or /channel/UC… name no handle).
   */
  readonly urlHandlePrefix?: string;
  /** The platform's own hard limit of one reply, used when a profile sets none. */
  readonly maxLength: number;
  readonly counter: LengthCounter;
  readonly sendKeys: SendKeys;
  /** The platform's line in charts: one colour each, told apart in grayscale print by the dashes. */
  readonly chart: { readonly stroke: string; readonly dash?: readonly number[] };
}

/** The platforms, in display order. */
export const PLATFORM_IDS = ['x', 'facebook', 'instagram', 'youtube'] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

export const PLATFORMS: { readonly [P in PlatformId]: PlatformMeta & { readonly id: P } } = {
  x: {
    id: 'x',
    label: { id: 'X', en: 'X' },
    hosts: ['x.com', 'twitter.com'],
    urlHost: /(^|\.)(x|twitter)\.com$/,
    username: [/^[a-z0-9_]{1,15}$/],
    maxLength: 280,
    counter: 'twitter-weighted',
    // Enter is a new line in X's Draft.js composer; Ctrl/Cmd+Enter posts (x.ts; the site's own
    // keyboard shortcut; ../shared/fixtures/real/EVIDENCE.md found no Enter-to-send on X).
    sendKeys: { enter: false, modEnter: true },
    chart: { stroke: '#111827' },
  },
  facebook: {
    id: 'facebook',
    label: { id: 'Facebook', en: 'Facebook' },
    hosts: ['www.facebook.com', 'web.facebook.com'],
    urlHost: /(^|\.)facebook\.com$/,
    // A page username, or the numeric id of profile.php?id=.
    username: [/^[a-z0-9.]{5,50}$/, /^\d{5,20}$/],
    idInQuery: { path: '/profile.php', param: 'id' },
    maxLength: 8000,
    counter: 'code-points',
    // Enter sends a comment (EVIDENCE.md: scripts type and press Enter); Lexical's Enter command
    // fires with Ctrl/Cmd held too, so that sends as well.
    sendKeys: { enter: true, modEnter: true },
    chart: { stroke: '#1d4ed8', dash: [6, 3] },
  },
  instagram: {
    id: 'instagram',
    label: { id: 'Instagram', en: 'Instagram' },
    hosts: ['www.instagram.com'],
    urlHost: /(^|\.)instagram\.com$/,
    username: [/^[a-z0-9._]{1,30}$/],
    maxLength: 2200,
    counter: 'code-points',
    // Enter posts the comment (EVIDENCE.md: page.keyboard.press("Enter") after typing).
    sendKeys: { enter: true, modEnter: true },
    chart: { stroke: '#be185d', dash: [2, 3] },
  },
  youtube: {
    id: 'youtube',
    label: { id: 'YouTube', en: 'YouTube' },
    // Watch pages on www.youtube.com only (../shared/fixtures/real/next/EVIDENCE.md §1). Not
    // m.youtube.com (other markup: ytm-* elements, RYD's isMobile branch in
    // youtube-watch-likebutton-navigation-ryd.txt, none of it seen) and not studio.youtube.com (its
    // reply box contradicts itself, EVIDENCE.md §1b).
    hosts: ['www.youtube.com'],
    urlHost: /(^|\.)youtube\.com$/,
    // Handles (@name, as a#author-text[href="/@Boris_Nedev"] in youtube-watch-comment-thread-2025.txt):
    // 3–30 letters, digits, dots, hyphens or underscores (YouTube's own handle rules).
    username: [/^[a-z0-9._-]{3,30}$/],
    urlHandlePrefix: '@',
    // maxlength="10000" on yt-formatted-string#contenteditable-textarea (youtube-watch-commentbox-outerhtml-vi.txt).
    maxLength: 10_000,
    counter: 'code-points',
    // Ctrl+Enter submits a comment in three independent bots; plain Enter is a new line (text with
    // "\n" is typed before Ctrl+Enter; split-lines on the box): youtube-watch-ctrl-enter.txt.
    // Cmd+Enter on macOS: unverified (taken as Ctrl+Enter's twin, as on X).
    sendKeys: { enter: false, modEnter: true },
    chart: { stroke: '#dc2626', dash: [1, 2] },
  },
};

/** Every platform's entry, in display order. */
export const PLATFORM_LIST: readonly PlatformMeta[] = PLATFORM_IDS.map((id) => PLATFORMS[id]);

/** A table with one value per platform, made from each id (the list is a parameter for tests). */
export function byPlatform<T>(make: (platform: PlatformId) => T, ids: readonly PlatformId[] = PLATFORM_IDS): Record<PlatformId, T> {
  return Object.fromEntries(ids.map((id) => [id, make(id)])) as Record<PlatformId, T>;
}

/** The content script's match patterns (also the host permissions), one per host. */
export function hostMatches(list: readonly PlatformMeta[] = PLATFORM_LIST): string[] {
  return list.flatMap((p) => p.hosts.map((h) => `https://${h}/*`));
}

/** The platform a page's exact hostname belongs to, or null (the content script runs only there). */
export function platformOfHost<M extends PlatformMeta>(hostname: string, list: readonly M[]): M | null {
  const host = hostname.toLowerCase();
  return list.find((p) => p.hosts.includes(host)) ?? null;
}

/** "https://x.com": the canonical origin of a platform. */
export function originOf(p: PlatformMeta): string {
  return `https://${p.hosts[0] ?? ''}`;
}

/** The platform's name in the UI language. */
export function platformName(id: PlatformId, lang: 'id' | 'en'): string {
  return PLATFORMS[id].label[lang];
}

