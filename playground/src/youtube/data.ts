/** Made-up videos of a city's public relations office and its citizens (no real people). */
export interface CommentData {
  id: string;
  handle: string;
  /** Age shown as "N <unit> yang lalu" / "N <unit>s ago". */
  age: { n: number; unit: 'minute' | 'hour' | 'day' | 'week' };
  text: string;
  likes: number;
  replies?: CommentData[];
}

export interface VideoData {
  id: string;
  title: string;
  channel: { handle: string; name: string; subscribers: number };
  views: number;
  /** Views drawn exact ("1.234.567 x ditonton") or compact ("85 rb x ditonton"). */
  exactViews: boolean;
  likes: number;
  ageDays: number;
  comments: number;
  threads: CommentData[];
}

export const AGENCY = 'HumasKotaContoh';

export const VIDEOS: VideoData[] = [
  {
    id: 'Kd8Qw3Ls9Xa',
    title: 'Layanan KTP keliling 2025 — jadwal dan syarat',
    channel: { handle: AGENCY, name: 'Humas Kota Contoh', subscribers: 12_345 },
    views: 1_234_567,
    exactViews: true,
    likes: 4321,
    ageDays: 3,
    comments: 1024,
    threads: [
      {
        id: 'UgzK7tP0q1W2e3R4t5Y6AaABAg',
        handle: 'Siti_Rahma',
        age: { n: 12, unit: 'hour' },
        text: 'Kapan jadwal KTP keliling di Kecamatan Melati? Sudah dua minggu menunggu.',
        likes: 490,
        replies: [
          { id: 'UgzK7tP0q1W2e3R4t5Y6AaABAg.A1Rp0000001', handle: 'warga.budi', age: { n: 45, unit: 'minute' }, text: 'Saya juga menunggu, Kak.', likes: 3 },
        ],
      },
      { id: 'UgxJ4l5n6M7b8V9c0X1AaABAg', handle: 'warga.budi', age: { n: 2, unit: 'week' }, text: 'Jalan di depan kantor kelurahan berlubang lagi.', likes: 12 },
      {
        id: 'UgyQ8r7s6T5u4V3w2X1AaABAg',
        handle: 'ani.lestari',
        age: { n: 1, unit: 'day' },
        text: 'Syarat KTP keliling apa saja, Min?',
        likes: 4,
        // Answered by the agency's channel: seen once its reply is opened.
        replies: [{ id: 'UgyQ8r7s6T5u4V3w2X1AaABAg.A1Rp0000002', handle: AGENCY, age: { n: 20, unit: 'hour' }, text: 'Cukup membawa KK dan surat pengantar dari kelurahan, Kak.', likes: 1 }],
      },
    ],
  },
  {
    id: 'Zx7Pq2Mn4Rt',
    title: 'Vlog jalan-jalan ke taman kota',
    channel: { handle: 'wargakreatif', name: 'Warga Kreatif', subscribers: 2_220_000 },
    views: 85_400,
    exactViews: false,
    likes: 1200,
    ageDays: 21,
    comments: 56,
    threads: [{ id: 'UgyT3m4n5K6t7A8b9C0AaABAg', handle: 'Siti_Rahma', age: { n: 1, unit: 'day' }, text: 'Tamannya bagus sekali!', likes: 8 }],
  },
];

export function videoById(id: string | null): VideoData {
  return VIDEOS.find((v) => v.id === id) ?? VIDEOS[0]!;
}
