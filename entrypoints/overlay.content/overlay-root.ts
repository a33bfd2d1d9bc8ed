import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OVERLAY_CSS } from './overlay-css';
import { registerOverlayShadow } from './inner-target';
import { HOST_CSS, keepOnTop, type TopLayer } from './top-layer';

export interface OverlayRoot {
  /** Mounts the shadow root on first call; later calls return the same container. */
  ensure(): Promise<HTMLElement>;
  mounted(): boolean;
}

/** Typing, pasting and focus moves in our UI stay in it: the site's shortcuts never see them. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'copy', 'cut', 'focusin', 'focusout'] as const;

/**
 * Closed to the page (issue 21 item 4): a page script cannot read the templates, the SOP profile
 * or the draft's findings through `host.shadowRoot`, nor query our buttons. Our own listeners
 * outside the root find its inside with inner-target.ts. The e2e build (`wxt build --mode e2e`)
 * opens it because Playwright's locators cannot pierce a closed root; one e2e test
 * (trust.e2e.ts) runs the shipped, closed build.
 */
const SHADOW_MODE: ShadowRootMode = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';

/**
 * The overlay's one shadow root (closed, the site's CSS kept out, key events kept in so
 * typing in our UI does not trigger the site's shortcuts). Mounted only when a feature needs it.
 *
 * Built by hand rather than with WXT's createShadowRootUi: the same structure (a custom element
 * host, an <html>/<head>/<body> inside the shadow root, events stopped at that body) without the
 * general-purpose mounting code (auto-mount, CSS fetching, element-name checks), which was an
 * eighth of the content script every page of the three sites had to compile at load.
 */
export function createOverlayRoot(ctx: ContentScriptContext): OverlayRoot {
  let host: HTMLElement | null = null;
  let root: HTMLElement | null = null;
  let top: TopLayer | null = null;

  const mount = (): HTMLElement => {
    if (host && root) {
      // A site that rebuilds its document drops our host with it: put it back, on top.
      if (!host.isConnected && !ctx.signal.aborted) top?.raise();
      return root;
    }
    host = document.createElement('pranata-overlay');
    host.setAttribute('data-testid', 'pranata-overlay');
    // In the top layer (see top-layer.ts): above the site's dialogs, backdrops and sticky bars
    // without changing their stacking. A zero-size fixed anchor at the viewport's top left
    // (HOST_CSS, which no page style can override); the features place their UI from it.
    host.setAttribute('popover', 'manual');
    const shadow = host.attachShadow({ mode: SHADOW_MODE });
    registerOverlayShadow(host, shadow);
    const html = document.createElement('html');
    html.style.cssText = 'position:absolute;top:0;left:0;';
    const head = document.createElement('head');
    const style = document.createElement('style');
    style.textContent = `${HOST_CSS}\n${OVERLAY_CSS}`;
    head.append(style);
    const body = document.createElement('body');
    for (const type of ISOLATED_EVENTS) body.addEventListener(type, (e) => e.stopPropagation());
    root = document.createElement('div');
    root.className = 'pranata-root';
    body.append(root);
    html.append(head, body);
    shadow.append(html);
    // A child of <html>, not of <body>: outside the site's own layout and its body rebuilds.
    document.documentElement.append(host);
    top = keepOnTop(host, { activeElement: () => shadow.activeElement });
    top.raise();
    ctx.onInvalidated(() => {
      top?.stop();
      host?.remove();
    });
    return root;
  };

  return {
    ensure: () => Promise.resolve(mount()),
    mounted: () => host !== null,
  };
}
