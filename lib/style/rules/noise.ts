import type { OccurrenceRule } from '../engines/types';

const q = (s: string) => `“${s}”`;

export const repeatedPunctuation: OccurrenceRule = {
  id: 'repeated-punctuation',
  engine: 'occurrence',
  kind: 'repeated-punctuation',
  description: {
    id: 'Tanda seru atau tanya beruntun (!!!, ???, ?!) terkesan berteriak.',
    en: 'Runs of exclamation or question marks (!!!, ???, ?!) read as shouting.',
  },
  defaultSeverity: 'warning',
  message: (m) => ({ id: `${q(m.found)}: cukup satu tanda baca.`, en: `${q(m.found)}: one mark is enough.` }),
  examples: {
    valid: ['Pengaduan dapat disampaikan melalui SP4N-LAPOR!', 'Apakah berkasnya sudah lengkap?', 'Waspada banjir!'],
    invalid: ['Jangan percaya kabar itu!!!', 'Sudah dicoba lagi??', 'Serius?!'],
  },
};

export const emojiLimit: OccurrenceRule = {
  id: 'emoji-limit',
  engine: 'occurrence',
  kind: 'emoji',
  description: {
    id: 'Jumlah emoji melebihi batas profil.',
    en: 'More emoji than the profile allows.',
  },
  defaultSeverity: 'warning',
  message: (m) => ({
    id: `${m.count ?? 0} emoji; batas SOP ${m.limit ?? 0}. Hapus ${q(m.found)}.`,
    en: `${m.count ?? 0} emoji; the SOP allows ${m.limit ?? 0}. Remove ${q(m.found)}.`,
  }),
  examples: {
    valid: ['Terima kasih atas dukungannya 🙏', 'Selamat Hari Kemerdekaan 🇮🇩'],
    invalid: ['Terima kasih 🙏😊🔥', 'Selamat ya 🎉🎉'],
  },
};

export const hashtagLimit: OccurrenceRule = {
  id: 'hashtag-limit',
  engine: 'occurrence',
  kind: 'hashtag',
  description: {
    id: 'Terlalu banyak tagar dalam satu balasan (batas profil, bawaan 2).',
    en: 'Too many hashtags in one reply (the profile’s limit, 2 by default).',
  },
  defaultSeverity: 'warning',
  message: (m) => ({
    id: `${m.count ?? 0} tagar; batas ${m.limit ?? 0}. Hapus ${q(m.found)}.`,
    en: `${m.count ?? 0} hashtags; the limit is ${m.limit ?? 0}. Remove ${q(m.found)}.`,
  }),
  examples: {
    valid: ['Ayo cek kesehatan rutin. #GermasSehat', 'Info cuaca hari ini #BMKG #InfoCuaca'],
    invalid: ['Ayo vaksin #VaksinAman #SehatBersama #IndonesiaSehat #AyoVaksin'],
  },
};

export const allCaps: OccurrenceRule = {
  id: 'all-caps',
  engine: 'occurrence',
  kind: 'all-caps',
  description: {
    id: 'Kata berhuruf kapital semua terkesan berteriak; singkatan (BPJS, KTP, NIK, PPID) dan label [HOAKS] boleh.',
    en: 'ALL-CAPS words read as shouting; acronyms (BPJS, KTP, NIK, PPID) and [HOAKS] labels are fine.',
  },
  defaultSeverity: 'warning',
  message: (m) => ({ id: `${q(m.found)} terkesan berteriak.`, en: `${q(m.found)} reads as shouting.` }),
  examples: {
    valid: [
      '[HOAKS] Pesan berantai soal pemblokiran NIK tidak benar.',
      'Bawa KTP, KK, dan kartu BPJS Kesehatan.',
      'Aduan dapat disampaikan melalui SP4N-LAPOR! atau PPID.',
    ],
    invalid: ['MOHON MAAF, layanan sedang gangguan.', 'Ini PENTING untuk diketahui.', 'Berkas asli WAJIB dibawa.'],
  },
};

export const repeatedWord: OccurrenceRule = {
  id: 'repeated-word',
  engine: 'occurrence',
  kind: 'repeated-word',
  lang: 'id',
  description: {
    id: 'Kata yang tertulis dua kali, dan kata ulang yang tidak memakai tanda hubung (sama sama, hati2).',
    en: 'A word written twice, and reduplication without a hyphen (sama sama, hati2).',
  },
  defaultSeverity: 'warning',
  message: (m) => ({ id: `${q(m.found)}: tulis ${q(m.suggestion ?? '')}.`, en: `${q(m.found)}: write ${q(m.suggestion ?? '')}.` }),
  examples: {
    valid: ['Terima kasih kembali, sama-sama.', 'Hati-hati di jalan.', 'Masing-masing pemohon membawa berkas.'],
    invalid: ['Terima kasih kembali, sama sama.', 'Hati2 di jalan.', 'Berkas yang yang Bapak kirim sudah kami terima.'],
  },
};

export const NOISE_RULES = [repeatedPunctuation, emojiLimit, hashtagLimit, allCaps, repeatedWord] as const;
