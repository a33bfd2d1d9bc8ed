import { byPlatform, hostMatches, PLATFORM_LIST, PLATFORMS, platformOfHost, type PlatformId } from './meta';

/** The hosts Pranata runs on, per platform (lib/platforms/meta.ts). */
export const PLATFORM_HOSTS: Record<PlatformId, readonly string[]> = byPlatform((id) => PLATFORMS[id].hosts);

/** The content script's matches and the host permissions (wxt.config.ts). */
export const PLATFORM_MATCHES: string[] = hostMatches();

export function platformForHost(hostname: string): PlatformId | null {
  return (platformOfHost(hostname, PLATFORM_LIST)?.id as PlatformId | undefined) ?? null;
}
