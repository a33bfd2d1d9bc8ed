import type { Lang, Words } from '../shared/lang';
import { compactCount } from '../shared/format';

export const W = {
  feed: { id: 'Kabar Beranda', en: 'News Feed' },
  home: { id: 'Beranda', en: 'Home' },
  like: { id: 'Suka', en: 'Like' },
  /** The post's Comment action button (six Indonesian scripts; en id 51835868820): not the box, not the send. */
  comment: { id: 'Beri komentar', en: 'Leave a comment' },
  commentOld: { id: 'Beri komentar', en: 'Comment' },
  share: { id: 'Bagikan', en: 'Share' },
  reply: { id: 'Balas', en: 'Reply' },
  writeComment: { id: 'Tulis komentar…', en: 'Write a comment…' },
  writePublicComment: { id: 'Tulis komentar publik…', en: 'Write a public comment…' },
  /** The send control: "Posting komentar" (facebook-id-posting-komentar), "Komentari" (codegen), en "Comment". */
  sendComment: { id: 'Posting komentar', en: 'Comment' },
  sendReply: { id: 'Komentari', en: 'Comment' },
  /** The older markup's guess (CONTRADICTED by the evidence), for ?markup=old. */
  sendCommentOld: { id: 'Kirim komentar', en: 'Post comment' },
  emoji: { id: 'Sisipkan emoji', en: 'Insert an emoji' },
  allReactions: { id: 'Semua reaksi:', en: 'All reactions:' },
  moreComments: { id: 'Lihat komentar lainnya', en: 'View more comments' },
  followers: { id: 'pengikut', en: 'followers' },
  likes: { id: 'suka', en: 'likes' },
  page: { id: 'Halaman', en: 'Page' },
  governmentOrg: { id: 'Organisasi pemerintah', en: 'Government organization' },
  notFound: { id: 'Konten ini tidak tersedia saat ini', en: "This content isn't available right now" },
  actionsFor: { id: 'Tindakan untuk postingan ini', en: 'Actions for this post' },
  /** The post dialog's close button ("Tutup", EVIDENCE.md other Indonesian strings). */
  close: { id: 'Tutup', en: 'Close' },
} satisfies Record<string, Words>;

export function commentAsLabel(name: string, lang: Lang): string {
  return lang === 'id' ? `Komentari sebagai ${name}` : `Comment as ${name}`;
}

export function replyAsLabel(name: string, lang: Lang): string {
  return lang === 'id' ? `Balas sebagai ${name}` : `Reply as ${name}`;
}

export function commentByLabel(name: string, lang: Lang): string {
  return lang === 'id' ? `Komentar oleh ${name}` : `Comment by ${name}`;
}

export function replyByLabel(name: string, lang: Lang): string {
  return lang === 'id' ? `Balasan oleh ${name}` : `Reply by ${name}`;
}

/** "12 komentar" / "5.9K comments" / "1 comment". */
export function commentsText(n: number, lang: Lang): string {
  const num = compactCount(n, lang, true);
  return lang === 'id' ? `${num} komentar` : `${num} ${n === 1 ? 'comment' : 'comments'}`;
}

/** "5 kali dibagikan" / "2.4K shares" / "1 share". */
export function sharesText(n: number, lang: Lang): string {
  const num = compactCount(n, lang, true);
  return lang === 'id' ? `${num} kali dibagikan` : `${num} ${n === 1 ? 'share' : 'shares'}`;
}

export function reactionsLabel(n: number, lang: Lang): string {
  return lang === 'id' ? `${n} reaksi; lihat siapa yang bereaksi terhadap ini` : `${n} reaction${n === 1 ? '' : 's'}; see who reacted to this`;
}

/** The post dialog's heading (unverified wording: no saved page shows it). */
export function postOfLabel(name: string): Words {
  return { id: `Postingan ${name}`, en: `${name}'s post` };
}
