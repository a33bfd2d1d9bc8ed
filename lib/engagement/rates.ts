import type { Counts, Metric } from '@/lib/schemas/snapshot';

/**
 * What counts as an interaction: likes, replies and reposts (shares). Bookmarks are left out on
 * purpose: only X shows them publicly, so adding them would make X rates incomparable with
 * Facebook and Instagram. Views and followers are denominators, never interactions.
 */
export const INTERACTION_METRICS = ['likes', 'replies', 'reposts'] as const satisfies readonly Metric[];

export interface Interactions {
  value: number;
  /** False when any part was read from compact text ("1,2 rb" is a lower bound). */
  exact: boolean;
  /** True when at least one interaction metric was present at all. */
  known: boolean;
}

export function interactionsOf(counts: Counts): Interactions {
  let value = 0;
  let exact = true;
  let known = false;
  for (const metric of INTERACTION_METRICS) {
    const count = counts[metric];
    if (!count) continue;
    known = true;
    value += count.value;
    exact &&= count.exact;
  }
  return { value, exact, known };
}

export type RateDenominator = 'followers' | 'views';

export interface EngagementRate {
  /** Interactions divided by the denominator, as a fraction (0.034 is 3.4 %). */
  value: number;
  denominator: RateDenominator;
  /** The denominator's own count, to show next to the rate. */
  base: number;
  /** Approximate when the interactions or the base were read from compact text. */
  exact: boolean;
}

/**
 * Engagement rate by followers (when a follower count is known and above zero) and by views
 * (when the site shows views and they are above zero), in that order. An empty list means no
 * rate can be given: the caller shows "–", never 0 % or NaN.
 */
export function engagementRate(
  counts: Counts,
  followers?: number | { value: number; exact: boolean },
): EngagementRate[] {
  const interactions = interactionsOf(counts);
  if (!interactions.known) return [];
  const out: EngagementRate[] = [];
  const follow = typeof followers === 'number' ? { value: followers, exact: true } : followers;
  const bases: [RateDenominator, { value: number; exact: boolean } | undefined][] = [
    ['followers', follow],
    ['views', counts.views],
  ];
  for (const [denominator, base] of bases) {
    if (!base || !Number.isFinite(base.value) || base.value <= 0) continue;
    const value = interactions.value / base.value;
    if (!Number.isFinite(value)) continue;
    out.push({ value, denominator, base: base.value, exact: interactions.exact && base.exact });
  }
  return out;
}

/** The rate to rank by: by followers when known, else by views. */
export function primaryRate(rates: readonly EngagementRate[]): EngagementRate | undefined {
  return rates.find((r) => r.denominator === 'followers') ?? rates[0];
}
