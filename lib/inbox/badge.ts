import type { PranataDb } from '@/lib/db';
import { readSettings } from '@/lib/db/settings';
import { badgeText, countPastTarget, responseTargetMs } from './target';

/** Badge red (the colour of a due answer); white text is Chrome's default on it. */
export const BADGE_COLOUR = '#b3261e';

/** The slice of chrome.action the badge needs (small, so a test passes a fake). */
export interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
}

/**
 * The active profile's response target (the profile settings.activeProfileId names, else the
 * first stored, as the overlay and the options page choose it), in milliseconds.
 */
export async function readResponseTargetMs(db: PranataDb): Promise<number> {
  const settings = await readSettings(db);
  const chosen = settings.activeProfileId ? await db.profiles.get(settings.activeProfileId) : undefined;
  return responseTargetMs(chosen ?? (await db.profiles.toCollection().first()) ?? null);
}

/** How many waiting comments are past the target at `now`: reads the open index only. */
export async function readPastTarget(db: PranataDb, now: number): Promise<number> {
  const [target, open] = await Promise.all([
    readResponseTargetMs(db),
    db.comments.where('[open+sortAt]').between([1, -Infinity], [1, Infinity]).keys(),
  ]);
  const since = open.map((k) => (Array.isArray(k) && typeof k[1] === 'number' ? k[1] : Infinity));
  return countPastTarget(since, now, target);
}

/** Sets the toolbar badge to the number past the target (empty when 0). Never throws. */
export async function refreshBadge(action: BadgeApi, db: PranataDb, now: number): Promise<string> {
  try {
    const text = badgeText(await readPastTarget(db, now));
    await action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
    await action.setBadgeText({ text });
    return text;
  } catch {
    // The next write or the badge alarm tries again; a stale badge is better than a crash.
    return '';
  }
}
