import type { Settings } from '@/lib/schemas/settings';
import type { SopProfile } from '@/lib/schemas/profile';
import type { Template } from '@/lib/schemas/template';
import { splitProfile } from './profile-parts';
import { PACK_KIND, PACK_SCHEMA_VERSION, packV2Schema, type PackTemplate, type SopPack } from './schema';

export interface PackSources {
  profile: SopProfile;
  templates: readonly Template[];
  settings: Pick<Settings, 'checkerEnabled' | 'qcGateEnabled'>;
  now: number;
  appVersion: string;
}

/** Drops the exporting admin's own usage: a colleague starts with their own counts. */
export function toPackTemplate(t: Template): PackTemplate {
  const { favorite: _f, usageCount: _u, lastUsedAt: _l, ...rest } = t;
  return rest;
}

/** The pack for the active profile and every template, validated as the importer will. */
export function buildPack(src: PackSources): SopPack {
  const parts = splitProfile(src.profile);
  const templates = [...src.templates].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)).map(toPackTemplate);
  return packV2Schema.parse({
    kind: PACK_KIND,
    schemaVersion: PACK_SCHEMA_VERSION,
    agencyName: src.profile.agencyName,
    exportedAt: new Date(src.now).toISOString(),
    appVersion: src.appVersion,
    profile: parts.profile,
    rules: { ...parts.rules, checkerEnabled: src.settings.checkerEnabled, qcGateEnabled: src.settings.qcGateEnabled },
    wordLists: parts.wordLists,
    templates,
  });
}

/** Pretty JSON: a pack is meant to be opened, read and reviewed by people too. */
export function packToJson(pack: SopPack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/** `pranata-sop-dinas-kominfo-kota-contoh-2026-11-23.json` (the date as given, in the agency's zone). */
export function packFileName(agencyName: string, day: string): string {
  const slug = agencyName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `pranata-sop-${slug ? `${slug}-` : ''}${day}.json`;
}
