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
    // A palette command that arrives before the UI is loaded is handed on once it is.
    let paletteWanted = false;
    const start = (): void => {
      if (started || env.signal.aborted) return;
      started = true;
      // The check panel and the palette need the SOP profile and the templates: fetched now,
      // while the UI script loads, not at page load.
      void env.store.getState().loadAll();
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
    env.events.on('palette.open', () => {
      if (ready) return;
      paletteWanted = true;
      start();
    });
  },
};
