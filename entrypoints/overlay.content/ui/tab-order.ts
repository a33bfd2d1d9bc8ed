import type { Feature } from '../feature';
import { innerTarget } from '../inner-target';

/**
 * Tab and Shift+Tab between the reply box and Pranata's own controls beside it. Pranata's layer
 * lives in the browser's top layer at the end of the document (see ../top-layer.ts), so the
 * browser's own Tab order would reach it only after the whole page, never from the reply box.
 * The order made here: reply box → template button → each underlined word → the open word's
 * fixes → the check panel's buttons → the site's next stop after the reply box. Shift+Tab walks
 * back to the reply box, caret where it was. When Pranata shows nothing, Tab is left to the site.
 * The palette and the QC gate are dialogs that keep Tab inside themselves; they are not stops.
 */

/** Pranata's stops, in order, by group. */
const STOP_GROUPS = ['.pp-button', '.pranata-mark[tabindex]', '.pranata-fixes button', '.pranata-panel:not([data-embedded]) button'] as const;

/** What the site's own Tab order can land on (the usual focusable elements). */
const SITE_FOCUSABLE =
  'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex], [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

function visible(el: Element): boolean {
  return el.getClientRects().length > 0 && !el.closest('[hidden]');
}

export function pranataStops(root: ParentNode): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const group of STOP_GROUPS) {
    for (const el of root.querySelectorAll<HTMLElement>(group)) {
      if (visible(el) && !(el instanceof HTMLButtonElement && el.disabled)) out.push(el);
    }
  }
  return out;
}

/** The site's first Tab stop after the reply box (outside it), in document order. */
export function siteStopAfter(box: HTMLElement): HTMLElement | null {
  for (const el of box.ownerDocument.querySelectorAll<HTMLElement>(SITE_FOCUSABLE)) {
    if (box.contains(el) || !(box.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (el.tabIndex < 0 || el.closest('[inert]') || (el as HTMLButtonElement).disabled || !visible(el)) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    return el;
  }
  return null;
}

export const tabOrder: Feature = {
  id: 'tab-order',
  init(env) {
    let root: ShadowRoot | null = null;
    void env.overlay.ensure().then((container) => {
      const r = container.getRootNode();
      if (r instanceof ShadowRoot) root = r;
    });
    /** Where the caret was when Tab left the reply box (given back on the way back). */
    let saved: Range | null = null;

    const backToBox = (box: HTMLElement) => {
      box.focus({ preventScroll: true });
      const range = saved;
      saved = null;
      if (range && box.contains(range.commonAncestorContainer)) {
        const sel = box.ownerDocument.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
      }
    };

    env.ctx.addEventListener(
      window,
      'keydown',
      (e: KeyboardEvent) => {
        if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || e.isComposing || !root) return;
        const composer = env.focus.current();
        const target = innerTarget(e);
        if (!composer || !(target instanceof Node)) return;
        const box = composer.element;
        const stops = pranataStops(root);
        if (stops.length === 0) return; // nothing of ours on screen: the site's own order
        if (box.contains(target)) {
          if (e.shiftKey) return;
          e.preventDefault();
          const sel = box.ownerDocument.getSelection();
          saved = sel && sel.rangeCount > 0 && box.contains(sel.getRangeAt(0).commonAncestorContainer) ? sel.getRangeAt(0).cloneRange() : null;
          stops[0]?.focus({ preventScroll: true });
          return;
        }
        const i = stops.indexOf(target as HTMLElement);
        if (i < 0) return;
        if (e.shiftKey) {
          e.preventDefault();
          const prev = stops[i - 1];
          if (prev) prev.focus({ preventScroll: true });
          else backToBox(box);
          return;
        }
        const next = stops[i + 1] ?? siteStopAfter(box);
        if (!next) return; // the end of the page: the browser's own next stop
        e.preventDefault();
        next.focus({ preventScroll: true });
      },
      { capture: true },
    );
  },
};
