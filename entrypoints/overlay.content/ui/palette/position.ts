/** Where the overlay's pieces go, in viewport coordinates (the overlay root is position: fixed). */

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
  /** Distance from the viewport's top (opening downwards) ... */
  top: number | null;
  /** ... or from its bottom (opening upwards, so the dialog ends right above the composer). */
  bottom: number | null;
  width: number;
  maxHeight: number;
}

const PALETTE_WIDTH = 480;
const PALETTE_MIN_HEIGHT = 260;
const PALETTE_MAX_HEIGHT = 560;

/**
 * The palette opens under the composer, left-aligned with it, or above it when there is more
 * room there; without a composer (or one off screen) near the top of the viewport, centred.
 */
export function palettePlacement(anchor: Box | null, viewport: Viewport): PalettePlacement {
  const width = Math.max(0, Math.min(PALETTE_WIDTH, viewport.width - 2 * MARGIN));
  const centred: PalettePlacement = {
    left: Math.max(MARGIN, (viewport.width - width) / 2),
    top: Math.max(MARGIN, Math.round(viewport.height * 0.12)),
    bottom: null,
    width,
    maxHeight: Math.max(PALETTE_MIN_HEIGHT, Math.min(PALETTE_MAX_HEIGHT, viewport.height - 2 * MARGIN - Math.round(viewport.height * 0.12))),
  };
  const onScreen = anchor && anchor.bottom > 0 && anchor.top < viewport.height && anchor.right > anchor.left;
  if (!anchor || !onScreen) return centred;
  const left = clamp(anchor.left, MARGIN, viewport.width - width - MARGIN);
  const below = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  if (below >= PALETTE_MIN_HEIGHT || below >= above) {
    const top = Math.max(MARGIN, Math.min(anchor.bottom + GAP, viewport.height - MARGIN - PALETTE_MIN_HEIGHT));
    return { left, top, bottom: null, width, maxHeight: Math.min(PALETTE_MAX_HEIGHT, viewport.height - top - MARGIN) };
  }
  return { left, top: null, bottom: viewport.height - anchor.top + GAP, width, maxHeight: Math.min(PALETTE_MAX_HEIGHT, above) };
}

function clamp(v: number, min: number, max: number): number {
  return Math.max(min, Math.min(v, Math.max(min, max)));
}
