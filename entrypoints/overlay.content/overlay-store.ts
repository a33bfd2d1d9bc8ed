import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PlatformId } from '@/lib/schemas/common';
import type { SopProfile } from '@/lib/schemas/profile';
import type { Settings } from '@/lib/schemas/settings';
import type { Template } from '@/lib/schemas/template';
import { request } from '@/lib/messaging-client';

export interface OverlayState {
  platform: PlatformId;
  settings: Settings | null;
  profile: SopProfile | null;
  templates: Template[];
  /** The profile and templates were asked for (the admin works in a composer): refreshes keep them. */
  full: boolean;
  /** The profile and templates have arrived once: until then "no templates" would be untrue. */
  loaded: boolean;
  /** Set when the extension was reloaded under this page: features go quiet. */
  invalidated: boolean;
  /** Reads again what the page has asked for so far: the settings, or everything once `loadAll` ran. */
  refresh(): Promise<void>;
  /** Adds the SOP profile and the templates (for the check panel and the palette). */
  loadAll(): Promise<void>;
  /** One template as the background stored it now (after an insertion: its usage count). */
  replaceTemplate(template: Template): void;
}

export type OverlayStore = StoreApi<OverlayState>;

/**
 * What the overlay knows from the extension's database, fetched through the background
 * (content scripts never open the database themselves). At load only the settings (whose posts
 * to read, language, time zone); the profile and templates, which can be tens of kilobytes, when
 * the admin first works in a composer. Refreshed when the tab regains focus, so edits made in
 * the options page show up without reloading the site.
 */
export function createOverlayStore(platform: PlatformId, onInvalidated: () => void): OverlayStore {
  return createStore<OverlayState>()((set, get) => {
    const failed = (code: string): void => {
      if (code !== 'context-invalidated') return;
      set({ invalidated: true });
      onInvalidated();
    };
    return {
      platform,
      settings: null,
      profile: null,
      templates: [],
      full: false,
      loaded: false,
      invalidated: false,
      async refresh() {
        if (get().full) return get().loadAll();
        const reply = await request('overlay.settings', {});
        // A loadAll sent meanwhile answers with settings at least as new: keep those.
        if (!reply.ok) failed(reply.error.code);
        else if (!get().full) set({ settings: reply.data.settings });
      },
      async loadAll() {
        if (!get().full) set({ full: true });
        const reply = await request('overlay.state', { platform });
        if (reply.ok) set({ ...reply.data, loaded: true });
        else failed(reply.error.code);
      },
      replaceTemplate(template) {
        const { templates } = get();
        if (templates.some((t) => t.id === template.id)) set({ templates: templates.map((t) => (t.id === template.id ? template : t)) });
      },
    };
  });
}
