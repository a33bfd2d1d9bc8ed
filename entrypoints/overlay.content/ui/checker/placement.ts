/**
 * Where the check panel (and the QC gate) goes: beside the composer (right, else left), else
 * below the composer and its send button, else above (flipped) when there is more room there,
 * so it never covers the text being typed nor the send button, and stays inside the window
 * (its one scroll area takes what does not fit). Viewport coordinates, pure so the rules can
 * be tested without a browser.
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
  const width = Math.min(panel.width, Math.max(0, viewport.width - 2 * GAP));
  // Beside: level with the composer's top, moved up just enough that the whole panel (as tall
  // as it needs, at most the window) fits above the window's bottom edge.
  const wanted = Math.min(panel.height, viewport.height - 2 * GAP);
  const topBeside = clamp(block.top, GAP, Math.max(GAP, viewport.height - GAP - Math.max(wanted, MIN_HEIGHT)));
  const besideHeight = viewport.height - topBeside - GAP;
  const right = (): PanelPlacement => ({ left: block.right + GAP, top: topBeside, maxHeight: besideHeight, side: 'right' });
  const leftSide = (): PanelPlacement => ({ left: block.left - GAP - width, top: topBeside, maxHeight: besideHeight, side: 'left' });
  const left = clamp(composer.left, GAP, Math.max(GAP, viewport.width - width - GAP));
  const below = viewport.height - (block.bottom + GAP) - GAP;
  const above = block.top - GAP - GAP;
  const belowIt = (): PanelPlacement => ({ left, top: block.bottom + GAP, maxHeight: Math.max(0, below), side: 'below' });
  // Flipped above, its bottom stays over the composer: it may be no taller than the room it was
  // placed with, or a panel taller than measured would grow down over the text being typed.
  const aboveIt = (): PanelPlacement => {
    const height = Math.max(0, Math.min(wanted, above));
    return { left, top: block.top - GAP - height, maxHeight: height, side: 'above' };
  };
  // Right of the composer (the sites keep their navigation on the left); else under it or,
  // flipped, over it when the whole panel fits there; else on its left; else where the room is.
  if (block.right + GAP + width + GAP <= viewport.width) return right();
  if (below >= wanted) return belowIt();
  if (above >= wanted) return aboveIt();
  if (block.left - GAP - width >= GAP) return leftSide();
  return below >= above ? belowIt() : aboveIt();
}

/**
 * The check panel while the QC gate asks: in the gate's column, under its question, or over it
 * when the gate stands at the window's foot (Facebook's comment box at the bottom: the gate
 * beside it fills the room below). Never over the composer (the gate may stand over or under
 * it). Null when neither side has 40 px: the question alone.
 */
export function placeByGate(gate: Box, composer: Box, viewport: { width: number; height: number }, panelHeight: number): PanelPlacement | null {
  const sameColumn = gate.left < composer.right && composer.left < gate.right;
  const belowTop = gate.bottom + GAP;
  const belowEnd = sameColumn && gate.bottom <= composer.top ? composer.top - GAP : viewport.height - GAP;
  const below = belowEnd - belowTop;
  const aboveStart = sameColumn && gate.top >= composer.bottom ? composer.bottom + GAP : GAP;
  const above = gate.top - GAP - aboveStart;
  const wanted = Math.min(panelHeight, viewport.height - 2 * GAP);
  if (below >= Math.min(wanted, MIN_HEIGHT) || below >= above) {
    return below < 40 ? null : { left: gate.left, top: belowTop, maxHeight: below, side: 'below' };
  }
  if (above < 40) return null;
  const height = Math.min(wanted, above);
  return { left: gate.left, top: gate.top - GAP - height, maxHeight: height, side: 'above' };
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

/**
 * Where a word's fixes open: just under the underlined word (its left edge, kept inside the
 * window), flipped above it when the room below is smaller than the box needs and above has more.
 * Either way it never covers the word's line: above, its height is capped at the room it was
 * placed with (a box taller than that scrolls), so a click on the editor's text still lands there.
 */
export function placeUnderWord(word: Box, viewport: { width: number; height: number }, box: { width: number; height: number }): PanelPlacement {
  const width = Math.min(box.width, Math.max(0, viewport.width - 2 * GAP));
  const left = clamp(word.left, GAP, Math.max(GAP, viewport.width - width - GAP));
  const below = viewport.height - (word.bottom + 4) - GAP;
  const above = word.top - 4 - GAP;
  if (below >= box.height || below >= above) return { left, top: word.bottom + 4, maxHeight: Math.max(0, below), side: 'below' };
  const height = Math.max(0, Math.min(box.height, above));
  return { left, top: word.top - 4 - height, maxHeight: height, side: 'above' };
}
