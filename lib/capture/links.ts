/**
 * Link shapes: a link keeps the site's own route words and the names of the query parameters
 * the adapters read, every other path segment and every parameter value becomes a placeholder
 * of the same shape. "/kominfodemo/posts/987654321098765/?comment_id=111&__cft__[0]=AZX"
 * → "/xxxxxxxxxxb/posts/100000000000002/?comment_id=103". Links to other sites keep no host.
 */
import { PLATFORM_HOSTS } from '@/lib/platforms/hosts';
import type { Placeholders } from './placeholders';

/** Path segments that are the sites' routes (the adapters' RESERVED_PATHS and PROFILE_TABS, and their post links). */
const ROUTE_WORDS: ReadonlySet<string> = new Set([
  // Facebook (facebook.ts: facebookPostRef, RESERVED_PATHS, PROFILE_TABS)
  'posts', 'videos', 'photos', 'photo', 'photo.php', 'permalink.php', 'story.php', 'profile.php', 'reel', 'reels',
  'groups', 'permalink', 'watch', 'home.php', 'events', 'notifications', 'messages', 'friends', 'pages', 'hashtag',
  'search', 'stories', 'about', 'followers', 'following', 'mentions', 'reviews', 'community', 'posts_to_page',
  'share', 'sharer', 'live', 'l.php', 'comment', 'comments', 'ufi', 'reaction', 'profile',
  // Instagram (instagram.ts: /p/<code>/, /p/<code>/c/<id>/, liked_by, RESERVED_PATHS)
  'p', 'c', 'r', 'liked_by', 'explore', 'tags', 'locations', 'accounts', 'direct', 'inbox', 'tv', 'tagged', 'saved',
  // X (x.ts: /<user>/status/<id>, analytics, RESERVED_PATHS, PROFILE_TABS)
  'status', 'statuses', 'analytics', 'quotes', 'retweets', 'likes', 'home', 'explore', 'compose', 'post', 'i',
  'settings', 'intent', 'with_replies', 'media', 'highlights', 'articles', 'verified_followers', 'lists', 'bookmarks',
  'photo', 'video', '1', '2', '3', '4',
]);

/** Query parameters the adapters read (facebookPostRef and comment links); others are dropped. */
const KEPT_PARAMS: ReadonlySet<string> = new Set(['comment_id', 'reply_comment_id', 'story_fbid', 'id', 'fbid', 'v', 'set', 'sk', 'type']);

const SITE_HOSTS: readonly string[] = [...Object.values(PLATFORM_HOSTS).flat(), 'facebook.com', 'instagram.com', 't.co'];

function siteHost(host: string): boolean {
  const h = host.toLowerCase();
  return SITE_HOSTS.some((s) => h === s || h.endsWith('.' + s));
}

/** The shape of one link, or "" when it is no link to keep (javascript:, data:, mailto:). */
export function linkShape(href: string, base: string, ph: Placeholders): string {
  const raw = href.trim();
  if (raw === '' || raw === '#') return raw;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return '';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
  const relative = raw.startsWith('/') && !raw.startsWith('//');
  if (!siteHost(url.hostname)) return 'https://link.invalid/';
  const path = url.pathname
    .split('/')
    .map((seg) => (seg === '' || ROUTE_WORDS.has(seg.toLowerCase()) ? seg : encodeURIComponent(ph.of(decodeURIComponentSafe(seg)))))
    .join('/');
  const params: string[] = [];
  for (const [k, v] of url.searchParams) {
    if (KEPT_PARAMS.has(k)) params.push(`${k}=${encodeURIComponent(ph.of(v))}`);
  }
  const query = params.length > 0 ? `?${params.join('&')}` : '';
  return (relative ? '' : `${url.protocol}//${url.host}`) + path + query;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
