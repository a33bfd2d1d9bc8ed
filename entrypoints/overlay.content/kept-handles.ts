import type { PlatformId } from '@/lib/schemas/common';
import type { Settings } from '@/lib/schemas/settings';
import { handlesOf } from './helpers/snapshot-rows';

/**
 * The accounts whose posts Pranata reads on this platform: the agency's own and the watched
 * ones (lower case, no "@"). Null while the settings are not known yet.
 */
export function keptHandles(settings: Settings | null, platform: PlatformId): ReadonlySet<string> | null {
  return settings ? handlesOf(settings.accounts, platform, ['own', 'watched']) : null;
}
