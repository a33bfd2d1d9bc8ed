import type { TimeZoneId, UiLanguage } from '@/lib/schemas/common';
import type { Count, Counts } from '@/lib/schemas/snapshot';
import { engagementRate, interactionsOf } from '@/lib/engagement/rates';
import { plainCount, plainPercent, plainShortWhen } from '@/lib/engagement/format-plain';
import { tb } from './badge-i18n';

export interface BadgeInput {
  /** The post's counts as the page shows them now. */
  counts: Counts;
  /** The account's latest follower count, when a profile visit gave one. */
  followers: Count | null;
  /** The latest stored snapshot before the current reading, if any. */
  previous: { at: number; counts: Counts } | null;
  lang: UiLanguage;
  timeZone: TimeZoneId;
  now: number;
}

export interface BadgeText {
  /**
   * The raw count first, then each rate with its denominator named: "753 interaksi · 6,1% dari
   * 12.345 pengikut · 2,5% dari 30.142 tayangan" (it read "ER 6,1% …": "ER" explained nothing).
   */
  rate: string;
  /** "+12 interaksi sejak 14.05", or "rekaman pertama". */
  change: string;
}

/**
 * The badge's two lines. Rates use likes + replies + reposts over followers (when known) and
 * over views (when the site shows them), each with its denominator; a reading from compact text
 * ("1,2 rb") is marked "≈". The change compares the current reading with the previous snapshot.
 */
export function badgeText(input: BadgeInput): BadgeText {
  const { lang } = input;
  const approx = tb(lang, 'badge.approx');
  const rates = engagementRate(input.counts, input.followers ?? undefined);
  const total = interactionsOf(input.counts);
  const count = tb(lang, 'badge.interactions', { count: `${total.exact ? '' : approx}${plainCount(total.value, lang)}` });
  const rateText = rates.length
    ? rates
        .map((r) =>
          tb(lang, 'badge.rate', {
            rate: `${r.exact ? '' : approx}${plainPercent(r.value, lang)}`,
            base: tb(lang, r.denominator === 'followers' ? 'badge.rate.followers' : 'badge.rate.views', {
              count: plainCount(r.base, lang),
            }),
          }),
        )
        .join(' · ')
    : tb(lang, 'badge.noRate');
  return { rate: `${count} · ${rateText}`, change: changeText(input, approx) };
}

function changeText(input: BadgeInput, approx: string): string {
  const { lang, previous } = input;
  if (!previous) return tb(lang, 'badge.first');
  const now = interactionsOf(input.counts);
  const before = interactionsOf(previous.counts);
  const diff = now.value - before.value;
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  const exact = now.exact && before.exact;
  const change = `${exact ? '' : approx}${sign}${plainCount(Math.abs(diff), lang)}`;
  return tb(lang, 'badge.change', { change, when: plainShortWhen(previous.at, input.now, input.timeZone, lang) });
}

/**
 * Which stored snapshot the change is measured from: the newest one that is not the snapshot
 * of the current reading itself (just recorded by this page), so a fresh badge does not show
 * "+0 since a second ago".
 */
export function previousSnapshot<T extends { id: string; at: number }>(
  newestFirst: readonly T[],
  currentId: string | undefined,
): T | null {
  return newestFirst.find((s) => s.id !== currentId) ?? null;
}
