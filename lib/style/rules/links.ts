import type { LinkRule } from '../engines/types';

const q = (s: string) => `“${s}”`;

export const linkShortener: LinkRule = {
  id: 'link-shortener',
  engine: 'link',
  kind: 'shortener',
  description: {
    id: 'Tautan pemendek (bit.ly, s.id, tinyurl) menyembunyikan tujuan; pakai alamat resmi lengkap.',
    en: 'Shortened links (bit.ly, s.id, tinyurl) hide where they go; use the full official address.',
  },
  defaultSeverity: 'warning',
  message: (m) => ({
    id: `${q(m.found)} adalah tautan pemendek; warga tidak bisa melihat tujuannya.${m.suggestion ? ` Gunakan ${q(m.suggestion)}.` : ' Gunakan alamat resmi lengkap.'}`,
    en: `${q(m.found)} is a shortened link; citizens cannot see where it goes.${m.suggestion ? ` Use ${q(m.suggestion)}.` : ' Use the full official address.'}`,
  }),
  examples: {
    valid: ['Jadwal lengkap: https://dinkes.jatimprov.go.id/jadwal', 'Daftar melalui lapor.go.id.'],
    invalid: ['Formulir ada di bit.ly/formulir-bansos', 'Cek di https://s.id/jadwalvaksin ya.', 'Daftar: tinyurl.com/daftar2025'],
  },
};

export const linkUnofficial: LinkRule = {
  id: 'link-unofficial',
  engine: 'link',
  kind: 'unofficial',
  description: {
    id: 'Tautan ke situs di luar domain resmi (*.go.id dan domain instansi di profil).',
    en: 'Links outside the official domains (*.go.id and the agency’s own domains in the profile).',
  },
  defaultSeverity: 'warning',
  message: (m) => ({
    id: `${q(m.found)} bukan domain resmi. Rujuk sumber resmi (*.go.id).`,
    en: `${q(m.found)} is not an official domain. Point to an official source (*.go.id).`,
  }),
  examples: {
    valid: [
      'Informasi resmi ada di https://www.kemkes.go.id/id/rilis',
      'Laporkan melalui https://www.lapor.go.id',
      'Cek status di sipp.tni.mil.id',
    ],
    invalid: ['Infonya ada di https://beritaviral.com/vaksin', 'Baca di www.blogkesehatan.net ya.', 'Unduh di drive.google.com/file/abc'],
  },
};

export const LINK_RULES = [linkShortener, linkUnofficial] as const;
