import { request } from '@/lib/messaging-client';
import type { PostInfo } from '@/lib/platforms/types';
import type { Count } from '@/lib/schemas/snapshot';
import { SUMMARY_SNAPSHOTS, type PostSummary } from '@/lib/handlers/posts-summary';
import type { Feature } from '../feature';
import { badgeText, previousSnapshot } from './badge-text';
import { tb } from './badge-i18n';
import { handlesOf, normalizeHandle } from './snapshot-rows';
import { recordedSnapshots, snapshotEvents, SNAPSHOTS_RECORDED } from './snapshots';

/** The protocol's limit of post ids per 'posts.summary'. */
const MAX_IDS = 100;

const BADGE_CSS = `
:host { all: initial; display: block; margin: 6px 0 2px; }
.badge { display: inline-flex; flex-wrap: wrap; gap: 2px 10px; max-width: 100%; padding: 3px 10px; border-radius: 12px;
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1e3a8a; background: #eff6ff;
  border: 1px solid #bfdbfe; }
.change { color: #374151; }
@media (prefers-color-scheme: dark) { .badge { color: #dbeafe; background: #172554; border-color: #1e40af; } .change { color: #d1d5db; } }
`;

interface Badge {
  host: HTMLElement;
  rate: HTMLElement;
  change: HTMLElement;
}

/** A post's latest snapshots, newest first, as 'posts.summary' gives them. */
type Summary = Pick<PostSummary, 'snapshots'>;

/**
 * A badge on each of the agency's OWN posts (never on citizens' or watched accounts' posts):
 * engagement rate with its denominator named, and the change since the previous snapshot.
 *
 * Placement: a small host element appended as the last child of the post element the adapter
 * gives, with its own shadow root (the site's CSS stays out, the text goes in as text). Being in
 * the post, it scrolls with it at no cost, unlike overlay elements that would have to follow every
 * post on every scroll frame. The post element is never an editor; if the site re-renders and
 * drops the host, or recycles the post element for another post, the next scan re-attaches,
 * updates or removes it.
 */
export const postBadges: Feature = {
  id: 'post-badges',
  init(env) {
    const { scanner, store, adapter, signal } = env;
    const badges = new Map<HTMLElement, Badge>();
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
      if (post.element.isContentEditable) return null;
      let badge = badges.get(post.element);
      if (!badge) {
        badge = createBadge(store.getState().settings?.uiLanguage ?? 'id');
        badges.set(post.element, badge);
      }
      if (badge.host.dataset.postId !== post.id) badge.host.dataset.postId = post.id;
      // Re-attach only when the site dropped it: moving it on every scan would itself mutate the page.
      if (badge.host.parentElement !== post.element) post.element.append(badge.host);
      return badge;
    };

    scanner.onScan((scan) => {
      if (signal.aborted) return;
      const settings = store.getState().settings;
      const own = settings ? handlesOf(settings.accounts, adapter.id, ['own']) : new Set<string>();
      const ownPosts = scan.posts.filter((p) => own.has(normalizeHandle(p.authorHandle ?? '')));
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
    });

    // What this page just had written is added to what the badges know, as the background
    // stored it: no second round trip per batch.
    snapshotEvents.addEventListener(SNAPSHOTS_RECORDED, (event) => {
      const recorded = recordedSnapshots(event);
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
          summaries.set(s.postId, { snapshots: merged.sort((a, b) => b.at - a.at).slice(0, SUMMARY_SNAPSHOTS) });
        }
      }
      const posts = new Set(recorded.map((s) => s.postId));
      renderShown((post) => posts.has(post.id) || accounts.has(normalizeHandle(post.authorHandle ?? '')));
    });

    signal.addEventListener('abort', () => {
      for (const badge of badges.values()) badge.host.remove();
      badges.clear();
    });
  },
};

function createBadge(lang: 'id' | 'en'): Badge {
  const host = document.createElement('div');
  host.dataset.testid = 'pranata-post-badge';
  host.dataset.pranataBadge = '';
  // Not interactive: clicks go to the post as if the badge were not there.
  host.style.pointerEvents = 'none';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = BADGE_CSS;
  const box = document.createElement('span');
  box.className = 'badge';
  box.setAttribute('role', 'note');
  box.setAttribute('aria-label', tb(lang, 'badge.label'));
  const rate = document.createElement('span');
  rate.className = 'rate';
  const change = document.createElement('span');
  change.className = 'change';
  box.append(rate, change);
  shadow.append(style, box);
  return { host, rate, change };
}
