import { MESSAGE_LIMITS } from '@/lib/messaging-limits';
import { request } from '@/lib/messaging-client';
import type { PostInfo } from '@/lib/platforms/types';
import type { Count } from '@/lib/schemas/snapshot';
import type { ResponseOf } from '@/lib/messaging';
import type { Feature } from '../feature';
import { badgeText, previousSnapshot } from '../helpers/badge-text';
import { tb } from '../helpers/badge-i18n';
import { BADGE_HEIGHT, badgeSpot, type Box } from '../helpers/badge-place';
import { handlesOf, normalizeHandle } from '../helpers/snapshot-rows';

/** The protocol's limit of post ids per 'posts.summary'. */
const MAX_IDS = MESSAGE_LIMITS.postIdsPerSummary;

/** In the overlay's shadow root: the site's CSS stays out, the text goes in as text. */
const BADGE_CSS = `
.pranata-badges { position: fixed; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
.pranata-badge { position: fixed; display: block; box-sizing: border-box; height: ${BADGE_HEIGHT}px; padding: 1px 9px; border-radius: 10px;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; pointer-events: none;
  font: 12px/16px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1e3a8a; background: #eff6ff; border: 1px solid #bfdbfe; }
.pranata-badge .change { color: #374151; margin-left: 10px; }
.pranata-badge .change:empty { display: none; }
@media (prefers-color-scheme: dark) { .pranata-badge { color: #dbeafe; background: #172554; border-color: #1e40af; } .pranata-badge .change { color: #d1d5db; } }
`;

interface Badge {
  host: HTMLElement;
  rate: HTMLElement;
  change: HTMLElement;
  /** The post it is drawn for (its element and permalink, read at the last scan). */
  post: PostInfo;
}

/** A post's latest snapshots, newest first, as 'posts.summary' gives them. */
type Summary = Pick<ResponseOf<'posts.summary'>['posts'][number], 'snapshots'>;

/**
 * A badge on each of the agency's OWN posts (never on citizens' or watched accounts' posts):
 * engagement rate with its denominator named, and the change since the previous snapshot.
 *
 * Placement: in Pranata's overlay layer, never in the site's markup (the site's layout is never
 * changed), positioned after the post's permalink from the elements' rectangles (badge-place.ts)
 * and moved with every scroll and resize, at most once a frame, for the few own posts on screen.
 * A badge whose permalink the site covers (a sticky bar, a reply dialog over the timeline) is
 * hidden, as is one without room. If the site recycles the post element for another post, the
 * next scan updates or removes it.
 */
export const postBadges: Feature = {
  id: 'post-badges',
  init(env) {
    const { scanner, store, adapter, signal, overlay } = env;
    const badges = new Map<HTMLElement, Badge>();
    let layer: HTMLElement | null = null;
    let frame = 0;

    const place = (): void => {
      frame = 0;
      const view = { width: document.documentElement.clientWidth || window.innerWidth, height: window.innerHeight };
      for (const badge of badges.values()) placeBadge(badge, view, layer);
    };
    const placeSoon = (): void => {
      if (frame || signal.aborted) return;
      frame = requestAnimationFrame(place);
    };
    window.addEventListener('scroll', placeSoon, { capture: true, passive: true, signal });
    window.addEventListener('resize', placeSoon, { passive: true, signal });

    const summaries = new Map<string, Summary>();
    const followers = new Map<string, Count | null>();
    /** The snapshot this page last had written per post (the change is measured before it). */
    const current = new Map<string, string>();
    /** The latest reading of each visible own post. */
    const visible = new Map<string, PostInfo>();
    const fetching = new Set<string>();

    const render = (post: PostInfo, badge: Badge): void => {
      const settings = store.getState().settings;
      if (!settings) return;
      const account = normalizeHandle(post.authorHandle ?? '');
      const summary = summaries.get(post.id);
      const prev = summary ? previousSnapshot(summary.snapshots, current.get(post.id)) : null;
      const text = badgeText({
        counts: post.counts,
        followers: followers.get(account) ?? null,
        previous: prev,
        lang: settings.uiLanguage,
        timeZone: settings.timeZone,
        now: Date.now(),
      });
      if (badge.rate.textContent !== text.rate) badge.rate.textContent = text.rate;
      const change = summary ? text.change : '';
      if (badge.change.textContent !== change) badge.change.textContent = change;
    };

    /** Renders again the badges still on the post they were made for, of the posts `which` picks. */
    const renderShown = (which: (post: PostInfo) => boolean): void => {
      for (const [el, badge] of badges) {
        const post = visible.get(badge.host.dataset.postId ?? '');
        if (post && post.element === el && which(post)) render(post, badge);
      }
    };

    const fetchSummaries = async (posts: PostInfo[]): Promise<void> => {
      const byAccount = new Map<string, string[]>();
      for (const p of posts) {
        const account = normalizeHandle(p.authorHandle ?? '');
        if (!account || fetching.has(p.id)) continue;
        fetching.add(p.id);
        byAccount.set(account, [...(byAccount.get(account) ?? []), p.id]);
      }
      for (const [account, ids] of byAccount) {
        for (let i = 0; i < ids.length; i += MAX_IDS) {
          const postIds = ids.slice(i, i + MAX_IDS);
          const reply = await request('posts.summary', { platform: adapter.id, account, postIds });
          for (const id of postIds) fetching.delete(id);
          if (!reply.ok || signal.aborted) continue;
          followers.set(account, reply.data.followers);
          for (const p of reply.data.posts) summaries.set(p.postId, { snapshots: p.snapshots });
          renderShown(() => true);
        }
      }
    };

    const attach = (post: PostInfo): Badge | null => {
      if (post.element.isContentEditable || !layer) return null;
      let badge = badges.get(post.element);
      if (!badge) {
        badge = createBadge(store.getState().settings?.uiLanguage ?? 'id', post);
        badges.set(post.element, badge);
      }
      badge.post = post;
      if (badge.host.dataset.postId !== post.id) badge.host.dataset.postId = post.id;
      if (badge.host.parentElement !== layer) layer.append(badge.host);
      return badge;
    };

    const mountLayer = async (): Promise<HTMLElement | null> => {
      if (layer) return layer;
      const container = await overlay.ensure();
      if (signal.aborted) return null;
      if (layer) return layer;
      const style = document.createElement('style');
      style.textContent = BADGE_CSS;
      const div = document.createElement('div');
      div.className = 'pranata-badges';
      div.setAttribute('data-pranata-badges', '');
      container.append(style, div);
      layer = div;
      return layer;
    };

    let lastScan: PostInfo[] = [];

    const show = (ownPosts: PostInfo[]): void => {
      const elements = new Set(ownPosts.map((p) => p.element));
      // A post element the site recycled for someone else's post, or one that left: no badge.
      for (const [el, badge] of badges) {
        if (!elements.has(el)) {
          badge.host.remove();
          badges.delete(el);
        }
      }
      visible.clear();
      const missing: PostInfo[] = [];
      for (const post of ownPosts) {
        visible.set(post.id, post);
        const badge = attach(post);
        if (!badge) continue;
        render(post, badge);
        if (!summaries.has(post.id)) missing.push(post);
      }
      if (missing.length) void fetchSummaries(missing);
      placeSoon();
    };

    scanner.onScan((scan) => {
      if (signal.aborted) return;
      const settings = store.getState().settings;
      const own = settings ? handlesOf(settings.accounts, adapter.id, ['own']) : new Set<string>();
      const ownPosts = scan.posts.filter((p) => own.has(normalizeHandle(p.authorHandle ?? '')));
      lastScan = ownPosts;
      if (layer || ownPosts.length === 0) {
        show(ownPosts);
        return;
      }
      // The overlay mounts once, on the first own post: the badges go in when it is there.
      void mountLayer().then(() => {
        if (!signal.aborted) show(lastScan);
      });
    });

    // What this page just had written is added to what the badges know, as the background
    // stored it: no second round trip per batch.
    const offRecorded = env.events.on('snapshots.recorded', ({ snapshots: recorded }) => {
      const accounts = new Set<string>();
      for (const s of recorded) {
        if (s.kind === 'profile') {
          if (s.counts.followers) followers.set(normalizeHandle(s.account), s.counts.followers);
          accounts.add(normalizeHandle(s.account));
          continue;
        }
        current.set(s.postId, s.id);
        const summary = summaries.get(s.postId);
        if (summary) {
          const merged = [{ id: s.id, at: s.at, counts: s.counts }, ...summary.snapshots.filter((x) => x.id !== s.id)];
          summaries.set(s.postId, { snapshots: merged.sort((a, b) => b.at - a.at).slice(0, MESSAGE_LIMITS.summarySnapshots) });
        }
      }
      const posts = new Set(recorded.map((s) => s.postId));
      renderShown((post) => posts.has(post.id) || accounts.has(normalizeHandle(post.authorHandle ?? '')));
    });

    signal.addEventListener('abort', () => {
      offRecorded();
      cancelAnimationFrame(frame);
      for (const badge of badges.values()) badge.host.remove();
      badges.clear();
    });
  },
};

function boxOf(el: Element): Box {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/**
 * Is the permalink really visible at that point, or does the site draw something over it (a
 * sticky header, a dialog and its backdrop)? Our own layer does not count: it is above all, so
 * the site's topmost element under it decides. (Taking a hit on our layer as "visible" showed a
 * timeline post's badge over X's reply dialog whenever the check panel stood over its permalink.)
 */
function uncovered(badge: Badge, x: number, y: number, layer: HTMLElement | null): boolean {
  const root = layer?.getRootNode();
  const ours = root instanceof ShadowRoot ? root.host : null;
  const hit = document.elementsFromPoint(x, y).find((el) => el !== ours);
  return hit !== undefined && badge.post.element.contains(hit);
}

function placeBadge(badge: Badge, view: { width: number; height: number }, layer: HTMLElement | null): void {
  const { post, host } = badge;
  const anchor = post.anchor;
  const spot = post.element.isConnected ? badgeSpot(anchor?.isConnected ? boxOf(anchor) : null, boxOf(post.element), view) : null;
  // The point checked: the permalink's end, or (on the bottom edge) just inside the post.
  const probe = spot ? (spot.align === 'left' ? { x: spot.left - 10, y: spot.centreY } : { x: spot.left + spot.maxWidth - 4, y: spot.centreY - 4 }) : null;
  const visible = spot !== null && probe !== null && uncovered(badge, probe.x, probe.y, layer);
  if (!spot || !visible) {
    if (!host.hidden) host.hidden = true;
    return;
  }
  host.hidden = false;
  const s = host.style;
  if (spot.align === 'left') {
    s.left = `${Math.round(spot.left)}px`;
    s.right = '';
  } else {
    s.left = '';
    s.right = `${Math.round(view.width - spot.left - spot.maxWidth)}px`;
  }
  s.top = `${Math.round(spot.centreY - BADGE_HEIGHT / 2)}px`;
  s.maxWidth = `${spot.maxWidth}px`;
}

function createBadge(lang: 'id' | 'en', post: PostInfo): Badge {
  const host = document.createElement('div');
  host.className = 'pranata-badge';
  host.dataset.testid = 'pranata-post-badge';
  host.setAttribute('role', 'note');
  host.setAttribute('aria-label', tb(lang, 'badge.label'));
  host.hidden = true; // until placed
  // Not interactive: clicks go to the post as if the badge were not there.
  const rate = document.createElement('span');
  rate.className = 'rate';
  const change = document.createElement('span');
  change.className = 'change';
  host.append(rate, change);
  return { host, rate, change, post };
}
