import type { PlatformId } from '@/lib/schemas/common';
import { platformForHost } from './hosts';

/**
 * A link Pranata may render from stored data: only https on one of the three platforms' hosts
 * (a permalink read from a page, or imported from a backup, could be anything: javascript:,
 * http:, another site). Anything else is shown as text. Returns the normalised href.
 */
export function safePlatformUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null;
  return platformForHost(url.hostname) ? url.href : null;
}

/**
 * The address of an answered item from its id alone, where the site has one: X's status ids
 * (digits) open at x.com/i/web/status/<id>. Facebook and Instagram comment ids have no address
 * of their own (they live under their post's), so they stay text.
 */
export function itemUrl(platform: PlatformId, id: string | null | undefined): string | null {
  if (!id) return null;
  if (platform === 'x' && /^\d{1,25}$/.test(id)) return `https://x.com/i/web/status/${id}`;
  return null;
}
