/**
 * The element an event really happened on, as Pranata's own listeners outside the overlay see it.
 * The overlay's shadow root is closed to the page (issue 21 item 4), and the browser hides a
 * closed root's inside from every listener outside it — ours on window and document included:
 * `composedPath()` stops at the host. This finds the element again: the one under the pointer for
 * mouse and pointer events, the focused one for the rest (keys, focus). With an open root (the
 * e2e build) the path already has it and this is `composedPath()[0]`.
 */
// Kept on the host element itself, not in a module's map: the content script and overlay-ui.js
// are two bundles, each with its own copy of this module, in one isolated world. A property set
// in that world is invisible to the page's scripts (each world has its own wrappers).
const SHADOW: unique symbol = Symbol.for('pranata.overlay-shadow');
type Host = Element & { [SHADOW]?: ShadowRoot };

/** Called once by overlay-root.ts when it attaches the root (the only reference to a closed one). */
export function registerOverlayShadow(host: Element, shadow: ShadowRoot): void {
  (host as Host)[SHADOW] = shadow;
}

export function innerTarget(e: Event): EventTarget | null {
  const first = e.composedPath()[0] ?? e.target;
  const shadow = first instanceof Element ? (first as Host)[SHADOW] : undefined;
  if (!shadow) return first;
  if (e instanceof MouseEvent) return shadow.elementFromPoint(e.clientX, e.clientY) ?? first;
  return shadow.activeElement ?? first;
}
