import type { PlatformId } from './common';
import { PLATFORM_HOSTS } from '@/lib/platforms/hosts';

/**
 * Whether a stored permalink may be shown as a link: https, on one of that platform's hosts, no
 * user name or password in it. Anything else (an old row's "https://evil…", "data:",
 * "javascript:") is shown as plain text (issue 21): the popup and the report link only to the
 * platform the post is on.
 */
export function isPlatformPermalink(url: string | undefined, platform: PlatformId): url is string {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && PLATFORM_HOSTS[platform].includes(parsed.hostname) && !parsed.username && !parsed.password;
}
