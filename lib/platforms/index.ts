import type { PlatformId } from '@/lib/schemas/common';
import { platformForHost } from './hosts';
import type { PlatformAdapter } from './types';
import { createFacebookAdapter } from './facebook';
import { createInstagramAdapter } from './instagram';
import { createXAdapter } from './x';

/** Adapter factories per platform: each adapter keeps its own problem log. */
const FACTORIES: Record<PlatformId, () => PlatformAdapter> = {
  x: createXAdapter,
  facebook: createFacebookAdapter,
  instagram: createInstagramAdapter,
};

/** One adapter per platform (the content script uses one, for the page it runs on). */
export const ADAPTERS: readonly PlatformAdapter[] = Object.values(FACTORIES).map((make) => make());

/** The adapter for a page's hostname ("x.com", "www.facebook.com", ...), or null on other sites. */
export function adapterForHost(hostname: string): PlatformAdapter | null {
  const id = platformForHost(hostname.toLowerCase());
  if (!id) return null;
  return ADAPTERS.find((a) => a.id === id) ?? null;
}
