import { browser } from 'wxt/browser';
import type { Feature } from '../feature';

declare global {
  var __pranataOverlayEvents: EventTarget | undefined;
}

/**
 * Internal events between features (never dispatched on the page, which could spoof them). One
 * instance per content-script world, kept on its global: the lazily loaded UI script bundles its
 * own copy of this module and must still hear the same events.
 */
export const overlayEvents: EventTarget = (globalThis.__pranataOverlayEvents ??= new EventTarget());
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
