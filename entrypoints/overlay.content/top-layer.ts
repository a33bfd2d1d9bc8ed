/**
 * Keeps the overlay's host above everything the site draws, without touching the site's own
 * stacking: the host is a `popover="manual"` element shown with showPopover(), which puts it in
 * the browser's top layer (Chromium 114+, Firefox 125+). The top layer paints above every
 * z-index of the page, so the sites' own modal layers (X's `#layers` reply dialog, Facebook's
 * post dialog and Instagram's post modal are all `div[role="dialog"]` stacked by z-index, see
 * ../shared/fixtures/real/facebook-queries-browsertrix-behaviors.ts `//div[@role='dialog']` and
 * tests/fixtures/platforms/{x/reply-modal,facebook/post-dialog,instagram/profile-modal}.*.html)
 * and their backdrops stay below it whenever they open.
 *
 * What can still come above: a site's own top-layer element opened later (a native
 * `<dialog>.showModal()` or a popover). Each one opening is seen (the `toggle` event, capture
 * phase, and the `open` attribute a dialog gets) and the host is shown again, which moves it to
 * the top of the top layer. A native modal dialog also makes everything outside it inert, so
 * while one is open the host lives inside it (position: fixed in the top layer, it takes no
 * room in the dialog's layout) and goes back to <html> when it closes. None of the three sites
 * is known to use native dialogs (unverified: no evidence file shows one); the e2e tests open one.
 *
 * Where popovers are missing, the host falls back to the largest z-index as the last child of
 * <html>, moved last again whenever something is added after it.
 */

export interface TopLayer {
  /** Puts the host on top now (after it was (re)attached). */
  raise(): void;
  stop(): void;
}

function supportsPopover(el: HTMLElement): boolean {
  return typeof el.showPopover === 'function' && typeof el.hidePopover === 'function';
}

function isOpenPopover(el: HTMLElement): boolean {
  try {
    return el.matches(':popover-open');
  } catch {
    return false;
  }
}

/** The topmost open native modal dialog of the page, if any (the last one opened is last in the DOM only by chance: take the one holding the focus first). */
function openModalDialog(doc: Document): HTMLDialogElement | null {
  let modals: HTMLDialogElement[];
  try {
    modals = Array.from(doc.querySelectorAll<HTMLDialogElement>('dialog:modal'));
  } catch {
    return null; // a browser without :modal
  }
  if (modals.length === 0) return null;
  const active = doc.activeElement;
  return modals.find((d) => active !== null && d.contains(active)) ?? modals[modals.length - 1] ?? null;
}

export function keepOnTop(host: HTMLElement, opts: { activeElement: () => Element | null }): TopLayer {
  const doc = host.ownerDocument;
  const popover = supportsPopover(host);
  let stopped = false;
  let raising = false;

  const home = (): Element => doc.documentElement;

  const raise = (): void => {
    if (stopped || raising) return;
    raising = true;
    try {
      const modal = openModalDialog(doc);
      const parent = modal ?? home();
      const focused = opts.activeElement();
      if (host.parentElement !== parent || (!popover && host.nextElementSibling !== null)) parent.append(host);
      if (popover) {
        if (isOpenPopover(host)) host.hidePopover();
        host.showPopover();
      }
      // Hiding and showing again can move the focus out of our UI: put it back.
      if (focused instanceof HTMLElement && focused.isConnected && opts.activeElement() !== focused) focused.focus({ preventScroll: true });
    } catch {
      // A page that forbids it (an element removed mid-way): the next opening tries again.
    } finally {
      raising = false;
    }
  };

  const onToggle = (e: Event): void => {
    const t = e.target;
    if (t === host || !(t instanceof HTMLElement) || !(t instanceof HTMLDialogElement || t.hasAttribute('popover'))) return;
    const state = (e as Event & { newState?: string }).newState;
    // Something of the site's entered (or left) the top layer: be last in it again, and leave
    // a closing modal dialog before it takes us out of the page's rendering.
    if (state === 'open' || state === 'closed') queueMicrotask(raise);
  };
  doc.addEventListener('toggle', onToggle, true);

  // A native dialog's `open` attribute changes with show()/showModal()/close() (older browsers
  // fire no toggle event for dialogs); without popovers, anything appended after the host.
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && r.target !== host && r.target instanceof HTMLDialogElement) {
        queueMicrotask(raise);
        return;
      }
      if (r.type === 'childList' && !popover && host.nextElementSibling !== null) {
        queueMicrotask(raise);
        return;
      }
    }
  });
  observer.observe(doc.documentElement, { subtree: true, attributes: true, attributeFilter: ['open'], childList: !popover });

  return {
    raise,
    stop() {
      stopped = true;
      observer.disconnect();
      doc.removeEventListener('toggle', onToggle, true);
    },
  };
}

/** The host's own box: a zero-size fixed anchor at the viewport's top left, on top of the page. */
export const HOST_CSS = `:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  overflow: visible !important;
  background: transparent !important;
  z-index: 2147483647 !important;
}
:host::backdrop { display: none !important; }`;
