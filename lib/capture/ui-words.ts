/**
 * The sites' own UI words: the only words a page capture keeps as written (everything else in
 * a capture becomes a placeholder). Most are the words the adapters in lib/platforms read, and
 * come from them (their label, placeholder, send-control and count phrases), so a word an adapter
 * learns is kept in captures too. PHRASES holds only what no adapter reads: the words around them
 * in real pages (menus, counts' neighbours, relative times like "5 mnt", "2 j", "Kemarin pukul
 * 15.15"; ../shared/fixtures/real/EVIDENCE.md). A word missing here is only a placeholder too many:
 * the capture tests check that the adapters still find composers, send controls, times and counts
 * in a capture.
 */
import { FACEBOOK_COUNT_WORDS, FACEBOOK_UI_PHRASES } from '@/lib/platforms/facebook';
import { INSTAGRAM_COUNT_WORDS, INSTAGRAM_UI_PHRASES } from '@/lib/platforms/instagram';
import { X_ACTION_WORDS, X_UI_PHRASES } from '@/lib/platforms/x';
import { REPLYING_WORDS } from '@/lib/platforms/x-comments';
import { YOUTUBE_COUNT_WORDS } from '@/lib/platforms/youtube';
import type { CountWords } from '@/lib/platforms/counts';

/** Words of real pages no adapter reads (EVIDENCE.md and the saved pages), both languages. */
const PHRASES: readonly string[] = [
  // Facebook: the reply action, counts, menus
  'Balas',
  'All reactions', 'Semua reaksi', 'reactions', 'reaksi', 'comments', 'komentar',
  'shares', 'kali dibagikan', 'views', 'kali ditonton', 'ditonton', 'tayangan', 'followers', 'pengikut',
  'friends', 'teman', 'View more comments', 'Lihat komentar lainnya', 'Lihat komentar sebelumnya',
  'View previous comments', 'Most relevant', 'Paling relevan', 'Top fans', 'Penggemar berat', 'Author',
  'Penulis', 'Edited', 'Diedit', 'See more', 'Lihat selengkapnya', 'Send', 'Close', 'Tutup', 'Menu',
  'Actions for this post', 'Tindakan untuk postingan ini', 'Public', 'Publik', 'Sponsored', 'Bersponsor',
  'Follow', 'Ikuti', 'Message', 'Pesan', 'Photo', 'Foto', 'Video', 'Reels', 'Home', 'Beranda', 'Search', 'Cari',
  'Notifications', 'Notifikasi', 'Profile', 'Profil', 'Page', 'Halaman', 'orang', 'people', 'others', 'lainnya',
  // Instagram
  'likes', 'like', 'plays', 'kali diputar',
  'liked by', 'disukai oleh', 'and', 'dan', 'View all comments', 'Lihat semua komentar', 'View replies',
  'Lihat balasan', 'Hide replies', 'Sembunyikan balasan', 'Save', 'Simpan', 'More options', 'Opsi lainnya',
  'posts', 'postingan', 'following', 'mengikuti', 'Verified', 'Terverifikasi', 'profile picture', 'foto profil',
  // X
  'Tambahkan postingan lain',
  'Share your thoughts', 'Sampaikan pendapat Anda',
  'replies', 'balasan', 'reposts', 'repost', 'retweets', 'posting ulang', 'bookmarks', 'markah', 'view',
  'Liked', 'Disukai', 'Reposted', 'Diposting ulang', 'Bookmarked', 'Dimarkahi', 'Menyukai', 'View post analytics',
  'Lihat analitik postingan', 'Show more replies', 'Tampilkan balasan lainnya',
  'Everyone can reply', 'Semua orang dapat membalas', 'Drafts', 'Draf', 'Quote', 'Kutip',
  // times: relative, short dates and label tails (facebook.ts, instagram.ts, EVIDENCE.md)
  'Just now', 'baru saja', 'yang lalu', 'ago', 'a', 'an', 'second', 'seconds', 'minute', 'minutes', 'hour', 'hours',
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'detik', 'dtk', 'menit', 'mnt', 'jam', 'j',
  'hari', 'h', 'minggu', 'mgg', 'bulan', 'bln', 'tahun', 'thn', 's', 'm', 'd', 'w', 'y', 'hr', 'hrs', 'min', 'mins',
  'Kemarin', 'Yesterday', 'Today', 'Hari ini', 'pukul', 'at', 'AM', 'PM', 'on',
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November',
  'Desember', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Agu', 'Agt', 'Aug', 'Sep', 'Okt', 'Oct', 'Nov', 'Des',
  'Dec', 'January', 'February', 'March', 'May', 'June', 'July', 'August', 'October', 'December',
  'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu', 'Monday', 'Tuesday', 'Wednesday', 'Thursday',
  'Friday', 'Saturday', 'Sunday', 'WIB', 'WITA', 'WIT',
];

/** Number multipliers the count parser knows (counts.ts UNITS): "1,2 rb", "5.9K". */
const MULTIPLIERS = ['k', 'rb', 'ribu', 'm', 'jt', 'juta', 'b', 'bn', 'miliar', 'milyar', 't', 'triliun', 'thousand', 'million', 'billion', 'trillion'];

const countWords = (rules: readonly CountWords[]) => rules.flatMap((r) => [...(r.before ?? []), ...(r.after ?? [])]);

const WORD = /[\p{L}\p{M}’']+/gu;

function wordsOf(phrases: readonly string[]): string[] {
  return phrases.flatMap((p) => p.toLowerCase().match(WORD) ?? []);
}

/** Lower-case single words a capture keeps as written. */
export const UI_WORDS: ReadonlySet<string> = new Set([
  ...wordsOf(PHRASES),
  ...wordsOf([...FACEBOOK_UI_PHRASES, ...INSTAGRAM_UI_PHRASES, ...X_UI_PHRASES, ...REPLYING_WORDS]),
  ...wordsOf(countWords([...FACEBOOK_COUNT_WORDS, ...INSTAGRAM_COUNT_WORDS, ...X_ACTION_WORDS, ...YOUTUBE_COUNT_WORDS])),
  ...MULTIPLIERS,
]);

/**
 * X's test ids the adapters read (x.ts SEL) and the ones around them in real pages
 * (../shared/fixtures/x/, tests/fixtures/platforms/x/). "UserAvatar-Container-<handle>" ends in a
 * handle: only the parts listed here stay.
 */
export const KNOWN_TEST_IDS: ReadonlySet<string> = new Set([
  'tweet', 'tweetText', 'tweetPhoto', 'User-Name', 'User-Names', 'UserName', 'UserAvatar-Container', 'Tweet-User-Avatar',
  'UserProfileHeader_Items', 'UserJoinDate', 'UserDescription', 'HoverCard', 'DM', 'dm', 'icon-verified', 'caret',
  'app-text-transition-container', 'cellInnerDiv', 'primaryColumn', 'toolBar', 'socialContext', 'placementTracking',
  'reply', 'retweet', 'unretweet', 'like', 'unlike', 'bookmark', 'removeBookmark', 'replyAction', 'app-bar-close',
  'tweetButton', 'tweetButtonInline', 'tweetTextarea_0', 'tweetTextarea_0RichTextInputContainer', 'post',
  'postTextarea_0', 'postTextarea_0RichTextInputContainer', 'composerInput', 'composerInputRichTextInputContainer',
  'videoPlayer', 'videoComponent', 'card.wrapper', 'card.layoutLarge.media', 'sendButton', 'dmComposerTextInput',
]);

/** The parts of the known test ids ("UserAvatar", "Container"): later parts of a test id stay only if listed. */
export const KNOWN_TEST_ID_PARTS: ReadonlySet<string> = new Set([...KNOWN_TEST_IDS].flatMap((id) => id.split('-')));
