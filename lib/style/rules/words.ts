import type { SubEntry } from '../lexicon/types';
import { ENGLISH } from '../lexicon/english';
import { MISSPELLINGS } from '../lexicon/misspelling';
import { INCLUSIVE, POLITICAL } from '../lexicon/political';
import { RUDE, SARA } from '../lexicon/rude';
import { PARTICLES, SLANG } from '../lexicon/slang';
import type { ExistenceRule, MatchInfo, SubstitutionRule } from '../engines/types';

const q = (s: string) => `“${s}”`;
function withSuggestion(m: MatchInfo, id: string, en: string): { id: string; en: string } {
  if (!m.suggestion) return { id, en };
  return { id: `${id} Gunakan ${q(m.suggestion)}.`, en: `${en} Use ${q(m.suggestion)}.` };
}

const inclusiveEntries: readonly SubEntry[] = INCLUSIVE.map(([from, to]) => [from, to] as const);

// Same profile word list → same entries array, so the engine's table cache can reuse it.
const preferredCache = new WeakMap<object, readonly SubEntry[]>();
function preferredEntries(words: readonly { word: string; replacement: string }[]): readonly SubEntry[] {
  let entries = preferredCache.get(words);
  if (!entries) {
    entries = words.map((p) => [p.word.trim().toLowerCase(), p.replacement] as const);
    preferredCache.set(words, entries);
  }
  return entries;
}

export const slang: SubstitutionRule = {
  id: 'slang',
  engine: 'substitution',
  lang: 'id',
  description: {
    id: 'Bahasa gaul dan singkatan chat (gak, udah, aja, yg, dgn, bgt, thx) diganti bentuk baku.',
    en: 'Slang and chat abbreviations (gak, udah, aja, yg, dgn, bgt, thx) replaced by the standard form.',
  },
  defaultSeverity: 'warning',
  entries: () => SLANG,
  colloquial: true,
  skipNames: true,
  message: (m) =>
    withSuggestion(m, `${q(m.found)} tidak baku.`, `${q(m.found)} is slang or a chat abbreviation.`),
  examples: {
    valid: [
      'Terima kasih, berkas Bapak sudah kami terima dan sedang diproses.',
      'Jadwal vaksinasi dapat dilihat di laman resmi kami.',
      'Untuk SPT Tahunan, silakan lapor melalui DJP Online.',
      'Ukuran pas foto 3x4, dua lembar. #DiRumahAja',
    ],
    invalid: [
      'Berkasnya udah kami terima ya.',
      'Laporan #pelayanangakbecus sudah kami teruskan.',
      'Pas datang ke loket, bawa KTP asli.',
      'Maaf, layanan gak buka hari Minggu.',
      'Info lengkap ada di laman yg kami bagikan.',
      'Makasih atas laporannya.',
    ],
  },
};

export const informalParticle: SubstitutionRule = {
  id: 'informal-particle',
  engine: 'substitution',
  lang: 'id',
  description: {
    id: 'Partikel percakapan (kok, sih, dong, deh, lho, nih) tidak dipakai akun resmi.',
    en: 'Chatty particles (kok, sih, dong, deh, lho, nih) do not belong in an official reply.',
  },
  defaultSeverity: 'warning',
  entries: () => PARTICLES,
  skipNames: true,
  message: (m) => ({
    id: `Partikel ${q(m.found)} terlalu santai untuk akun resmi.${m.suggestion ? ` Hapus atau ganti ${q(m.suggestion)}.` : ' Hapus saja.'}`,
    en: `The particle ${q(m.found)} is too casual for an official account.${m.suggestion ? ` Drop it or use ${q(m.suggestion)}.` : ' Drop it.'}`,
  }),
  examples: {
    valid: ['Pendaftaran sudah dibuka sejak Senin.', 'Mohon ditunggu, berkas sedang kami periksa.'],
    invalid: ['Pendaftarannya sudah dibuka kok.', 'Sudah kami jawab di utas sebelumnya dong.', 'Memang begitu sih aturannya.'],
  },
};

export const englishTerm: SubstitutionRule = {
  id: 'english-term',
  engine: 'substitution',
  lang: 'id',
  description: {
    id: 'Istilah Inggris yang sudah ada padanannya (download → unduh, online → daring, link → tautan).',
    en: 'English terms with an established Indonesian equivalent (download → unduh, online → daring, link → tautan).',
  },
  defaultSeverity: 'warning',
  entries: () => ENGLISH,
  keepInNames: true,
  keepGlosses: true,
  message: (m) => withSuggestion(m, `${q(m.found)} ada padanannya dalam bahasa Indonesia.`, `${q(m.found)} has an Indonesian equivalent.`),
  examples: {
    valid: [
      'Formulir dapat diunduh di laman resmi kami.',
      'Layanan daring tersedia 24 jam melalui aplikasi.',
      'Silakan kirim surel ke alamat yang tertera.',
    ],
    invalid: [
      'Formulir bisa di-download di website kami.',
      'Layanan online tersedia 24 jam.',
      'Mohon update aplikasinya ke versi terbaru.',
      'Kami sudah mendownload berkasnya.',
    ],
  },
};

export const misspelling: SubstitutionRule = {
  id: 'misspelling',
  engine: 'substitution',
  lang: 'id',
  description: {
    id: 'Ejaan tidak baku yang sering muncul (himbau, silahkan, praktek, resiko, ijin, merubah, disini).',
    en: 'Frequent non-standard spellings (himbau, silahkan, praktek, resiko, ijin, merubah, disini).',
  },
  defaultSeverity: 'warning',
  entries: () => MISSPELLINGS,
  message: (m) => withSuggestion(m, `Ejaan ${q(m.found)} tidak baku.`, `${q(m.found)} is not the standard spelling.`),
  examples: {
    valid: [
      'Silakan datang ke loket 3 dengan membawa KTP-el.',
      'Kami mengimbau warga tetap waspada terhadap risiko banjir.',
      'Izin praktik dokter diurus melalui Mal Pelayanan Publik.',
    ],
    invalid: [
      'Silahkan datang ke loket 3.',
      'Kami menghimbau warga tetap waspada.',
      'Resiko banjir meningkat pekan ini.',
      'Berkas dapat diambil disini setelah pukul 13.00.',
      'Permohonan sedang di proses oleh petugas.',
    ],
  },
};

export const inclusiveTerm: SubstitutionRule = {
  id: 'inclusive-term',
  engine: 'substitution',
  lang: 'id',
  description: {
    id: 'Sebutan yang merendahkan penyandang disabilitas diganti istilah UU 8/2016 (penyandang disabilitas, tunanetra).',
    en: 'Demeaning terms for people with disabilities replaced by the terms of Law 8/2016 (penyandang disabilitas, tunanetra).',
  },
  defaultSeverity: 'warning',
  entries: () => inclusiveEntries,
  message: (m) => withSuggestion(m, `${q(m.found)} kurang tepat untuk menyebut orang.`, `${q(m.found)} is not a respectful way to name people.`),
  examples: {
    valid: [
      'Layanan pendampingan tersedia bagi penyandang disabilitas dan lansia.',
      'Buku braille untuk pelajar tunanetra dapat dipinjam gratis.',
      'Produk yang cacat dapat dikembalikan ke penyedia.',
    ],
    invalid: ['Tersedia jalur khusus untuk orang cacat.', 'Pelatihan bagi tuna netra dibuka bulan depan.'],
  },
};

export const preferredWord: SubstitutionRule = {
  id: 'preferred-word',
  engine: 'substitution',
  description: {
    id: 'Kata pilihan instansi: kata yang diganti dengan istilah yang ditetapkan SOP.',
    en: 'The agency’s preferred words: a word replaced by the term its SOP prescribes.',
  },
  defaultSeverity: 'warning',
  entries: (ctx) => preferredEntries(ctx.profile.preferredWords),
  message: (m) => withSuggestion(m, `SOP instansi tidak memakai ${q(m.found)}.`, `The agency’s SOP does not use ${q(m.found)}.`),
  exampleProfile: { preferredWords: [{ word: 'warga binaan', replacement: 'penerima manfaat' }] },
  examples: {
    valid: ['Bantuan disalurkan kepada penerima manfaat di 12 kecamatan.'],
    invalid: ['Bantuan disalurkan kepada warga binaan di 12 kecamatan.'],
  },
};

export const rudeWord: ExistenceRule = {
  id: 'rude-word',
  engine: 'existence',
  description: {
    id: 'Kata kasar atau makian (termasuk bentuk berimbuhan dan ulang); jangan membalas makian warga.',
    en: 'Rude or abusive words (affixed and reduplicated forms too); never echo a citizen’s insult.',
  },
  defaultSeverity: 'error',
  lists: () => [{ entries: RUDE }],
  message: (m) => ({
    id: `${q(m.found)} kasar dan tidak pantas untuk akun resmi.`,
    en: `${q(m.found)} is rude and has no place in an official reply.`,
  }),
  examples: {
    valid: [
      'Jadwal pengangkutan sampah di wilayah Bapak setiap Selasa dan Jumat.',
      'Vaksinasi rabies gratis untuk anjing dan kucing peliharaan.',
      'Program ini untuk memberantas kebodohan dan kemiskinan.',
    ],
    invalid: [
      'Jangan goblok-goblok amat kalau isi formulir.',
      'Warga merasa dibodohi oleh calo.',
      'Dasar sampah, kerjanya cuma mengeluh.',
      'Bangsat, antreannya lama sekali.',
    ],
  },
};

export const saraTerm: ExistenceRule = {
  id: 'sara-term',
  engine: 'existence',
  description: {
    id: 'Sebutan bermuatan SARA; istilah resmi: Tionghoa/Tiongkok (Keppres 12/2014), tanpa pribumi (Inpres 26/1998).',
    en: 'Terms that play on ethnicity, religion or race; official usage: Tionghoa/Tiongkok (Keppres 12/2014), no "pribumi" (Inpres 26/1998).',
  },
  defaultSeverity: 'error',
  lists: () => [{ entries: SARA }],
  message: (m) => ({
    id: `${q(m.found)} bermuatan SARA.${m.suggestion ? ` Gunakan ${q(m.suggestion)}.` : ' Hapus.'}`,
    en: `${q(m.found)} plays on ethnicity, religion or race.${m.suggestion ? ` Use ${q(m.suggestion)}.` : ' Remove it.'}`,
  }),
  examples: {
    valid: ['Perayaan Imlek bagi warga Tionghoa berlangsung meriah dan tertib.', 'Kunjungan delegasi Tiongkok dijadwalkan pekan depan.'],
    invalid: ['Perayaan Imlek warga Cina berlangsung meriah.', 'Bantuan ini hanya untuk pribumi.'],
  },
};

export const politicalTerm: ExistenceRule = {
  id: 'political-term',
  engine: 'existence',
  lang: 'id',
  description: {
    id: 'Bahasa kampanye (paslon, nomor urut, salam dua jari, tim sukses) melanggar netralitas ASN.',
    en: 'Campaign language (paslon, nomor urut, salam dua jari, tim sukses) breaks civil-service neutrality.',
  },
  defaultSeverity: 'warning',
  lists: () => [{ entries: POLITICAL }],
  message: (m) => ({
    id: `${q(m.found)} adalah bahasa kampanye; akun resmi harus netral.`,
    en: `${q(m.found)} is campaign language; an official account stays neutral.`,
  }),
  examples: {
    valid: ['Gunakan hak pilih Anda pada hari pemungutan suara, 14 Februari.', 'Kampanye imunisasi campak berlangsung sampai akhir bulan.'],
    invalid: ['Jangan lupa coblos nomor 2 ya!', 'Terima kasih kepada tim sukses yang hadir.', 'Debat capres malam ini disiarkan langsung.'],
  },
};

export const bannedWord: ExistenceRule = {
  id: 'banned-word',
  engine: 'existence',
  description: {
    id: 'Kata yang dilarang SOP instansi (daftar kata terlarang di profil).',
    en: 'Words the agency’s SOP bans (the profile’s banned-word list).',
  },
  defaultSeverity: 'warning',
  lists: (ctx) => [{ entries: ctx.profile.bannedWords }],
  message: (m) => ({ id: `SOP instansi melarang ${q(m.found)}.`, en: `The agency’s SOP bans ${q(m.found)}.` }),
  exampleProfile: { bannedWords: ['oknum'] },
  examples: {
    valid: ['Petugas yang bersangkutan sudah kami panggil untuk dimintai keterangan.'],
    invalid: ['Itu ulah oknum petugas.', 'Para oknum sudah diperiksa.'],
  },
};

export const rulePack: ExistenceRule = {
  id: 'rule-pack',
  engine: 'existence',
  description: {
    id: 'Paket kata yang aktif pada rentang tanggal tertentu (mis. nama partai dan calon selama masa pemilu).',
    en: 'Word packs switched on for a date range (e.g. party and candidate names during an election period).',
  },
  defaultSeverity: 'error',
  lists: (ctx) =>
    ctx.profile.rulePacks
      .filter((p) => p.from <= ctx.now && ctx.now <= p.to)
      .map((p) => ({ entries: p.words, severity: p.severity, note: p.message?.trim() || p.name })),
  message: (m) => ({
    id: `${q(m.found)} tidak boleh dipakai saat ini (${m.note ?? 'paket aturan'}).`,
    en: `${q(m.found)} must not be used now (${m.note ?? 'rule pack'}).`,
  }),
  exampleProfile: {
    rulePacks: [
      {
        id: 'contoh-pemilu',
        name: 'Masa kampanye (contoh)',
        from: 0,
        to: 8.64e15,
        words: ['Partai Contoh', 'Budi Calon'],
        severity: 'error',
      },
    ],
  },
  examples: {
    valid: ['Informasi tahapan pemilu dapat dilihat di laman KPU.'],
    invalid: ['Selamat kepada Partai Contoh atas pelantikannya.', 'Kunjungan Budi Calon ke pasar berjalan lancar.'],
  },
};

export const WORD_RULES = [
  slang,
  informalParticle,
  englishTerm,
  misspelling,
  inclusiveTerm,
  preferredWord,
  rudeWord,
  saraTerm,
  politicalTerm,
  bannedWord,
  rulePack,
] as const;
