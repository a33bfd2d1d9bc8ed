/**
 * A diagnostic's page path with every part that can name a person replaced: "/warga_123/status/
 * 1850…" becomes "/:name/status/:id". The schema promised "no citizen data", yet the path of a
 * citizen's profile or post is their handle (issue 21). What is kept are the sites' own route
 * words (from the paths the adapters know, see ../shared/fixtures/real/EVIDENCE.md), which is all
 * troubleshooting needs: which kind of page the adapter failed on.
 */
const ROUTE_WORDS: ReadonlySet<string> = new Set([
  // X
  'home', 'explore', 'notifications', 'messages', 'search', 'status', 'i', 'compose', 'post', 'settings', 'lists',
  'communities', 'bookmarks', 'with_replies', 'media', 'likes', 'followers', 'following', 'verified_followers',
  'photo', 'video', 'analytics', 'quotes', 'retweets', 'hashtag',
  // Facebook
  'posts', 'permalink', 'permalink.php', 'story.php', 'photo.php', 'photos', 'groups', 'reel', 'reels', 'watch',
  'videos', 'events', 'pages', 'profile.php', 'marketplace', 'comments', 'about', 'friends', 'people', 'live',
  // Instagram
  'p', 'tv', 'stories', 'direct', 'inbox', 't', 'accounts', 'edit', 'tagged', 'saved', 'highlights', 'c',
]);

export function diagnosticPathShape(path: string): string {
  const parts = path.split('?')[0]?.split('#')[0]?.split('/') ?? [];
  return parts
    .map((seg, i) => {
      if (i === 0 || seg === '') return seg;
      const lower = seg.toLowerCase();
      if (ROUTE_WORDS.has(lower)) return lower;
      return /^\d+$/.test(seg) ? ':id' : ':name';
    })
    .join('/')
    .slice(0, 300);
}
