import parseTweet from 'twitter-text/dist/esm/parseTweet.js';
import type { PlatformId } from '@/lib/schemas/common';

/**
 * Length of a reply as the platform counts it. X weighs characters (most CJK and emoji 2,
 * every URL 23): twitter-text does it (only its parseTweet module, not the whole library,
 * which would weigh down the overlay). Facebook and Instagram count code points.
 */
export function platformLength(text: string, platform: PlatformId): number {
  if (platform === 'x') return parseTweet(text).weightedLength;
  return Array.from(text).length;
}

/** The platforms' own hard limits, used when a profile sets none. */
export const PLATFORM_MAX_LENGTH: Record<PlatformId, number> = {
  x: 280,
  facebook: 8000,
  instagram: 2200,
};
