import type { MessageError, MessageType } from '@/lib/messaging';
import type { PlatformId } from '@/lib/schemas/common';
import { PLATFORM_HOSTS } from '@/lib/platforms/hosts';
import { isPlatformPermalink } from '@/lib/schemas/permalink';

/**
 * What a content script may say, beyond its message's schema. A script on a platform page (ours,
 * or one the page injected into our isolated world's messaging) can send any well-formed payload,
 * so every content message is checked against its tab (issue 21, item 1):
 * - every `platform` field names the tab's own platform;
 * - every `permalink` is https on that platform's hosts;
 * - `at` (when it happened: now) lies within RECENT_MS before now and SKEW_MS after it, other
 *   `…At` times (when the post or comment was made) between PLATFORM_EPOCH and now + SKEW_MS;
 * - writes are counted per tab and minute (WRITE_BUDGET_PER_MINUTE rows).
 * The walk is generic, so a content message added later gets the same checks.
 */

/** How long an item may wait in a page's outbox (send-queue.ts) and still be recorded. */
export const RECENT_MS = 7 * 86_400_000;
/** The page and the background share one clock; this only absorbs a slow message. */
export const SKEW_MS = 5 * 60_000;
/** Nothing on these platforms was posted before 2004 (Facebook's start). */
export const PLATFORM_EPOCH = Date.UTC(2004, 0, 1);
/**
 * Rows one tab may write per minute. A feed scan sends each visible own/watched post once per
 * snapshot interval (≥ 1 min), so a busy page sends tens a minute; the reviewer's page sent
 * 20,000 rows in 16 s.
 */
export const WRITE_BUDGET_PER_MINUTE = 600;

/** Content messages that only read (or ask the background to do something for the admin). */
const READS: ReadonlySet<string> = new Set(['ping', 'overlay.settings', 'overlay.state', 'posts.summary', 'options.open', 'rules.custom']);

function refuse(type: string, path: string, message: string): MessageError {
  return { code: 'forbidden', message: `${type}: ${message}`, path };
}

function checkValue(
  type: string,
  key: string,
  value: unknown,
  path: string,
  platform: PlatformId,
  now: number,
): MessageError | null {
  if (key === 'platform' && typeof value === 'string' && value !== platform) {
    return refuse(type, path, `platform "${value.slice(0, 20)}" is not this tab's (${platform})`);
  }
  if (key === 'permalink' && typeof value === 'string' && !isPlatformPermalink(value, platform)) {
    return refuse(type, path, `permalink must be https on ${PLATFORM_HOSTS[platform].join(' or ')}`);
  }
  if (typeof value === 'number') {
    if (key === 'at' && (value < now - RECENT_MS || value > now + SKEW_MS)) {
      return refuse(type, path, `time must be within ${RECENT_MS / 86_400_000} days before now and ${SKEW_MS / 60_000} minutes after`);
    }
    if (key !== 'at' && key.endsWith('At') && (value < PLATFORM_EPOCH || value > now + SKEW_MS)) {
      return refuse(type, path, `time must be between 2004-01-01 and now`);
    }
  }
  return null;
}

function walk(type: string, value: unknown, path: string[], platform: PlatformId, now: number, depth: number): MessageError | null {
  if (depth > 8 || value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const here = [...path, key];
    const found = checkValue(type, key, child, here.join('.'), platform, now) ?? walk(type, child, here, platform, now, depth + 1);
    if (found) return found;
  }
  return null;
}

/** The first thing in a parsed content payload its tab may not say, or null. */
export function checkContentPayload(type: MessageType, payload: unknown, platform: PlatformId, now: number): MessageError | null {
  return walk(type, payload, [], platform, now, 0);
}

/** How many rows a content message writes: the length of its one array, else one. */
export function writeCost(type: MessageType, payload: unknown): number {
  if (READS.has(type)) return 0;
  if (payload && typeof payload === 'object') {
    for (const v of Object.values(payload)) if (Array.isArray(v)) return v.length;
  }
  return 1;
}

/**
 * Rows written per tab in the current minute. In memory: the service worker forgets it when it
 * stops, which only ever gives a page a fresh minute, never more than the budget per minute.
 */
export class WriteBudget {
  private readonly used = new Map<number, { minute: number; rows: number }>();
  constructor(private readonly perMinute = WRITE_BUDGET_PER_MINUTE) {}

  /** Takes `rows` from the tab's budget; false (and nothing taken) when they do not fit. */
  take(tabId: number, rows: number, now: number): boolean {
    if (rows === 0) return true;
    const minute = Math.floor(now / 60_000);
    const entry = this.used.get(tabId);
    const current = entry && entry.minute === minute ? entry.rows : 0;
    if (current + rows > this.perMinute) return false;
    if (this.used.size > 1000) this.used.clear();
    this.used.set(tabId, { minute, rows: current + rows });
    return true;
  }
}
