import type { TimeZoneId } from '@/lib/schemas/common';
import type { AddressForm, SopProfile } from '@/lib/schemas/profile';
import type { RenderContext } from './render';

/** How each persona address form is written in a reply. */
export const ADDRESS_TEXT: Record<Exclude<AddressForm, 'custom'>, string> = {
  anda: 'Anda',
  'bapak-ibu': 'Bapak/Ibu',
  kak: 'Kak',
  sobat: 'Sobat',
};

/** Every agency is connected to SP4N-LAPOR!, so it is the complaint channel when none is set. */
export const DEFAULT_COMPLAINT_CHANNEL = 'https://www.lapor.go.id';

/** Without a profile: the most formal address, which no agency objects to. */
const NO_PROFILE_ADDRESS = 'Bapak/Ibu';

export interface ContextSources {
  now: number;
  settings: { timeZone: TimeZoneId; adminSignOff: string };
  profile: SopProfile | null;
  /** The citizen's display name read from the page, if any. */
  name?: string | null;
  fields?: Readonly<Record<string, string>>;
}

/**
 * The one place that turns settings and the active SOP profile into a RenderContext, so the
 * palette and the options page preview fill a template in the same way.
 * {admin}: the profile's required sign-off when it has one (so the reply passes the sign-off
 * check); otherwise the admin's own sign-off from the settings, given a leading "-" when it
 * starts with a letter or digit ("RN" → "-RN", "^RN" stays).
 */
export function buildRenderContext(src: ContextSources): RenderContext {
  const { profile, settings } = src;
  const address = profile ? addressText(profile) : NO_PROFILE_ADDRESS;
  return {
    now: src.now,
    timeZone: settings.timeZone,
    name: src.name,
    nameFallback: profile?.nameFallback.trim() || address,
    address,
    agencyName: profile?.agencyName ?? '',
    adminSignOff: profile?.signOff.trim()
      ? fillInitials(profile.signOff.trim(), settings.adminSignOff)
      : signOffFromSettings(settings.adminSignOff),
    channels: {
      complaint: profile?.channels.complaint.trim() || DEFAULT_COMPLAINT_CHANNEL,
      ppid: profile?.channels.ppid ?? '',
      website: profile?.channels.website ?? '',
    },
    ...(src.fields ? { fields: src.fields } : {}),
  };
}

function addressText(profile: SopProfile): string {
  if (profile.addressForm === 'custom') return profile.customAddress?.trim() ?? '';
  return ADDRESS_TEXT[profile.addressForm];
}

/**
 * A profile sign-off like "^{inisial}" stands for whoever is on duty: the admin's own sign-off
 * from the settings gives the initials ("RN" stays "RN", "Rina Novita" → "RN").
 */
export function fillInitials(signOff: string, adminSignOff: string): string {
  if (!/\{(?:inisial|initials)\}/i.test(signOff)) return signOff;
  const own = adminSignOff.trim().replace(/^[-^~—–\s]+/u, '');
  const words = own.split(/\s+/u).filter(Boolean);
  const initials = words.length > 1 ? words.map((w) => Array.from(w)[0] ?? '').join('') : own;
  return signOff.replace(/\{(?:inisial|initials)\}/giu, initials.toUpperCase());
}

function signOffFromSettings(raw: string): string {
  const s = raw.trim();
  return /^[\p{L}\p{N}]/u.test(s) ? `-${s}` : s;
}
