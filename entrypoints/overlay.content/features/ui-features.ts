import { isEditable } from '@/lib/platforms/dom';
import type { Feature } from '../feature';
import { loadUiFeatures } from '../ui-loader';

/**
 * Starts the lazily loaded UI features the first time the admin focuses a composer or uses the
 * palette shortcut. The UI features then see the focused composer through env.focus.
 */
export const uiFeatures: Feature = {
  id: 'ui-features',
  init(env) {
    let started = false;
    let ready = false;
    // The profile and templates asked for once (kept current afterwards by the background's pushes).
    let requested = false;
    const loadData = (): void => {
      if (requested) return;
      requested = true;
      void env.store.getState().loadAll();
    };
    // A palette command that arrives before the UI is loaded is handed on once it is.
    let paletteWanted = false;
    const start = (): void => {
      if (started || env.signal.aborted) return;
      started = true;
      // The check panel and the palette need the SOP profile and the templates: fetched now,
      // while the UI script loads, not at page load.
      loadData();
      void loadUiFeatures()
        .then((features) => {
          for (const f of features) {
            try {
              f.init(env);
            } catch {
              /* one broken feature must not stop the others */
            }
          }
          ready = true;
          if (paletteWanted) {
            paletteWanted = false;
            env.events.emit('palette.open', {});
          }
        })
        .catch(() => {
          started = false; // e.g. the extension was reloaded; try again on the next focus
        });
    };
    env.focus.subscribe(start);
    // A head start: the pointer over an editable box is the admin about to click into it, a few
    // hundred ms before the focus; the UI script and the word list load in that time (issue 19:
    // first focus → UI ready). Only loaded, not started; once, then the listener goes.
    const controller = new AbortController();
    env.signal.addEventListener('abort', () => controller.abort(), { once: true });
    const onPointerOver = (e: PointerEvent): void => {
      // The box itself, or text inside a contenteditable editor (its spans inherit the editing).
      const t = e.target;
      if (!(t instanceof HTMLElement) || !(t.isContentEditable || isEditable(t))) return;
      controller.abort();
      loadData();
      loadUiFeatures().catch(() => undefined);
    };
    document.addEventListener('pointerover', onPointerOver, { capture: true, passive: true, signal: controller.signal });
    env.events.on('palette.open', () => {
      if (ready) return;
      paletteWanted = true;
      start();
    });
  },
};
