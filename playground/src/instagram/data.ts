import { fresh } from '../shared/clock';
// Fixed sample content for the Instagram playground.

export const AGENCY = 'humaskotacontoh';

export interface IgUser {
  username: string;
  fullName: string;
  verified?: boolean;
  category?: { id: string; en: string };
  bio: string;
  posts: number;
  followers: number;
  following: number;
}

export interface IgComment {
  id: string;
  user: string;
  text: string;
  at: string;
  likes: number;
}

export interface IgPost {
  code: string;
  kind: 'post' | 'reel';
  author: string;
  caption: string;
  at: string;
  likes: number;
  comments: number;
  shown: IgComment[];
}

export const USERS: IgUser[] = [
  {
    username: AGENCY,
    fullName: 'Humas Kota Contoh',
    verified: true,
    category: { id: 'Instansi pemerintah', en: 'Government organization' },
    bio: 'Akun resmi Humas Pemerintah Kota Contoh 🏛️ Aduan: DM atau lapor.kotacontoh.go.id',
    posts: 178,
    followers: 12345,
    following: 892,
  },
  { username: 'sitirahma_', fullName: 'Siti 🌸 Rahma', bio: '', posts: 45, followers: 310, following: 402 },
  { username: 'budisan', fullName: 'Budi Santoso', bio: '', posts: 0, followers: 1, following: 20 },
  { username: 'jokowarga', fullName: 'Ｊｏｋｏ ✨ W.', bio: '🛵', posts: 1024, followers: 1500000, following: 7 },
  { username: 'dewikopi', fullName: 'Dewi «Kopi» Lestari ☕', bio: '', posts: 12, followers: 88, following: 91 },
];

export const POSTS: IgPost[] = [
  {
    code: 'C9xAbC12dEf',
    kind: 'post',
    author: AGENCY,
    at: fresh('2024-12-13T03:00:00.000Z'),
    caption: 'Pelayanan KTP elektronik buka Sabtu, 14 Desember 2024 di Kantor Kecamatan Melati pukul 08.00–12.00 WIB. 🪪 #KotaContoh',
    likes: 1234,
    comments: 12,
    shown: [
      { id: '17890000000000001', user: 'sitirahma_', at: fresh('2024-12-13T03:30:00.000Z'), text: 'Min, yang KK-nya masih alamat lama bisa? 🙏', likes: 12 },
      { id: '17890000000000002', user: 'budisan', at: fresh('2024-12-13T04:00:00.000Z'), text: 'Antrean online ada?', likes: 0 },
      { id: '17890000000000003', user: 'dewikopi', at: fresh('2024-12-13T04:20:00.000Z'), text: 'Makasih infonya ✨', likes: 1 },
    ],
  },
  {
    code: 'C9yQwE34rTy',
    kind: 'post',
    author: AGENCY,
    at: fresh('2024-12-11T09:00:00.000Z'),
    caption: 'Kerja bakti serentak Minggu ini. Sampai jumpa di RT masing-masing!',
    likes: 1,
    comments: 1,
    shown: [{ id: '17890000000000011', user: 'jokowarga', at: fresh('2024-12-11T10:00:00.000Z'), text: 'siap min 👍', likes: 0 }],
  },
  {
    code: 'C8zZxX56cVb',
    kind: 'post',
    author: AGENCY,
    at: fresh('2024-06-01T01:00:00.000Z'),
    caption: 'Selamat Hari Lahir Pancasila.',
    likes: 0,
    comments: 0,
    shown: [],
  },
  {
    code: 'C9rEeL78uIo',
    kind: 'reel',
    author: AGENCY,
    at: fresh('2024-12-12T12:00:00.000Z'),
    caption: 'Cara daftar antrean online Dukcapil dalam 30 detik ⏱️',
    likes: 25616,
    comments: 2,
    shown: [
      { id: '17890000000000021', user: 'sitirahma_', at: fresh('2024-12-12T12:30:00.000Z'), text: 'Membantu banget 🙏', likes: 3 },
      { id: '17890000000000022', user: 'budisan', at: fresh('2024-12-12T13:00:00.000Z'), text: 'Link-nya mana min?', likes: 0 },
    ],
  },
];

export function userByName(username: string): IgUser | undefined {
  const u = username.toLowerCase();
  return USERS.find((x) => x.username === u);
}

export function postByCode(code: string): IgPost | undefined {
  return POSTS.find((p) => p.code === code);
}
