import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PlatformId } from '@/lib/schemas/common';
import type { SopProfile } from '@/lib/schemas/profile';
import type { Settings } from '@/lib/schemas/settings';
import type { Template } from '@/lib/schemas/template';
import { request } from '@/lib/messaging-client';

export interface OverlayState {
  platform: PlatformId;
  ready: boolean;
  settings: Settings | null;
  profile: SopProfile | null;
  templates: Template[];
  /** Set when the extension was reloaded under this page: features go quiet. */
  invalidated: boolean;
  refresh(): Promise<void>;
}

export type OverlayStore = StoreApi<OverlayState>;

/**
 * What the overlay knows from the extension's database, fetched through the background
 * (content scripts never open the database themselves). Refreshed when the tab regains focus,
 * so edits made in the options page show up without reloading the site.
 */
export function createOverlayStore(platform: PlatformId, onInvalidated: () => void): OverlayStore {
  return createStore<OverlayState>()((set) => ({
    platform,
    ready: false,
    settings: null,
    profile: null,
    templates: [],
    invalidated: false,
    async refresh() {
      const reply = await request('overlay.state', { platform });
      if (reply.ok) {
        set({ ready: true, ...reply.data });
      } else if (reply.error.code === 'context-invalidated') {
        set({ invalidated: true });
        onInvalidated();
      }
    },
  }));
}
