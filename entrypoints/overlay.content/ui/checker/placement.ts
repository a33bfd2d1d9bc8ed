/**
 * Where the check panel goes: beside the composer (right, else left), else below the composer
 * and its send button, else above, so it never covers the text being typed. Viewport
 * coordinates, pure so the rules can be tested without a browser.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PanelPlacement {
  left: number;
  top: number;
  /** The panel scrolls inside this height. */
  maxHeight: number;
  side: 'right' | 'left' | 'below' | 'above';
}

export const GAP = 8;
const MIN_HEIGHT = 120;

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

export function placePanel(
  composer: Box,
  sendButton: Box | null,
  viewport: { width: number; height: number },
  panel: { width: number; height: number },
): PanelPlacement {
  // The composer and its send button together: the panel covers neither.
  const block: Box = sendButton
    ? {
        left: Math.min(composer.left, sendButton.left),
        top: Math.min(composer.top, sendButton.top),
        right: Math.max(composer.right, sendButton.right),
        bottom: Math.max(composer.bottom, sendButton.bottom),
      }
    : composer;
  const topBeside = clamp(block.top, GAP, Math.max(GAP, viewport.height - MIN_HEIGHT));
  const besideHeight = viewport.height - topBeside - GAP;
  if (block.right + GAP + panel.width + GAP <= viewport.width) {
    return { left: block.right + GAP, top: topBeside, maxHeight: besideHeight, side: 'right' };
  }
  if (block.left - GAP - panel.width >= GAP) {
    return { left: block.left - GAP - panel.width, top: topBeside, maxHeight: besideHeight, side: 'left' };
  }
  const left = clamp(composer.left, GAP, Math.max(GAP, viewport.width - panel.width - GAP));
  const below = viewport.height - (block.bottom + GAP) - GAP;
  const above = block.top - GAP - GAP;
  if (below >= Math.min(panel.height, MIN_HEIGHT) || below >= above) {
    return { left, top: block.bottom + GAP, maxHeight: Math.max(0, below), side: 'below' };
  }
  const height = Math.min(panel.height, above);
  return { left, top: block.top - GAP - height, maxHeight: Math.max(0, above), side: 'above' };
}

/** Is any part of the box inside the viewport? */
export function onScreen(b: Box, viewport: { width: number; height: number }): boolean {
  return b.bottom > 0 && b.right > 0 && b.left < viewport.width && b.top < viewport.height && b.right > b.left;
}

/** The part of a highlight rect inside the composer's box (null when none is). */
export function clipTo(r: Box, clip: Box): Box | null {
  const out = { left: Math.max(r.left, clip.left), top: Math.max(r.top, clip.top), right: Math.min(r.right, clip.right), bottom: Math.min(r.bottom, clip.bottom) };
  return out.right > out.left && out.bottom > out.top ? out : null;
}
