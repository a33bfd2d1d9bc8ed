import type { ConsistencyRule } from '../engines/types';

const q = (s: string) => `“${s}”`;

export const addressForm: ConsistencyRule = {
  id: 'address-form',
  engine: 'consistency',
  kind: 'address-form',
  lang: 'id',
  description: {
    id: 'Kata ganti yang tidak sesuai persona: lo/lu/kau tidak pernah; kamu hanya untuk persona Sobat atau sapaan khusus.',
    en: 'Pronouns that break the persona: lo/lu/kau never; kamu only for a Sobat or custom persona.',
  },
  defaultSeverity: 'warning',
  message: (m) => ({
    id: `${q(m.found)} tidak sesuai persona (sapaan: ${m.note ?? 'Anda'}).${m.suggestion ? ` Gunakan ${q(m.suggestion)}.` : ''}`,
    en: `${q(m.found)} does not fit the persona (form of address: ${m.note ?? 'Anda'}).${m.suggestion ? ` Use ${q(m.suggestion)}.` : ''}`,
  }),
  examples: {
    valid: ['Data Anda sudah kami perbarui.', 'Silakan Anda datang ke loket 2.'],
    invalid: ['Data kamu sudah kami perbarui.', 'Lo bisa datang ke loket 2.', 'Berkas lu sudah lengkap.'],
  },
};

export const addressMixed: ConsistencyRule = {
  id: 'address-mixed',
  engine: 'consistency',
  kind: 'address-mixed',
  lang: 'id',
  description: {
    id: 'Satu balasan memakai satu kata sapaan: jangan mencampur Anda dan kamu (atau Kak dan Anda).',
    en: 'One reply, one form of address: do not mix Anda and kamu (or Kak and Anda).',
  },
  defaultSeverity: 'warning',
  message: (m) => ({
    id: `Sapaan bercampur: ${q(m.found)} dan ${q(m.suggestion ?? '')} dalam satu balasan.`,
    en: `Mixed forms of address: ${q(m.found)} and ${q(m.suggestion ?? '')} in one reply.`,
  }),
  exampleProfile: { addressForm: 'sobat' },
  examples: {
    valid: ['Halo Sobat, kamu bisa cek jadwalnya di aplikasi.', 'Anda dapat mengecek jadwal di aplikasi.'],
    invalid: ['Kamu bisa cek jadwalnya, dan Anda juga bisa datang langsung.'],
  },
};

export const PERSONA_RULES = [addressForm, addressMixed] as const;
