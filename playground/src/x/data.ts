import { fresh } from '../shared/clock';
// Fixed sample content for the X playground. Counts are exact; the page shows them the way X does
// (exact numbers in aria-labels, truncated compact text on screen, zero counts left out).

export const AGENCY = 'humaskotacontoh';

export interface XUser {
  handle: string;
  name: string;
  verified?: boolean;
  bio: string;
  followers: number;
  following: number;
  posts: number;
  joined: string;
}

export interface XCounts {
  replies: number;
  reposts: number;
  likes: number;
  bookmarks: number;
  /** null: posts from before view counts existed (late 2022) show none. */
  views: number | null;
}

export interface XPost {
  id: string;
  author: string;
  text: string;
  lang: 'id' | 'en';
  at: string;
  counts: XCounts;
  /** The status this post answers (thread pages list replies under their focal post). */
  replyTo?: string;
}

export const USERS: XUser[] = [
  {
    handle: AGENCY,
    name: 'Humas Kota Contoh',
    verified: true,
    bio: 'Akun resmi Bagian Humas Pemerintah Kota Contoh. Layanan aduan: Senin–Jumat 08.00–16.00 WIB.',
    followers: 12345,
    following: 892,
    posts: 4321,
    joined: '2013-05-02T03:00:00.000Z',
  },
  { handle: 'sitirahma_', name: 'Siti 🌸 Rahma', bio: 'Warga Kenanga. Suka kopi ☕', followers: 214, following: 301, posts: 1210, joined: '2016-02-11T03:00:00.000Z' },
  { handle: 'budisan', name: 'Budi Santoso', bio: '', followers: 3, following: 40, posts: 2, joined: '2024-11-30T03:00:00.000Z' },
  { handle: 'jokowarga', name: 'Ｊｏｋｏ ✨ W.', bio: 'ojol • 🛵', followers: 1024, following: 998, posts: 8873, joined: '2012-08-17T03:00:00.000Z' },
  { handle: 'dewikopi', name: 'Dewi «Kopi» Lestari ☕', bio: '', followers: 56, following: 77, posts: 310, joined: '2019-01-01T03:00:00.000Z' },
  { handle: 'markoneil', name: "Mark O'Neil", bio: 'Expat in Kota Contoh', followers: 1, following: 12, posts: 40, joined: '2020-06-01T03:00:00.000Z' },
];

const c = (replies: number, reposts: number, likes: number, bookmarks: number, views: number | null): XCounts => ({
  replies,
  reposts,
  likes,
  bookmarks,
  views,
});

export const POSTS: XPost[] = [
  {
    id: '1867401234567890101',
    author: AGENCY,
    lang: 'id',
    at: fresh('2024-12-13T01:15:00.000Z'),
    text: 'Info pemadaman air bersih: Sabtu, 14 Desember 2024 pukul 08.00–16.00 WIB di Kec. Melati. Mohon siapkan cadangan air. #KotaContoh',
    counts: c(48, 152, 553, 9, 30142),
  },
  {
    id: '1867455500000000202',
    author: 'sitirahma_',
    lang: 'id',
    at: fresh('2024-12-13T04:42:10.000Z'),
    text: 'Min @humaskotacontoh, lampu jalan di Jl. Kenanga No. 12 mati sudah 3 hari 😢 mohon dicek ya 🙏',
    counts: c(1, 0, 7, 0, 212),
  },
  {
    id: '1866000000000000303',
    author: AGENCY,
    lang: 'id',
    at: fresh('2024-12-09T09:00:00.000Z'),
    text: 'Selamat! Kota Contoh meraih penghargaan Kota Layak Anak 2024. Terima kasih atas dukungan seluruh warga. 🎉',
    counts: c(2534, 4483, 25616, 797, 2596467),
  },
  {
    id: '1867460000000000404',
    author: 'budisan',
    lang: 'id',
    at: fresh('2024-12-13T05:01:00.000Z'),
    text: 'Jadwal posyandu bulan ini kapan ya?',
    counts: c(0, 0, 0, 0, 3),
  },
  {
    id: '1400000000000000505',
    author: AGENCY,
    lang: 'id',
    at: fresh('2021-05-01T02:30:00.000Z'),
    text: 'Vaksinasi massal untuk warga lansia dibuka di GOR Kota Contoh mulai Senin. Bawa KTP dan kartu keluarga.',
    counts: c(12, 30, 101, 0, null),
  },
  {
    id: '1867470000000000606',
    author: 'markoneil',
    lang: 'en',
    at: fresh('2024-12-13T06:20:00.000Z'),
    text: 'Is the Car Free Day on Jl. Sudirman still happening this Sunday?',
    counts: c(2, 0, 1, 0, 1),
  },
  {
    id: '1865000000000000707',
    author: AGENCY,
    lang: 'id',
    at: fresh('2024-12-05T07:45:00.000Z'),
    text: 'Car Free Day kembali hadir setiap Minggu pukul 06.00–09.00 WIB di Jl. Sudirman. Yuk olahraga bersama!',
    counts: c(310, 1024, 8873, 1, 1250000),
  },
  // Replies (thread of Siti's report, and of the agency's water notice).
  {
    id: '1867480000000000808',
    author: AGENCY,
    lang: 'id',
    at: fresh('2024-12-13T07:05:00.000Z'),
    replyTo: '1867455500000000202',
    text: 'Halo Kak Siti, terima kasih laporannya. Sudah kami teruskan ke Dinas Perhubungan untuk segera ditindaklanjuti. 🙏',
    counts: c(0, 0, 1, 0, 45),
  },
  {
    id: '1867481111111111909',
    author: 'dewikopi',
    lang: 'id',
    at: fresh('2024-12-13T07:30:00.000Z'),
    replyTo: '1867455500000000202',
    text: 'Di ujung Jl. Kenanga juga mati kak 😭',
    counts: c(0, 0, 2, 0, 30),
  },
  {
    id: '1867402222222222010',
    author: 'jokowarga',
    lang: 'id',
    at: fresh('2024-12-13T02:00:00.000Z'),
    replyTo: '1867401234567890101',
    text: 'Kec. Mawar kena juga nggak min?',
    counts: c(1, 0, 3, 0, 120),
  },
  // A citizen's complaint under the agency's vaccination post, still unanswered ("Perlu dibalas").
  {
    id: '1867403333333333011',
    author: 'jokowarga',
    lang: 'id',
    at: '2024-12-12T23:00:00.000Z',
    replyTo: '1400000000000000505',
    text: 'Antri dari jam 7 belum dipanggil juga, pelayanannya lambat bgt min',
    counts: c(0, 0, 1, 0, 40),
  },
];

export const TIMELINE: string[] = [
  '1867401234567890101',
  '1867455500000000202',
  '1866000000000000303',
  '1867460000000000404',
  '1867470000000000606',
  '1865000000000000707',
  '1400000000000000505',
];

export function userByHandle(handle: string): XUser | undefined {
  const h = handle.toLowerCase();
  return USERS.find((u) => u.handle.toLowerCase() === h);
}

export function postById(id: string): XPost | undefined {
  return POSTS.find((p) => p.id === id);
}
