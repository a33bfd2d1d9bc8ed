import type { SopProfile } from '@/lib/schemas/profile';
import { defaultProfile, kakProfile, ministryProfile } from '@/lib/style';

/** Agency profiles the corpus replies are written for. */
const base = (patch: Partial<SopProfile>): SopProfile => ({ ...defaultProfile, ...patch });

export const CORPUS_PROFILES = {
  default: defaultProfile,
  ministry: ministryProfile,
  kak: kakProfile,
  health: base({ id: 'dinkes', name: 'Dinas Kesehatan', agencyName: 'Dinas Kesehatan Kota', personaName: 'Admin Dinkes' }),
  waste: base({ id: 'dlh', name: 'Dinas Lingkungan Hidup', agencyName: 'DLH Kota', allowWords: ['sampah'] }),
  social: base({ id: 'dinsos', name: 'Dinas Sosial', agencyName: 'Dinas Sosial' }),
  police: base({
    id: 'polres',
    name: 'Polres',
    agencyName: 'Polres Kota',
    addressForm: 'sobat',
    nameFallback: 'Sobat',
    emojiLimit: 1,
  }),
  regency: base({
    id: 'pemkab',
    name: 'Pemerintah Kabupaten',
    agencyName: 'Pemkab Contoh',
    officialDomains: ['instagram.com/pemkabcontoh'],
  }),
  disaster: base({ id: 'bpbd', name: 'BPBD', agencyName: 'BPBD Kabupaten' }),
  dukcapil: base({ id: 'dukcapil', name: 'Disdukcapil', agencyName: 'Disdukcapil Kota' }),
  strict: base({
    id: 'ketat',
    name: 'Instansi dengan aturan tambahan',
    bannedWords: ['oknum'],
    preferredWords: [{ word: 'miskin', replacement: 'prasejahtera' }],
    rulePacks: [
      {
        id: 'pilkada-2026',
        name: 'Masa kampanye Pilkada',
        from: Date.UTC(2026, 1, 1),
        to: Date.UTC(2026, 3, 30),
        words: ['Partai Maju Jaya', 'Pak Calon'],
        severity: 'error',
      },
    ],
    customRules: [
      {
        id: 'custom.sebut-merek',
        pattern: '\\b(?:aqua|indomie)\\b',
        flags: 'i',
        message: 'Jangan menyebut merek dagang.',
        severity: 'warning',
      },
    ],
  }),
} satisfies Record<string, SopProfile>;

export type CorpusProfile = keyof typeof CORPUS_PROFILES;
