import type { Lang, Words } from '../shared/lang';
import type { XCounts } from './data';

export const W = {
  home: { id: 'Beranda', en: 'Home' },
  explore: { id: 'Jelajahi', en: 'Explore' },
  notifications: { id: 'Notifikasi', en: 'Notifications' },
  profile: { id: 'Profil', en: 'Profile' },
  post: { id: 'Posting', en: 'Post' },
  reply: { id: 'Balas', en: 'Reply' },
  postText: { id: 'Teks postingan', en: 'Post text' },
  whatsHappening: { id: 'Apa yang sedang terjadi?', en: 'What’s happening?' }, // X's 2025-07 bundles (../shared/fixtures/real/x-i18n-composer-words-XSCRAPER.txt)
  postYourReply: { id: 'Posting balasan Anda', en: 'Post your reply' },
  replyingTo: { id: 'Membalas', en: 'Replying to' },
  close: { id: 'Tutup', en: 'Close' },
  back: { id: 'Kembali', en: 'Back' },
  homeTimeline: { id: 'Linimasa: Linimasa Beranda Anda', en: 'Timeline: Your Home Timeline' },
  conversation: { id: 'Linimasa: Percakapan', en: 'Timeline: Conversation' },
  profileTimeline: { id: 'Linimasa: Postingan', en: 'Timeline: Posts' },
  sharePost: { id: 'Bagikan postingan', en: 'Share post' },
  more: { id: 'Lainnya', en: 'More' },
  verified: { id: 'Akun terverifikasi', en: 'Verified account' },
  following: { id: 'Mengikuti', en: 'Following' },
  followers: { id: 'Pengikut', en: 'Followers' },
  joined: { id: 'Bergabung', en: 'Joined' },
  views: { id: 'Tayangan', en: 'Views' },
  view: { id: 'Tayangan', en: 'View' },
  notFound: { id: 'Halaman ini tidak ada.', en: 'Hmm...this page doesn’t exist.' },
} satisfies Record<string, Words>;

type Metric = 'replies' | 'reposts' | 'likes' | 'bookmarks' | 'views';

// Group label words: X writes exact counts here ("48 replies, 152 reposts, ...") and drops zeros.
const GROUP: Record<Metric, { id: string; en: [string, string] }> = {
  replies: { id: 'balasan', en: ['reply', 'replies'] },
  reposts: { id: 'posting ulang', en: ['repost', 'reposts'] },
  likes: { id: 'suka', en: ['like', 'likes'] },
  bookmarks: { id: 'markah', en: ['bookmark', 'bookmarks'] },
  views: { id: 'tayangan', en: ['view', 'views'] },
};

function word(metric: Metric, n: number, lang: Lang): string {
  const g = GROUP[metric];
  return lang === 'id' ? g.id : n === 1 ? g.en[0] : g.en[1];
}

/** The action bar's aria-label, e.g. "48 replies, 152 reposts, 553 likes, 9 bookmarks, 30142 views". */
export function groupLabel(counts: XCounts, lang: Lang): string {
  const parts: string[] = [];
  for (const metric of ['replies', 'reposts', 'likes', 'bookmarks', 'views'] as const) {
    const n = counts[metric];
    if (n) parts.push(`${n} ${word(metric, n, lang)}`);
  }
  return parts.join(', ');
}

// Button labels: "553 Likes. Like" / "553 Suka. Suka"; with no count just "Like" / "Suka".
const BUTTON: Record<Exclude<Metric, 'views'>, { id: [string, string]; en: [string, string, string] }> = {
  replies: { id: ['Balasan', 'Balas'], en: ['Reply', 'Replies', 'Reply'] },
  reposts: { id: ['posting ulang', 'Posting ulang'], en: ['repost', 'reposts', 'Repost'] },
  likes: { id: ['Suka', 'Suka'], en: ['Like', 'Likes', 'Like'] },
  bookmarks: { id: ['Markah', 'Markah'], en: ['Bookmark', 'Bookmarks', 'Bookmark'] },
};

export function buttonLabel(metric: Exclude<Metric, 'views'>, n: number, lang: Lang): string {
  const b = BUTTON[metric];
  if (lang === 'id') return n ? `${n} ${b.id[0]}. ${b.id[1]}` : b.id[1];
  return n ? `${n} ${n === 1 ? b.en[0] : b.en[1]}. ${b.en[2]}` : b.en[2];
}

export function viewsLinkLabel(n: number, lang: Lang): string {
  return lang === 'id' ? `${n} tayangan. Lihat analitik postingan` : `${n} ${n === 1 ? 'view' : 'views'}. View post analytics`;
}
