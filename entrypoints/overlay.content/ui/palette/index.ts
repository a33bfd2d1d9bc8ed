import type { Feature } from '../../feature';
import { createPaletteController } from './controller';
import { mountPalette } from './mount';
import { watchShortcuts } from './shortcut-watch';

/**
 * Reply templates in the page: a button beside the active composer, the palette (opened by the
 * button, the extension's keyboard command, or a typed `/shortcut`), insertion through the
 * site's own editor, and the usage log.
 */
export const palette: Feature = {
  id: 'palette',
  init(env) {
    const controller = createPaletteController(env);
    void mountPalette(env, controller);
    env.focus.subscribe((composer) => controller.setComposer(composer));
    env.scanner.onScan(() => controller.layoutChanged());
    const onCommand = (): void => {
      if (controller.store.getState().session) controller.close({ restoreFocus: true });
      else controller.open('command');
    };
    env.ctx.onInvalidated(env.events.on('palette.open', onCommand));
    watchShortcuts(env, controller);
  },
};
