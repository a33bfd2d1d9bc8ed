import type { Lang, Words } from '../shared/lang';
import { compactCount, groupedCount } from '../shared/format';

export const W = {
  addComment: { id: 'Tambahkan komentar…', en: 'Add a comment…' },
  post: { id: 'Kirim', en: 'Post' },
  reply: { id: 'Balas', en: 'Reply' },
  like: { id: 'Suka', en: 'Like' },
  comment: { id: 'Komentar', en: 'Comment' },
  share: { id: 'Bagikan', en: 'Share' },
  save: { id: 'Simpan', en: 'Save' },
  verified: { id: 'Terverifikasi', en: 'Verified' },
  home: { id: 'Beranda', en: 'Home' },
  profile: { id: 'Profil', en: 'Profile' },
  reels: { id: 'Reels', en: 'Reels' },
  firstLike: { id: 'Jadilah yang pertama menyukai ini', en: 'Be the first to like this' },
  notFound: { id: 'Maaf, halaman ini tidak tersedia.', en: "Sorry, this page isn't available." },
  more: { id: 'Opsi lainnya', en: 'More options' },
  /** The post modal's close icon (unverified for Instagram; Facebook's is "Tutup", EVIDENCE.md). */
  close: { id: 'Tutup', en: 'Close' },
} satisfies Record<string, Words>;

/** Likes under a post: exact with grouping, "1.234 suka" / "1,234 likes" / "1 like". */
export function likesText(n: number, lang: Lang): { num: string; word: string } {
  return { num: groupedCount(n, lang), word: lang === 'id' ? 'suka' : n === 1 ? 'like' : 'likes' };
}

/** "Lihat semua 12 komentar" / "View all 12 comments" / "View 1 comment". */
export function viewAllComments(n: number, lang: Lang): string {
  if (lang === 'id') return n === 1 ? 'Lihat 1 komentar' : `Lihat semua ${n} komentar`;
  return n === 1 ? 'View 1 comment' : `View all ${n} comments`;
}

/** Profile header parts: the number shown and its word. */
export function profileCount(kind: 'posts' | 'followers' | 'following', n: number, lang: Lang): { num: string; word: string } {
  const num = n >= 10000 ? compactCount(n, lang, true) : groupedCount(n, lang);
  const words = {
    posts: { id: 'postingan', en: n === 1 ? 'post' : 'posts' },
    followers: { id: 'pengikut', en: n === 1 ? 'follower' : 'followers' },
    following: { id: 'mengikuti', en: 'following' },
  };
  return { num, word: words[kind][lang] };
}

/** "12 suka" on a comment (IG shows likes on comments as a button). */
export function commentLikes(n: number, lang: Lang): string {
  return lang === 'id' ? `${n} suka` : `${n} ${n === 1 ? 'like' : 'likes'}`;
}
