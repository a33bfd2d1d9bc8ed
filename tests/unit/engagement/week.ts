import type { PlatformId } from '@/lib/schemas/common';
import type { ReplyEvent } from '@/lib/schemas/reply-event';
import type { AccountRef } from '@/lib/schemas/settings';
import type { Snapshot } from '@/lib/schemas/snapshot';
import { HOUR, MIN, NOW, wib } from './fixtures';

/** A small deterministic PRNG (mulberry32): the same "week" on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const WEEK_ACCOUNTS: AccountRef[] = [
  { platform: 'x', handle: 'humas_kota', role: 'own' },
  { platform: 'facebook', handle: 'pemkot.humas', role: 'own' },
  { platform: 'instagram', handle: 'humas.kota', role: 'own' },
  { platform: 'x', handle: 'dinkes_prov', role: 'watched' },
];

/** Days of the week, 27 Feb - 5 Mar 2025 (the last one cut at NOW, 10:30 WIB). */
export const WEEK_DAYS: [number, number, number][] = [
  [2025, 2, 27],
  [2025, 2, 28],
  [2025, 3, 1],
  [2025, 3, 2],
  [2025, 3, 3],
  [2025, 3, 4],
  [2025, 3, 5],
];

/** On this day the X account posted six times: above a limit of 4. */
export const BUSY_DAY = '2025-03-03';

export interface Week {
  snapshots: Snapshot[];
  events: ReplyEvent[];
  /** Every raw response time of a 'sent' event, for checking percentiles by hand. */
  responseTimes: number[];
}

/**
 * A realistic week of one city's public-relations office: own posts on three platforms
 * (snapshotted every two hours while the admin browses, follower counts from profile visits),
 * a watched account, and citizens' comments answered through templates with SOP checks.
 */
export function seededWeek(seed = 20250305): Week {
  const rand = prng(seed);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const snapshots: Snapshot[] = [];
  const events: ReplyEvent[] = [];
  const responseTimes: number[] = [];
  let n = 0;
  const id = (prefix: string) => `${prefix}-${(n += 1)}`;
  const followers: Record<string, number> = { humas_kota: 48_200, 'pemkot.humas': 120_500, 'humas.kota': 86_000, dinkes_prov: 31_000 };

  for (const [y, mo, d] of WEEK_DAYS) {
    const dayStart = wib(y, mo, d);
    const dayEnd = Math.min(dayStart + 24 * HOUR - 1, NOW);
    for (const account of WEEK_ACCOUNTS) {
      // A profile visit each morning gives the follower count.
      const profileAt = dayStart + 7 * HOUR + int(0, 90) * MIN;
      if (profileAt <= dayEnd) {
        followers[account.handle] = (followers[account.handle] ?? 0) + int(5, 60);
        snapshots.push({
          id: id('snap'),
          kind: 'profile',
          platform: account.platform,
          account: account.handle,
          postId: account.handle,
          at: profileAt,
          counts: { followers: { value: followers[account.handle] ?? 0, exact: account.platform !== 'instagram' } },
        });
      }
      const dayKeyText = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      const posts = account.platform === 'x' && account.role === 'own' && dayKeyText === BUSY_DAY ? 6 : int(1, 3);
      for (let p = 0; p < posts; p++) {
        const postedAt = dayStart + int(7, 16) * HOUR + int(0, 59) * MIN;
        if (postedAt > dayEnd) continue;
        const postId = postIdFor(account.platform, id('post'));
        const permalink = permalinkFor(account.platform, account.handle, postId);
        const reach = int(2_000, 40_000);
        // Readings every two hours, for up to two days after posting.
        for (let at = postedAt + int(10, 60) * MIN; at <= Math.min(postedAt + 48 * HOUR, NOW); at += 2 * HOUR) {
          const age = Math.min(1, (at - postedAt) / (24 * HOUR));
          const views = Math.round(reach * age);
          const likes = Math.round(views * 0.02);
          snapshots.push({
            id: id('snap'),
            kind: 'post',
            platform: account.platform,
            account: account.handle,
            postId,
            permalink,
            postedAt,
            at,
            counts: {
              likes: { value: likes, exact: likes < 1000 },
              replies: { value: Math.round(likes / 6), exact: true },
              reposts: { value: Math.round(likes / 9), exact: true },
              ...(account.platform === 'x' ? { views: { value: views, exact: views < 10_000 } } : {}),
            },
          });
        }
      }
    }

    // Replies: 8-25 answered comments a day, office hours.
    const answered = int(8, 25);
    for (let r = 0; r < answered; r++) {
      const platform = (['x', 'facebook', 'instagram'] as const)[int(0, 2)] ?? 'x';
      const sentAt = dayStart + int(8, 20) * HOUR + int(0, 59) * MIN;
      if (sentAt > dayEnd) continue;
      const waited = Math.round(Math.exp(Math.log(20 * MIN) + (rand() - 0.5) * 3)); // ~20 min, wide spread
      const templateId = ['tpl-salam', 'tpl-info-layanan', 'tpl-pengaduan', 'tpl-maaf'][Math.min(3, Math.floor(rand() * rand() * 4))];
      const errors = rand() < 0.85 ? 0 : int(1, 2);
      events.push({ id: id('evt'), kind: 'template-inserted', platform, at: sentAt - 90_000, ...(templateId ? { templateId } : {}) });
      events.push({ id: id('evt'), kind: 'checked', platform, at: sentAt - 30_000, errorCount: errors, score: errors ? 60 : 95 });
      const withTarget = rand() < 0.9;
      events.push({
        id: id('evt'),
        kind: 'sent',
        platform,
        at: sentAt,
        ...(withTarget ? { targetAt: sentAt - waited, targetId: `c-${n}` } : {}),
        errorCount: errors,
        score: errors ? 60 : 95,
        gateOverridden: errors > 0 && rand() < 0.5,
        ...(templateId ? { templateId } : {}),
      });
      if (withTarget) responseTimes.push(waited);
    }
  }
  return { snapshots, events, responseTimes };
}

function postIdFor(platform: PlatformId, base: string): string {
  if (platform === 'x') return `18900000${base.replace(/\D/g, '').padStart(11, '0')}`;
  if (platform === 'facebook') return `pfbid0${base.replace(/\W/g, '')}`;
  return `C${base.replace(/\W/g, '').slice(0, 10)}`;
}

function permalinkFor(platform: PlatformId, handle: string, postId: string): string {
  if (platform === 'x') return `https://x.com/${handle}/status/${postId}`;
  if (platform === 'facebook') return `https://www.facebook.com/${handle}/posts/${postId}`;
  return `https://www.instagram.com/p/${postId}/`;
}
