import type { PranataDb } from '@/lib/db';
import { readSettings } from '@/lib/db/settings';
import { PLATFORM_IDS, type TimeZoneId, type UiLanguage } from '@/lib/schemas/common';
import { sopProfileSchema, type AddressForm, type SopProfile } from '@/lib/schemas/profile';
import { accountRefSchema, settingsSchema, type AccountRef } from '@/lib/schemas/settings';
import type { PlatformId } from '@/lib/schemas/common';
import { createStarterTemplates } from '@/lib/templates/starter-pack';

/** What the first-run wizard collects. */
export interface SetupInput {
  agencyName: string;
  uiLanguage: UiLanguage;
  /** The example profile the persona starts from (lib/style exampleProfiles). */
  base: SopProfile;
  /** For a custom persona: what replaces the example's. */
  custom?: { personaName: string; addressForm: AddressForm; customAddress?: string };
  timeZone: TimeZoneId;
  /** Handles per platform as typed (with or without "@", any case, comma-separated). */
  accounts: Partial<Record<PlatformId, string>>;
  adminSignOff: string;
}

export type HandleResult = { ok: true; accounts: AccountRef[] } | { ok: false; platform: PlatformId; handle: string };

/** "@HumasKota, humas.kota" → two own accounts; the first invalid handle is reported. */
export function parseAccounts(input: Partial<Record<PlatformId, string>>): HandleResult {
  const accounts: AccountRef[] = [];
  for (const platform of PLATFORM_IDS) {
    const handles = (input[platform] ?? '')
      .split(/[,\s]+/)
      .map((h) => h.trim().replace(/^@/, ''))
      .filter((h) => h !== '');
    for (const handle of handles) {
      const parsed = accountRefSchema.safeParse({ platform, handle, role: 'own' });
      if (!parsed.success) return { ok: false, platform, handle };
      if (!accounts.some((a) => a.platform === platform && a.handle === parsed.data.handle)) accounts.push(parsed.data);
    }
  }
  return { ok: true, accounts };
}

/** The agency's profile: a copy of the chosen example with the agency's name and a fresh id. */
export function buildSetupProfile(input: SetupInput, now: number, newId: () => string): SopProfile {
  const agency = input.agencyName.trim();
  const custom = input.custom;
  return sopProfileSchema.parse({
    ...input.base,
    id: newId(),
    name: agency || input.base.name,
    agencyName: agency,
    ...(custom
      ? {
          personaName: custom.personaName.trim() || input.base.personaName,
          addressForm: custom.addressForm,
          customAddress: custom.addressForm === 'custom' ? custom.customAddress?.trim() : undefined,
          nameFallback: custom.addressForm === 'custom' ? (custom.customAddress?.trim() ?? '') : input.base.nameFallback,
        }
      : {}),
    createdAt: now,
    updatedAt: now,
  });
}

/**
 * Writes the wizard's result in one transaction: the profile, the settings (active profile,
 * language, zone, accounts, sign-off, setupDone) and, should the first-run install have been
 * missed, the starter templates. Afterwards the overlay works on the three sites.
 */
export async function completeSetup(
  db: PranataDb,
  input: SetupInput,
  opts: { now: number; newId?: () => string },
): Promise<{ profile: SopProfile; templates: number }> {
  const newId = opts.newId ?? (() => crypto.randomUUID());
  const accounts = parseAccounts(input.accounts);
  if (!accounts.ok) throw new Error(`Invalid account handle: ${accounts.handle}`);
  const profile = buildSetupProfile(input, opts.now, newId);
  return db.transaction('rw', [db.profiles, db.settings, db.templates], async () => {
    await db.profiles.put(profile);
    const current = await readSettings(db);
    const next = settingsSchema.parse({
      ...current,
      uiLanguage: input.uiLanguage,
      timeZone: input.timeZone,
      accounts: [...current.accounts.filter((a) => a.role !== 'own'), ...accounts.accounts],
      adminSignOff: input.adminSignOff.trim(),
      activeProfileId: profile.id,
      setupDone: true,
    });
    await db.settings.put({ key: 'main', value: next });
    if ((await db.templates.count()) === 0) await db.templates.bulkAdd(createStarterTemplates(opts.now, newId));
    return { profile, templates: await db.templates.count() };
  });
}
