import { browser } from 'wxt/browser';
import type { Feature } from '../feature';

/** Internal events between features (never dispatched on the page, which could spoof them). */
export const overlayEvents = new EventTarget();
export const OPEN_PALETTE = 'open-palette';

/** Forwards the extension's keyboard commands (sent by the background) to the features. */
export const commands: Feature = {
  id: 'commands',
  init({ ctx }) {
    const listener = (message: unknown): undefined => {
      if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'command.open-palette') {
        overlayEvents.dispatchEvent(new Event(OPEN_PALETTE));
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
};
