import type { Template } from '@/lib/schemas/template';

export type StarterTemplate = Omit<
  Template,
  'id' | 'createdAt' | 'updatedAt' | 'usageCount' | 'favorite' | 'lastUsedAt'
> & { starterId: string };

const JAM_LAYANAN = '{isian:jam_layanan|Hari dan jam layanan, mis. Senin–Jumat 08.00–16.00 WIB}';
const ISU = '{isian:isu|Isi kabar yang beredar}';

/*
 * Replies for a generic agency, two per category, written for this project in the "ragam
 * percakapan": standard, polite Indonesian without slang or needless English. Every one fits an
 * X reply (280) with a typical profile, so none is limited to a platform. starterIds never change:
 * a later version of the pack uses them to tell its own templates from the admin's.
 */
const PACK: ReadonlyArray<Omit<StarterTemplate, 'platforms' | 'language'>> = [
  {
    starterId: 'sapaan-terima-kasih',
    title: 'Terima kasih atas apresiasi',
    category: 'sapaan',
    tags: ['terima kasih', 'apresiasi', 'dukungan'],
    shortcut: '/terima-kasih',
    body:
      '{sapaan}, {nama}. Terima kasih atas apresiasi dan dukungannya. Kami akan terus berupaya ' +
      'memberikan layanan terbaik bagi masyarakat. {admin}',
  },
  {
    starterId: 'sapaan-masukan',
    title: 'Terima kasih atas masukan',
    category: 'sapaan',
    tags: ['masukan', 'saran', 'kritik', 'terima kasih'],
    shortcut: '/masukan',
    body:
      '{sapaan}, {nama}. Terima kasih atas masukannya. Saran {panggilan} sudah kami catat dan kami ' +
      'teruskan kepada unit terkait sebagai bahan perbaikan layanan. {admin}',
  },
  {
    starterId: 'layanan-jam',
    title: 'Jam layanan',
    category: 'informasi-layanan',
    tags: ['jam layanan', 'jadwal', 'buka', 'kantor'],
    shortcut: '/jam-layanan',
    body:
      `{sapaan}, {nama}. Layanan tatap muka {instansi} buka ${JAM_LAYANAN}. Informasi layanan ` +
      'lainnya dapat dilihat di {tautan}. {admin}',
  },
  {
    starterId: 'layanan-persyaratan',
    title: 'Persyaratan dan alur layanan',
    category: 'informasi-layanan',
    tags: ['persyaratan', 'syarat', 'alur', 'prosedur'],
    shortcut: '/syarat',
    body:
      '{sapaan}, {nama}. Persyaratan dan alur {isian:nama_layanan|Nama layanan, mis. pembuatan KTP-el} ' +
      'dapat {panggilan} lihat di {tautan}. Bila masih ada yang belum jelas, silakan tanyakan ' +
      'kembali kepada kami. {admin}',
  },
  {
    starterId: 'pengaduan-lapor',
    title: 'Arahkan pengaduan ke SP4N-LAPOR!',
    category: 'pengaduan',
    tags: ['pengaduan', 'aduan', 'keluhan', 'SP4N-LAPOR!'],
    shortcut: '/lapor',
    body:
      '{sapaan}, {nama}. Terima kasih atas laporannya. Agar dapat ditindaklanjuti dan dipantau ' +
      'perkembangannya, mohon sampaikan pengaduan melalui SP4N-LAPOR! di {kanal_pengaduan} ' +
      'dengan menyertakan kronologi dan bukti pendukung. {admin}',
  },
  {
    starterId: 'pengaduan-tindak-lanjut',
    title: 'Pengaduan sedang ditindaklanjuti',
    category: 'pengaduan',
    tags: ['pengaduan', 'nomor tiket', 'tindak lanjut'],
    shortcut: '/tindak-lanjut',
    body:
      '{sapaan}, {nama}. Pengaduan {panggilan} dengan nomor tiket {isian:nomor_tiket|Nomor tiket SP4N-LAPOR!} ' +
      'sedang ditindaklanjuti oleh unit terkait. Perkembangannya dapat dipantau di {kanal_pengaduan}. ' +
      'Terima kasih atas kesabarannya. {admin}',
  },
  {
    starterId: 'ppid-permohonan',
    title: 'Permohonan informasi publik ke PPID',
    category: 'ppid',
    tags: ['PPID', 'informasi publik', 'permohonan', 'data'],
    shortcut: '/ppid',
    body:
      '{sapaan}, {nama}. Permohonan informasi publik dapat diajukan kepada PPID {instansi} melalui ' +
      '{ppid}. Sesuai UU Nomor 14 Tahun 2008, permohonan dijawab paling lambat 10 hari kerja sejak ' +
      'diterima. {admin}',
  },
  {
    starterId: 'ppid-dokumen',
    title: 'Dokumen publik dapat diunduh',
    category: 'ppid',
    tags: ['dokumen', 'unduh', 'informasi publik', 'PPID'],
    shortcut: '/dokumen',
    body:
      '{sapaan}, {nama}. Dokumen yang {panggilan} maksud termasuk informasi publik dan dapat diunduh ' +
      'di {ppid}. Bila belum ditemukan, silakan ajukan permohonan informasi kepada PPID melalui laman ' +
      'yang sama. {admin}',
  },
  {
    starterId: 'hoaks',
    title: 'Klarifikasi hoaks',
    category: 'klarifikasi-hoaks',
    tags: ['hoaks', 'klarifikasi', 'kabar bohong', 'cek fakta'],
    shortcut: '/hoaks',
    body:
      `[HOAKS] ${ISU}\n\n` +
      '{sapaan}, {nama}. Kabar tersebut tidak benar. Informasi resmi hanya disampaikan melalui {tautan} ' +
      'dan akun media sosial resmi kami. Mari periksa sebelum berbagi. {admin}',
  },
  {
    starterId: 'disinformasi',
    title: 'Klarifikasi disinformasi',
    category: 'klarifikasi-hoaks',
    tags: ['disinformasi', 'klarifikasi', 'menyesatkan', 'cek fakta'],
    shortcut: '/disinformasi',
    body:
      `[DISINFORMASI] ${ISU}\n\n` +
      'Faktanya: {isian:fakta|Fakta yang benar, singkat}\n\n' +
      'Sumber resmi: {tautan}\nMari periksa sebelum berbagi. {admin}',
  },
  {
    starterId: 'maaf-ketidaknyamanan',
    title: 'Permohonan maaf atas ketidaknyamanan',
    category: 'permohonan-maaf',
    tags: ['maaf', 'keluhan', 'ketidaknyamanan'],
    shortcut: '/maaf',
    body:
      '{sapaan}, {nama}. Mohon maaf atas ketidaknyamanan yang {panggilan} alami. Keluhan ini sudah ' +
      'kami teruskan kepada unit terkait agar segera ditangani. Perkembangannya dapat dipantau melalui ' +
      'SP4N-LAPOR! di {kanal_pengaduan}. {admin}',
  },
  {
    starterId: 'maaf-terlambat',
    title: 'Maaf atas keterlambatan balasan',
    category: 'permohonan-maaf',
    tags: ['maaf', 'terlambat', 'balasan'],
    shortcut: '/maaf-lambat',
    body:
      '{sapaan}, {nama}. Mohon maaf atas keterlambatan balasan kami.\n\n' +
      '{isian:jawaban|Jawaban atas pertanyaan}\n\n' +
      'Terima kasih atas kesabarannya. {admin}',
  },
  {
    starterId: 'di-luar-jam',
    title: 'Pesan di luar jam layanan',
    category: 'di-luar-jam',
    tags: ['di luar jam', 'malam', 'akhir pekan'],
    shortcut: '/luar-jam',
    body:
      '{sapaan}, {nama}. Terima kasih atas pesannya. Saat ini di luar jam layanan kami. Pesan ' +
      `{panggilan} akan kami balas pada jam layanan berikutnya (${JAM_LAYANAN}). Untuk keadaan ` +
      'darurat, hubungi 112. {admin}',
  },
  {
    starterId: 'di-luar-jam-libur',
    title: 'Layanan tutup saat libur',
    category: 'di-luar-jam',
    tags: ['libur', 'cuti bersama', 'tutup'],
    shortcut: '/libur',
    body:
      '{sapaan}, {nama}. Terima kasih atas pesannya. Selama libur {isian:nama_libur|Nama hari libur, mis. Idulfitri}, ' +
      'layanan kami tutup dan buka kembali pada {isian:tanggal_buka|Tanggal layanan buka kembali}. Pesan ' +
      '{panggilan} akan kami balas setelahnya. {admin}',
  },
  {
    starterId: 'pesan-pribadi-data',
    title: 'Pindahkan data pribadi ke pesan pribadi',
    category: 'pesan-pribadi',
    tags: ['data pribadi', 'pesan pribadi', 'DM', 'NIK'],
    shortcut: '/dm',
    body:
      '{sapaan}, {nama}. Demi keamanan data pribadi {panggilan}, mohon tidak menuliskan NIK, nomor ' +
      'telepon, atau alamat di kolom komentar. Silakan kirimkan detailnya melalui pesan pribadi ke akun ' +
      'ini agar dapat kami bantu. {admin}',
  },
  {
    starterId: 'pesan-pribadi-hapus',
    title: 'Minta hapus komentar berisi data pribadi',
    category: 'pesan-pribadi',
    tags: ['data pribadi', 'hapus komentar', 'NIK', 'pesan pribadi'],
    shortcut: '/hapus-data',
    body:
      '{sapaan}, {nama}. Komentar {panggilan} memuat data pribadi. Demi keamanan, mohon komentar ' +
      'tersebut dihapus, lalu kirimkan kembali datanya melalui pesan pribadi ke akun ini. Terima ' +
      'kasih. {admin}',
  },
  {
    starterId: 'darurat-112',
    title: 'Keadaan darurat: hubungi 112',
    category: 'darurat',
    tags: ['darurat', '112', 'kecelakaan', 'kebakaran', 'ambulans'],
    shortcut: '/darurat',
    body:
      '{sapaan}, {nama}. Untuk keadaan darurat, mohon segera hubungi Layanan Darurat 112 (bebas pulsa, 24 jam). ' +
      'Tetap tenang dan ikuti arahan petugas. {admin}',
  },
  {
    starterId: 'darurat-bencana',
    title: 'Informasi bencana dan BPBD',
    category: 'darurat',
    tags: ['bencana', 'BPBD', 'banjir', 'gempa', 'pengungsian'],
    shortcut: '/bencana',
    body:
      '{sapaan}, {nama}. Untuk bantuan dan informasi bencana, silakan hubungi BPBD setempat atau ' +
      'Layanan Darurat 112. Informasi resmi terkini dapat dipantau di {tautan}. Tetap waspada dan ' +
      'ikuti arahan petugas. {admin}',
  },
];

export const STARTER_TEMPLATES: ReadonlyArray<StarterTemplate> = PACK.map((t) => ({
  ...t,
  platforms: [],
  language: 'id',
}));

/** The starter pack as new templates, installed on first run: not favourites, never used. */
export function createStarterTemplates(now: number, newId: () => string): Template[] {
  return STARTER_TEMPLATES.map((starter) => ({
    ...starter,
    tags: [...starter.tags],
    platforms: [...starter.platforms],
    id: newId(),
    favorite: false,
    usageCount: 0,
    createdAt: now,
    updatedAt: now,
  }));
}
