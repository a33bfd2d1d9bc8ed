import { fresh } from '../shared/clock';
// Fixed sample content for the Facebook playground: a government page's feed with realistic counts.

export const PAGE_SLUG = 'humaskotacontoh';
export const PAGE_NAME = 'Humas Kota Contoh';

export interface FbPerson {
  slug: string;
  name: string;
}

export interface FbComment {
  id: string;
  author: FbPerson;
  text: string;
  at: string;
  reactions: number;
  replies: FbComment[];
}

export interface FbPost {
  id: string;
  author: FbPerson;
  text: string;
  at: string;
  reactions: number;
  comments: number;
  shares: number;
  /** aria-label of the comment box under this post. */
  box: 'write' | 'public' | 'as-page';
  shown: FbComment[];
}

export const PAGE_INFO = { followers: 12000, likes: 10500 };

const agency: FbPerson = { slug: PAGE_SLUG, name: PAGE_NAME };
const siti: FbPerson = { slug: 'siti.rahma.77', name: 'Siti 🌸 Rahma' };
const budi: FbPerson = { slug: 'budi.santoso.id', name: 'Budi Santoso' };
const joko: FbPerson = { slug: 'joko.warga', name: 'Ｊｏｋｏ ✨ W.' };
const dewi: FbPerson = { slug: 'dewi.kopi', name: 'Dewi «Kopi» Lestari ☕' };

export const POSTS: FbPost[] = [
  {
    id: '1029384756102938',
    author: agency,
    at: fresh('2024-12-13T02:00:00.000Z'),
    text: 'Pengumuman: pelayanan KTP elektronik di Kantor Kecamatan Melati buka Sabtu, 14 Desember 2024, pukul 08.00–12.00 WIB. Bawa fotokopi KK. 🪪',
    reactions: 1234,
    comments: 5,
    shares: 12,
    box: 'write',
    shown: [
      {
        id: '880011223344551',
        author: siti,
        at: fresh('2024-12-13T03:10:00.000Z'),
        text: 'Min, kalau KK-nya masih alamat lama bisa dilayani? 🙏',
        reactions: 3,
        replies: [],
      },
      {
        id: '880011223344552',
        author: budi,
        at: fresh('2024-12-13T03:40:00.000Z'),
        text: 'Antreannya online atau datang langsung?',
        reactions: 0,
        replies: [
          {
            id: '880011223344559',
            author: agency,
            at: fresh('2024-12-13T04:00:00.000Z'),
            text: 'Halo Kak Budi, datang langsung ya. Nomor antrean dibagikan mulai pukul 07.30 WIB.',
            reactions: 1,
            replies: [],
          },
        ],
      },
      {
        id: '880011223344553',
        author: joko,
        at: fresh('2024-12-13T05:05:00.000Z'),
        text: 'mantap 👍👍',
        reactions: 1,
        replies: [],
      },
    ],
  },
  {
    id: '1029384756100001',
    author: agency,
    at: fresh('2024-12-10T08:30:00.000Z'),
    text: 'Terima kasih kepada 5.900 relawan yang ikut kerja bakti serentak Minggu kemarin! 💚',
    reactions: 5900,
    comments: 1,
    shares: 1,
    box: 'as-page',
    shown: [
      {
        id: '880011220000001',
        author: dewi,
        at: fresh('2024-12-10T09:00:00.000Z'),
        text: 'Seru banget kemarin, tahun depan ikut lagi!',
        reactions: 0,
        replies: [],
      },
    ],
  },
  {
    id: '1029384756100002',
    author: dewi,
    at: fresh('2024-12-12T11:11:00.000Z'),
    text: 'Ada yang tahu jam buka perpustakaan kota kalau akhir pekan? 📚',
    reactions: 0,
    comments: 0,
    shares: 0,
    box: 'public',
    shown: [],
  },
  {
    id: '1029384756100003',
    author: agency,
    at: fresh('2023-08-17T01:00:00.000Z'),
    text: 'Dirgahayu Republik Indonesia ke-78! 🇮🇩 Upacara bendera di Alun-Alun Kota Contoh pukul 07.00 WIB.',
    reactions: 25616,
    comments: 5900,
    shares: 2400,
    box: 'write',
    shown: [],
  },
];

export function postById(id: string): FbPost | undefined {
  return POSTS.find((p) => p.id === id);
}
