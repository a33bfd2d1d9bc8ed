import type { SopProfile } from '@/lib/schemas/profile';

/**
 * The profiles an admin can start from on first run. Timestamps are 0: the caller stamps real
 * ones when it copies a profile into the database.
 */

/**
 * "Instansi Pemerintah (umum)": what any official account owes, per PermenPANRB 83/2012
 * (the account speaks for the institution: credible, professional, responsive) and
 * SE MenPANRB 137/2018 (verified sources, no hoax, slander, provocation, SARA, pornography).
 * Polite standard Indonesian as it is spoken ("baku tak mesti kaku"): semi-formal register,
 * "Anda", at most one emoji, no greeting or sign-off imposed.
 */
export const defaultProfile: SopProfile = {
  id: 'bawaan-instansi-umum',
  name: 'Instansi Pemerintah (umum)',
  description:
    'Pedoman umum akun resmi pemerintah (PermenPANRB 83/2012, SE MenPANRB 137/2018): bahasa Indonesia baku yang santun, ' +
    'tanpa data pribadi, tautan resmi, netral, tanpa SARA.',
  agencyName: '',
  personaName: 'Admin',
  addressForm: 'anda',
  nameFallback: 'Bapak/Ibu',
  register: 'semi-formal',
  greetingRequired: false,
  signOff: '',
  emojiLimit: 1,
  hashtagLimit: 2,
  lengthLimits: {},
  officialDomains: [],
  bannedWords: [],
  preferredWords: [],
  allowWords: [],
  rules: {},
  rulePacks: [],
  customRules: [],
  postsPerDayLimit: 10,
  // Addresses only: the templates name the channel themselves ("melalui SP4N-LAPOR! di {kanal_pengaduan}").
  // The agency's own PPID page and website are unknown until the admin types them.
  channels: { complaint: 'https://www.lapor.go.id', ppid: '', website: '' },
  createdAt: 0,
  updatedAt: 0,
};

/** A ministry that requires the formal register: "Bapak/Ibu" and "Anda", a greeting, no emoji. */
export const ministryProfile: SopProfile = {
  ...defaultProfile,
  id: 'contoh-kementerian-formal',
  name: 'Kementerian (formal)',
  description:
    'Persona formal kementerian: sapaan Bapak/Ibu atau Anda, wajib salam pembuka, tanpa emoji, ditutup dengan -Admin.',
  agencyName: 'Kementerian',
  personaName: 'Admin',
  addressForm: 'bapak-ibu',
  nameFallback: 'Bapak/Ibu',
  register: 'formal',
  greetingRequired: true,
  signOff: '-Admin',
  emojiLimit: 0,
  hashtagLimit: 1,
  bannedWords: ['oknum'],
  rules: { 'sentence-length': { severity: 'warning' } },
};

/**
 * A friendly service account in the tax office's style: "Kak", young and fresh but
 * professional; initials of the admin on duty as sign-off; English loanwords only noted.
 */
export const kakProfile: SopProfile = {
  ...defaultProfile,
  id: 'contoh-layanan-kak',
  name: 'Layanan ramah (Kak)',
  description:
    'Persona akun layanan yang ramah: menyapa warga dengan Kak, boleh dua emoji, ditutup inisial admin (mis. ^RN).',
  agencyName: 'Layanan Publik',
  personaName: 'Mimin',
  addressForm: 'kak',
  nameFallback: 'Kak',
  register: 'semi-formal',
  greetingRequired: false,
  signOff: '^{inisial}',
  emojiLimit: 2,
  hashtagLimit: 2,
  rules: { 'english-term': { severity: 'info' } },
};

export const exampleProfiles: SopProfile[] = [defaultProfile, ministryProfile, kakProfile];
