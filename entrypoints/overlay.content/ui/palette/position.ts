/** Where the palette's pieces go, in viewport coordinates (the overlay root is position: fixed). */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Viewport {
  width: number;
  height: number;
}

/** The template button's side, in CSS pixels. */
export const BUTTON_SIZE = 26;
const GAP = 4;
const MARGIN = 8;

/**
 * The button sits just above the composer's top-right corner: beside the box without covering
 * the text being typed or the site's own buttons around it (emoji, send) at the box's bottom
 * and right. When there is no room above, it goes below. Null when the composer is not on
 * screen (scrolled away, collapsed, hidden).
 */
export function buttonPosition(rect: Box, viewport: Viewport, size = BUTTON_SIZE): { left: number; top: number } | null {
  const width = rect.right - rect.left;
  const height = rect.bottom - rect.top;
  if (width <= 0 || height <= 0) return null;
  if (rect.bottom <= 0 || rect.top >= viewport.height || rect.right <= 0 || rect.left >= viewport.width) return null;
  const left = clamp(rect.right - size, MARGIN, viewport.width - size - MARGIN);
  const above = rect.top - size - GAP;
  const top = above >= MARGIN ? above : rect.bottom + GAP;
  if (top + size > viewport.height) return null;
  return { left, top };
}

export interface PalettePlacement {
  left: number;
  /** Distance from the viewport's top (opening downwards or beside) ... */
  top: number | null;
  /** ... or from its bottom (opening upwards, so the dialog ends right above the composer). */
  bottom: number | null;
  width: number;
  maxHeight: number;
  side: 'below' | 'above' | 'right' | 'left' | 'centre';
}

const PALETTE_WIDTH = 480;
/** Below this height the palette would show its search and buttons but hardly a template. */
const PALETTE_MIN_HEIGHT = 260;
/** The least room the palette opens in beside the composer rather than over it. */
const PALETTE_SQUEEZED = 180;
const PALETTE_MAX_HEIGHT = 560;

/** The composer and its send button together (the palette covers neither). */
export function unionBox(a: Box, b: Box | null): Box {
  return b ? { left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) } : a;
}

/**
 * The palette opens under the composer (and its send button), left-aligned with it; above it,
 * flipped, when there is not enough room below and more above; beside it when neither has
 * room (a composer filling a short window); without a composer (or one off screen), centred
 * near the top. Always inside the viewport: maxHeight is the room it has, and its one scroll
 * area takes what does not fit while the Insert button stays visible.
 */
export function palettePlacement(anchor: Box | null, viewport: Viewport): PalettePlacement {
  const width = Math.max(0, Math.min(PALETTE_WIDTH, viewport.width - 2 * MARGIN));
  const centredTop = Math.max(MARGIN, Math.round(viewport.height * 0.12));
  const centred: PalettePlacement = {
    left: Math.max(MARGIN, (viewport.width - width) / 2),
    top: centredTop,
    bottom: null,
    width,
    maxHeight: Math.max(0, Math.min(PALETTE_MAX_HEIGHT, viewport.height - MARGIN - centredTop)),
    side: 'centre',
  };
  const onScreen = anchor && anchor.bottom > 0 && anchor.top < viewport.height && anchor.right > anchor.left;
  if (!anchor || !onScreen) return centred;
  const left = clamp(anchor.left, MARGIN, viewport.width - width - MARGIN);
  const below = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const openBelow = (): PalettePlacement => ({ left, top: anchor.bottom + GAP, bottom: null, width, maxHeight: Math.min(PALETTE_MAX_HEIGHT, below), side: 'below' });
  const openAbove = (): PalettePlacement => ({ left, top: null, bottom: viewport.height - anchor.top + GAP, width, maxHeight: Math.min(PALETTE_MAX_HEIGHT, above), side: 'above' });
  if (below >= PALETTE_MIN_HEIGHT) return openBelow();
  if (above >= PALETTE_MIN_HEIGHT) return openAbove();
  const fullHeight = Math.min(PALETTE_MAX_HEIGHT, viewport.height - 2 * MARGIN);
  const sideTop = clamp(anchor.top, MARGIN, viewport.height - MARGIN - fullHeight);
  if (anchor.right + GAP + width + MARGIN <= viewport.width) {
    return { left: anchor.right + GAP, top: sideTop, bottom: null, width, maxHeight: fullHeight, side: 'right' };
  }
  if (anchor.left - GAP - width >= MARGIN) {
    return { left: anchor.left - GAP - width, top: sideTop, bottom: null, width, maxHeight: fullHeight, side: 'left' };
  }
  if (Math.max(below, above) >= PALETTE_SQUEEZED) return below >= above ? openBelow() : openAbove();
  return centred; // no room anywhere around the composer: over the page, in the middle
}

function clamp(v: number, min: number, max: number): number {
  return Math.max(min, Math.min(v, Math.max(min, max)));
}
