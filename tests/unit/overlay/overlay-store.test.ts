import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/schemas/settings';

const SETTINGS = { ...DEFAULT_SETTINGS, timeZone: 'WITA' as const };
const TEMPLATE = { id: 't1', title: 'Sapaan' };
const asked: string[] = [];
let invalidated = false;
vi.mock('@/lib/messaging-client', () => ({
  request: vi.fn(async (type: string) => {
    asked.push(type);
    if (invalidated) return { ok: false, error: { code: 'context-invalidated', message: 'gone' } };
    if (type === 'overlay.settings') return { ok: true, data: { settings: SETTINGS } };
    return { ok: true, data: { settings: SETTINGS, profile: null, templates: [TEMPLATE] } };
  }),
}));

const { createOverlayStore } = await import('@/entrypoints/overlay.content/overlay-store');

describe('overlay store', () => {
  beforeEach(() => {
    asked.length = 0;
    invalidated = false;
  });

  it('asks for the settings alone at page load, the templates and profile only once the admin works in a composer', async () => {
    const store = createOverlayStore('x', () => {});
    await store.getState().refresh();
    expect(asked).toEqual(['overlay.settings']);
    expect(store.getState().settings?.timeZone).toBe(SETTINGS.timeZone);
    expect(store.getState().templates).toEqual([]);
    // Not "no templates": not asked for yet (the palette says it is loading).
    expect(store.getState().loaded).toBe(false);

    await store.getState().loadAll();
    expect(store.getState().templates).toEqual([TEMPLATE]);
    expect(store.getState().loaded).toBe(true);
    // From then on a refresh (tab focus, palette opened) keeps the templates fresh too.
    await store.getState().refresh();
    expect(asked).toEqual(['overlay.settings', 'overlay.state', 'overlay.state']);
  });

  it('goes quiet when the extension was reloaded under the page', async () => {
    const onInvalidated = vi.fn();
    const store = createOverlayStore('facebook', onInvalidated);
    invalidated = true;
    await store.getState().refresh();
    expect(store.getState().invalidated).toBe(true);
    expect(store.getState().settings).toBeNull();
    expect(onInvalidated).toHaveBeenCalledTimes(1);
  });
});
