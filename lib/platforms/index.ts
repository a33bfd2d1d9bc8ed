import type { PlatformId } from '@/lib/schemas/common';
import { platformForHost } from './hosts';
import type { PlatformAdapter } from './types';
import { createFacebookAdapter } from './facebook';
import { createInstagramAdapter } from './instagram';
import { createXAdapter } from './x';
import { createYouTubeAdapter } from './youtube';
import type { AdapterClock } from './relative-time';

/** Adapter factories per platform: each adapter keeps its own problem log. */
const FACTORIES: Record<PlatformId, (clock?: AdapterClock) => PlatformAdapter> = {
  x: createXAdapter,
  facebook: createFacebookAdapter,
  instagram: createInstagramAdapter,
  youtube: createYouTubeAdapter,
};

/** A new adapter of each platform (tests and tools; a page needs only its own, see adapterForHost). */
export function createAdapters(): PlatformAdapter[] {
  return Object.values(FACTORIES).map((make) => make());
}

/**
 * A new adapter for a page's hostname ("x.com", "www.facebook.com", ...), or null on other sites.
 * Only that platform's adapter is built: the others' code is never run on the page.
 */
export function adapterForHost(hostname: string, clock?: AdapterClock): PlatformAdapter | null {
  const id = platformForHost(hostname.toLowerCase());
  return id ? FACTORIES[id](clock) : null;
}
