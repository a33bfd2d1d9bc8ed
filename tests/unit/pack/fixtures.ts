import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sopProfileSchema, type SopProfile } from '@/lib/schemas/profile';
import type { Template } from '@/lib/schemas/template';
import { exampleProfiles } from '@/lib/style/profiles';
import { createStarterTemplates } from '@/lib/templates/starter-pack';

export const NOW = Date.UTC(2026, 10, 23, 3, 0, 0);

export function fixtureText(name: string): string {
  return readFileSync(resolve(import.meta.dirname, '../../fixtures/pack', name), 'utf8');
}

export const bytes = (s: string) => new TextEncoder().encode(s);

let n = 0;
/** Deterministic ids per call site: 'id-1', 'id-2', ... */
export function idMaker(prefix = 'id'): () => string {
  let i = 0;
  return () => `${prefix}-${++i}-${++n}`;
}

/** A real-looking agency profile, built on the checker's example so it follows the schema. */
export function agencyProfile(overrides: Partial<SopProfile> = {}): SopProfile {
  const base = exampleProfiles[0];
  if (!base) throw new Error('no example profile');
  return sopProfileSchema.parse({
    ...base,
    id: 'profil-diskominfo-kota-contoh',
    name: 'Humas Kota Contoh',
    agencyName: 'Dinas Komunikasi dan Informatika Kota Contoh',
    personaName: 'Mimin Kominfo',
    addressForm: 'kak',
    nameFallback: 'Kak',
    signOff: '-Admin',
    // Issue 17: a target shorter than the default, so the round trips prove it travels.
    responseTargetHours: 8,
    officialDomains: ['kotacontoh.go.id', 'lapor.go.id'],
    bannedWords: ['oknum'],
    preferredWords: [{ word: 'download', replacement: 'unduh' }],
    allowWords: ['sampah'],
    rules: { 'english-term': { severity: 'info' } },
    customRules: [
      { id: 'custom.nomor-tiket', pattern: '\\bLAPOR-\\d{6,10}\\b', flags: 'i', message: 'Jangan ulang nomor tiket.', severity: 'warning' },
    ],
    channels: { complaint: 'https://www.lapor.go.id', ppid: 'https://ppid.kotacontoh.go.id', website: 'https://kotacontoh.go.id' },
    createdAt: NOW - 86_400_000,
    updatedAt: NOW - 3_600_000,
    ...overrides,
  });
}

/** The starter pack as installed on first run, plus one template of the agency's own. */
export function agencyTemplates(): Template[] {
  const starters = createStarterTemplates(NOW - 86_400_000, idMaker('starter'));
  const own: Template = {
    id: 'tpl-jam-mpp',
    title: 'Jam layanan Mal Pelayanan Publik',
    body: '{sapaan}, {nama}. Mal Pelayanan Publik buka Senin–Jumat 08.00–15.00 WIB. {admin}',
    category: 'informasi-layanan',
    tags: ['jam layanan', 'MPP'],
    platforms: [],
    shortcut: '/jam-mpp',
    language: 'id',
    favorite: true,
    usageCount: 12,
    lastUsedAt: NOW - 60_000,
    createdAt: NOW - 3_600_000,
    updatedAt: NOW - 3_600_000,
  };
  return [...starters, own];
}
