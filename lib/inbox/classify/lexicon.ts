import type { CommentCategory } from './types';

/**
 * Cue words and phrases per kind, in standard forms (lib/inbox/classify/words.ts resolves the
 * slang first: "blm cair" is "belum cair", "bener gak" is "benar tidak"). A trailing "*" matches
 * any word that starts so ("rusak*" finds "kerusakan" only through its own entry). Weights: 3 for
 * a cue that alone decides the kind ("benarkah", "syarat"), 2 for a strong one, 1 for a hint
 * that needs company. Written from the shapes of SOP.md's comment examples and the list.
 */
export type Cue = readonly [phrase: string, weight: number];

export const CUES: Readonly<Record<Exclude<CommentCategory, 'question'>, readonly Cue[]>> = {
  emergency: [
    ['darurat', 3], ['banjir', 2], ['kebakaran', 3], ['terbakar', 3], ['api', 1], ['longsor', 3],
    ['tanah longsor', 1], ['tertimbun', 3], ['kecelakaan', 3], ['korban', 1.5], ['terjebak', 3],
    ['evakuasi', 3], ['mengungsi', 3], ['pengungsi', 2], ['tim sar', 3], ['sar', 1], ['pemadam kebakaran', 2],
    ['ambulans', 3], ['ambulance', 3], ['pingsan', 3], ['tenggelam', 3], ['gempa', 3], ['tsunami', 3],
    ['puting beliung', 3], ['pohon tumbang', 3], ['tumbang', 2], ['jebol', 3], ['meluap', 3],
    ['bocor', 1], ['gas bocor', 3], ['keracunan', 3], ['sesak napas', 3], ['sesak nafas', 3],
    ['ular', 2], ['putus', 1.5], ['percikan api', 2], ['segera', 1], ['sekarang', 0.5], ['barusan', 0.5],
    ['butuh bantuan', 2], ['minta bantuan', 1.5], ['mohon bantuan', 1.5], ['sepinggang', 2], ['selutut', 2],
    ['setinggi', 1], ['panik', 1.5], ['menutup jalan', 1], ['roboh', 2], ['merobohkan', 2], ['ambruk', 1.5],
    ['sebarkan', 0.5], ['terakhir terlihat', 3], ['perahu', 1.5], ['selimut', 1], ['melahirkan', 1.5],
  ],
  'hoax-question': [
    ['benarkah', 3], ['apa benar', 3], ['apakah benar', 3], ['benar tidak', 3], ['benar atau tidak', 3],
    ['benar admin', 2.5], ['itu benar', 2], ['benar', 1], ['hoaks', 3], ['fakta', 2], ['viral', 2],
    ['beredar', 2.5], ['katanya', 1.5], ['broadcast', 2.5], ['pesan berantai', 3], ['grup', 1],
    ['klarifikasi', 2.5], ['diklarifikasi', 3], ['asli', 1.5], ['resmi', 2], ['penipuan', 2.5],
    ['palsu', 2], ['editan', 3], ['valid', 2], ['mengatasnamakan', 3], ['mengaku', 1], ['sebar', 1],
    ['masa iya', 2], ['undian', 1.5], ['sms', 1], ['rame', 0.5], ['ramai', 0.5], ['tiktok', 1],
    ['videonya', 1], ['video', 0.5], ['berita', 1],
  ],
  complaint: [
    ['rusak', 2.5], ['parah', 2], ['lambat', 2.5], ['lelet', 2.5], ['kecewa', 3], ['mengecewakan', 3],
    ['belum cair', 3], ['belum jadi', 3], ['belum lunas', 2], ['belum diperbaiki', 3], ['tidak diperbaiki', 3],
    ['diperbaiki', 1.5], ['perbaikan', 1], ['berlubang', 3], ['lubang', 2], ['mati', 1.5], ['mati lagi', 2],
    ['tidak ada tindak lanjut', 3], ['tindak lanjut', 1], ['tidak ada respon', 3], ['tidak ada respons', 3],
    ['error', 2.5], ['eror', 2.5], ['down', 2], ['pungli', 3], ['buruk', 2.5], ['jutek', 3],
    ['tidak ramah', 3], ['tolong dicek', 2], ['ditertibkan', 2.5], ['numpuk', 2], ['menumpuk', 2],
    ['bau', 1.5], ['sampah', 1], ['macet', 1.5], ['antre', 1], ['antrean', 1], ['keruh', 3], ['mampet', 3],
    ['percuma', 2.5], ['ngaco', 2.5], ['dilewati', 2], ['tidak tepat sasaran', 3], ['hancur', 2],
    ['debu', 1.5], ['hilang total', 2], ['susah', 1.5], ['janji', 1.5], ['nol besar', 2],
    ['habis', 1], ['padahal', 1.5], ['sudah lapor', 2.5], ['berkali-kali', 2], ['masih belum', 2],
    ['tidak layak', 2.5], ['dibiarkan', 2], ['dibiarin', 2], ['berjam-jam', 2], ['liar', 2], ['gelap', 1],
    ['rawan', 1], ['tidak bisa login', 3], ['tidak bisa dipakai', 2], ['tidak bisa', 1], ['sering', 0.5],
    ['tutup', 1], ['dari pagi', 1], ['tiap hujan', 1.5], ['tiap tahun', 1], ['malah', 1.5], ['mampu', 0.5],
    ['lama sekali', 2], ['komplain', 3], ['keluhan', 2], ['mengeluh', 2], ['terlantar', 2], ['bertahun-tahun', 1.5],
    ['tahun', 0.5], ['bulan', 0.5], ['hari', 0.3], ['tidak ada', 1], ['pasien', 0.5], ['ditelantarkan', 2],
  ],
  'info-request': [
    ['syarat', 3], ['persyaratan', 3], ['jadwal', 2.5], ['ppid', 3], ['cara', 2], ['prosedur', 3], ['bagaimana cara', 3],
    ['prosedurnya', 3], ['link', 2], ['tautan', 2], ['formulir', 3], ['form', 2], ['nomor', 1.5], ['kontak', 2.5],
    ['call center', 3], ['whatsapp', 1], ['alamat', 2.5], ['lokasi', 2], ['jam buka', 3], ['jam operasional', 3],
    ['jam berapa', 2], ['jam pelayanan', 3], ['dokumen', 2.5], ['berkas', 2.5], ['bawa apa', 3], ['harus dibawa', 3],
    ['data', 1.5], ['salinan', 3], ['perda', 2], ['mohon informasi', 3], ['minta informasi', 3],
    ['informasi', 1], ['minta', 1], ['di mana', 1.5], ['unduh', 2], ['diunduh', 2], ['download', 2],
    ['daftar', 1], ['pendaftaran', 0.5], ['disiapkan', 2], ['permohonan informasi', 3], ['penelitian', 1.5],
    ['skripsi', 1.5], ['apa saja', 1.5], ['mana', 0.5], ['brosur', 2], ['kuota', 1], ['tempat', 1],
  ],
  thanks: [
    ['terima kasih', 2.5], ['thanks', 2.5], ['thank you', 2.5], ['mantap', 2.5], ['mantul', 2.5], ['keren', 2.5],
    ['sukses', 2], ['semangat', 2], ['salut', 3], ['luar biasa', 2.5], ['bagus', 2], ['top', 1.5],
    ['good job', 3], ['alhamdulillah', 1.5], ['bermanfaat', 2.5], ['membantu', 2], ['matur nuwun', 3],
    ['semoga', 1.5], ['jaya', 1.5], ['cepat tanggap', 2.5], ['responsif', 2.5], ['solutif', 2.5], ['ramah', 1.5],
    ['bersih', 1], ['mulus', 1.5], ['senang', 1.5], ['sigap', 2], ['akhirnya', 1], ['apresiasi', 2.5],
    ['izin share', 2], ['hebat', 2.5], ['sehat selalu', 2], ['cepat', 1], ['lanjutkan', 1.5], ['berlanjut', 1],
    ['sangat membantu', 1], ['diterima', 0.5], ['makin', 0.5],
  ],
  other: [
    ['jual', 2.5], ['promo', 2.5], ['diskon', 2.5], ['order', 2], ['open order', 2], ['dm', 1.5], ['lapak', 2.5],
    ['bio', 2], ['slot', 3], ['gacor', 3], ['depo', 3], ['bonus', 2], ['follow', 2], ['follow balik', 2],
    ['pilih nomor', 3], ['coblos', 3], ['hadir', 2.5], ['absen', 2.5], ['nyimak', 3], ['first', 2.5],
    ['pertamax', 3], ['numpang lewat', 3], ['wkwk', 2], ['haha', 2], ['hehe', 1.5], ['tag', 1.5],
    ['cuaca', 1], ['pulsa', 2], ['klik', 1], ['mampir', 2], ['murah', 1.5], ['mau', 0.5],
  ],
};

/** Words that ask: with a "?" or at the start of a sentence they make a question. */
export const QUESTION_WORDS: readonly string[] = [
  'apakah', 'apa', 'kapan', 'bagaimana', 'kenapa', 'mengapa', 'berapa', 'siapa', 'di mana', 'mana', 'kok',
  'bisakah', 'bolehkah', 'adakah', 'kah', 'boleh', 'bisa',
];

/** A sentence that ends asking for a yes or no: "… belum ya?", "… tidak min?". */
export const TAIL_ASKS: readonly string[] = ['belum', 'tidak', 'ya', 'kah', 'kan', 'bukan', 'apa', 'gimana'];

/** Emoji that thank or praise (SOP.md: thanks under a post is answered with a short greeting). */
export const THANKS_EMOJI = /[\u{1F64F}\u{1F44D}\u{1F44F}\u{2764}\u{1F4AA}\u{1F525}\u{1F970}\u{1F60D}\u{1F496}\u{1F499}\u{2705}\u{1F91D}]/gu;
/** Laughing or other emoji with no words: chat, nothing to answer. */
export const OTHER_EMOJI = /[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F60A}\u{1F600}]/gu;

/** People who go missing (an emergency) as opposed to things ("KTP hilang" is a question). */
export const PEOPLE: readonly string[] = [
  'anak', 'kakek', 'nenek', 'ibu', 'bapak', 'ayah', 'adik', 'orang', 'lansia', 'balita', 'suami', 'istri', 'warga',
];
