import type { PlatformId } from '@/lib/schemas/common';
import type { SopProfile } from '@/lib/schemas/profile';
import type { Settings } from '@/lib/schemas/settings';
import type { Template } from '@/lib/schemas/template';
import { readSettings } from '@/lib/db/settings';
import type { HandlerContext } from './context';

/**
 * The settings as a platform page may see them: a content script's tab gets the accounts of its
 * own platform only (a page on x.com learns nothing of the agency's Facebook accounts).
 */
function settingsForTab(settings: Settings, ctx: HandlerContext): Settings {
  const platform = ctx.tab?.platform;
  return platform ? { ...settings, accounts: settings.accounts.filter((a) => a.platform === platform) } : settings;
}

/** What a platform page needs at load: the settings alone (a few hundred bytes). */
export async function overlaySettings(ctx: HandlerContext): Promise<{ settings: Settings }> {
  return { settings: settingsForTab(await readSettings(ctx.db), ctx) };
}

/** What the overlay on a platform page needs to work: settings, the active SOP profile, templates. */
export async function overlayState(
  ctx: HandlerContext,
  input: { platform: PlatformId },
): Promise<{ settings: Settings; profile: SopProfile | null; templates: Template[] }> {
  const { db } = ctx;
  const settings = await readSettings(db);
  const profile = settings.activeProfileId
    ? ((await db.profiles.get(settings.activeProfileId)) ?? null)
    : ((await db.profiles.toCollection().first()) ?? null);
  const templates = (await db.templates.toArray()).filter(
    (t) => t.platforms.length === 0 || t.platforms.includes(input.platform),
  );
  return { settings: settingsForTab(settings, ctx), profile, templates };
}
