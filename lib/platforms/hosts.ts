import type { PlatformId } from '@/lib/schemas/common';

/** The hosts Pranata runs on, per platform. Manifest matches and host permissions derive from this. */
export const PLATFORM_HOSTS: Record<PlatformId, readonly string[]> = {
  x: ['x.com', 'twitter.com'],
  facebook: ['www.facebook.com', 'web.facebook.com'],
  instagram: ['www.instagram.com'],
};

export const PLATFORM_MATCHES: string[] = Object.values(PLATFORM_HOSTS).flatMap((hosts) =>
  hosts.map((h) => `https://${h}/*`),
);

export function platformForHost(hostname: string): PlatformId | null {
  for (const [id, hosts] of Object.entries(PLATFORM_HOSTS) as [PlatformId, readonly string[]][]) {
    if (hosts.includes(hostname)) return id;
  }
  return null;
}
