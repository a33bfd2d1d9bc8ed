import { browser } from 'wxt/browser';
import type { Feature } from '../feature';

/**
 * Forwards the extension's keyboard commands (sent by the background) to the features, on the
 * feature environment's typed channel (events.ts; the lazily loaded UI gets the same env, so
 * no global is needed to reach its copy of the modules).
 */
export const commands: Feature = {
  id: 'commands',
  init({ ctx, events }) {
    const listener = (message: unknown): undefined => {
      if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'command.open-palette') {
        events.emit('palette.open', {});
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
};
