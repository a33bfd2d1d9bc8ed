import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OVERLAY_CSS } from './overlay-css';

export interface OverlayRoot {
  /** Mounts the shadow root on first call; later calls return the same container. */
  ensure(): Promise<HTMLElement>;
  mounted(): boolean;
}

/**
 * The overlay's one shadow root (open mode, the site's CSS kept out, key events kept in so
 * typing in our UI does not trigger the site's shortcuts). Mounted only when a feature needs it.
 */
export function createOverlayRoot(ctx: ContentScriptContext): OverlayRoot {
  let ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  return {
    ensure() {
      ui ??= createShadowRootUi(ctx, {
        name: 'pranata-overlay',
        mode: 'open',
        position: 'overlay',
        anchor: 'body',
        append: 'last',
        zIndex: 2147483000,
        isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'copy', 'cut', 'focusin', 'focusout'],
        css: OVERLAY_CSS,
        onMount(container, _shadow, host) {
          host.setAttribute('data-testid', 'pranata-overlay');
          const root = document.createElement('div');
          root.className = 'pranata-root';
          container.append(root);
          return root;
        },
      }).then((created) => {
        created.mount();
        return created;
      });
      return ui.then((created) => created.mounted ?? created.uiContainer);
    },
    mounted: () => ui !== null,
  };
}
