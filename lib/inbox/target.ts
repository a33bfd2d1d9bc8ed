import { DEFAULT_RESPONSE_TARGET_HOURS } from '@/lib/schemas/profile';

const HOUR_MS = 3_600_000;

/** From this share of the target on, a waiting comment is "close" (issue 17: colour when close and past). */
export const CLOSE_SHARE = 0.75;

/** The badge shows at most this; more reads "99+" (a toolbar badge fits about four characters). */
const BADGE_MAX = 99;

/** How a waiting comment stands against the agency's response target. */
export type TargetState = 'within' | 'close' | 'past';

/** The target in milliseconds; a profile without one (or no profile yet) gets the default 24 jam. */
export function responseTargetMs(profile: { responseTargetHours?: number } | null | undefined): number {
  return (profile?.responseTargetHours ?? DEFAULT_RESPONSE_TARGET_HOURS) * HOUR_MS;
}

/**
 * Where a comment that has waited `waitedMs` stands. Exactly the target is past: the answer is
 * due by then. A clock behind the comment's time (negative wait) counts as just arrived.
 */
export function targetState(waitedMs: number, targetMs: number): TargetState {
  const waited = Math.max(0, waitedMs);
  if (waited >= targetMs) return 'past';
  if (waited >= targetMs * CLOSE_SHARE) return 'close';
  return 'within';
}

/** How many of the waiting comments (their sortAt: posted, else first seen) are past the target at `now`. */
export function countPastTarget(waitingSince: readonly number[], now: number, targetMs: number): number {
  let n = 0;
  for (const at of waitingSince) if (targetState(now - at, targetMs) === 'past') n++;
  return n;
}

/** The toolbar badge's text: empty when nothing is past the target, so the icon stays clean. */
export function badgeText(pastCount: number): string {
  if (pastCount <= 0) return '';
  return pastCount > BADGE_MAX ? `${BADGE_MAX}+` : String(pastCount);
}
