import type { LengthRule } from '../engines/types';

export const lengthLimit: LengthRule = {
  id: 'length-limit',
  engine: 'length',
  kind: 'platform-limit',
  description: {
    id: 'Panjang balasan melebihi batas platform (X dihitung berbobot) atau batas di profil.',
    en: 'The reply is longer than the platform allows (X counts weighted) or than the profile’s limit.',
  },
  defaultSeverity: 'error',
  message: (m) => ({
    id: `Panjang ${m.count ?? 0}, batas ${m.limit ?? 0}. Bagian yang disorot tidak akan muat.`,
    en: `Length ${m.count ?? 0}, limit ${m.limit ?? 0}. The highlighted part will not fit.`,
  }),
  examplePlatform: 'x',
  examples: {
    valid: ['Terima kasih atas pertanyaannya. Jadwal layanan ada di laman kami.'],
    invalid: ['Terima kasih atas pertanyaannya. '.repeat(10)],
  },
};

export const sentenceLength: LengthRule = {
  id: 'sentence-length',
  engine: 'length',
  kind: 'sentence',
  maxWords: 35,
  description: {
    id: 'Kalimat lebih dari 35 kata sulit dibaca di media sosial; pecah menjadi beberapa kalimat.',
    en: 'Sentences over 35 words are hard to read on social media; split them.',
  },
  defaultSeverity: 'info',
  message: (m) => ({
    id: `Kalimat ini ${m.count ?? 0} kata; usahakan paling banyak ${m.limit ?? 0}.`,
    en: `This sentence has ${m.count ?? 0} words; aim for at most ${m.limit ?? 0}.`,
  }),
  examples: {
    valid: ['Berkas sudah kami terima. Petugas akan memeriksanya dalam tiga hari kerja. Hasilnya kami kabarkan lewat pesan langsung.'],
    invalid: [
      'Berkas permohonan yang Bapak kirimkan melalui surel kemarin sore sudah kami terima dan akan segera kami teruskan kepada petugas verifikasi di bidang pelayanan yang akan memeriksa kelengkapan dokumen dalam waktu tiga hari kerja sebelum hasilnya kami sampaikan kembali kepada Bapak melalui pesan langsung.',
    ],
  },
};

export const LENGTH_RULES = [lengthLimit, sentenceLength] as const;
