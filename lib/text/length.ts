import parseTweet from 'twitter-text/dist/esm/parseTweet.js';
import { byPlatform, PLATFORMS, type LengthCounter, type PlatformId } from '@/lib/platforms/meta';

/**
 * Length of a reply as the platform counts it (PLATFORMS[id].counter). X weighs characters (most
 * CJK and emoji 2, every URL 23): twitter-text does it (only its parseTweet module, not the whole
 * library, which would weigh down the overlay). Facebook and Instagram count code points.
 */
export function platformLength(text: string, platform: PlatformId): number {
  return countLength(text, PLATFORMS[platform].counter);
}

export function countLength(text: string, counter: LengthCounter): number {
  if (counter === 'twitter-weighted') return parseTweet(text).weightedLength;
  return Array.from(text).length;
}

/** The platforms' own hard limits, used when a profile sets none. */
export const PLATFORM_MAX_LENGTH: Record<PlatformId, number> = byPlatform((id) => PLATFORMS[id].maxLength);
