/**
 * The palette's keyboard, as pure functions: which key does what, where the highlighted row
 * goes, where Tab goes. The components only carry the decisions out.
 */

/** The parts of a keydown that matter here. */
export interface KeyInput {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** An IME is composing: Enter picks a word there, it must not insert. */
  isComposing: boolean;
}

/** Where the focus is inside the dialog when the key is pressed. */
export type FocusPlace = 'search' | 'field' | 'other';

export interface KeyContext {
  place: FocusPlace;
  /** How many templates are listed. */
  count: number;
  /** Index of the focused fill-in field (place 'field'), else -1. */
  fieldIndex: number;
  /** For each fill-in field of the highlighted template, whether it has a value. */
  fieldsFilled: readonly boolean[];
}

export type PaletteAction =
  | { type: 'move'; delta: number }
  | { type: 'edge'; to: 'first' | 'last' }
  | { type: 'insert' }
  | { type: 'focus-field'; index: number }
  | { type: 'close' }
  | { type: 'tab'; backwards: boolean };

/** Rows skipped by PageUp/PageDown. */
export const PAGE_STEP = 5;

/**
 * What a key does in the palette, or null to leave it to the focused control (typing, moving the
 * caret in the search box, activating a button).
 * - ArrowUp/ArrowDown move the highlight (wrapping), PageUp/PageDown by five rows; in the search
 *   box Ctrl+Home/Ctrl+End jump to the first/last row (plain Home/End move the caret).
 * - Enter in the search box inserts, unless the template has empty fill-in fields: then it goes
 *   to the first empty one. Enter in a field goes to the next empty field, or inserts from the
 *   last one. Ctrl/Cmd+Enter inserts from anywhere. Enter on a button is the button's.
 * - Escape closes; Tab and Shift+Tab cycle inside the dialog.
 */
export function paletteAction(e: KeyInput, ctx: KeyContext): PaletteAction | null {
  if (e.isComposing) return null;
  switch (e.key) {
    case 'Escape':
      return { type: 'close' };
    case 'Tab':
      return e.ctrlKey || e.altKey || e.metaKey ? null : { type: 'tab', backwards: e.shiftKey };
    case 'ArrowDown':
    case 'ArrowUp':
      if (e.altKey || e.shiftKey || ctx.place === 'field' || ctx.count === 0) return null;
      return { type: 'move', delta: e.key === 'ArrowDown' ? 1 : -1 };
    case 'PageDown':
    case 'PageUp':
      if (ctx.place === 'field' || ctx.count === 0) return null;
      return { type: 'move', delta: e.key === 'PageDown' ? PAGE_STEP : -PAGE_STEP };
    case 'Home':
    case 'End':
      if (ctx.place !== 'search' || !(e.ctrlKey || e.metaKey) || ctx.count === 0) return null;
      return { type: 'edge', to: e.key === 'Home' ? 'first' : 'last' };
    case 'Enter':
      return enterAction(e, ctx);
    default:
      return null;
  }
}

function enterAction(e: KeyInput, ctx: KeyContext): PaletteAction | null {
  if (e.shiftKey || e.altKey || ctx.count === 0) return null;
  if (e.ctrlKey || e.metaKey) return { type: 'insert' };
  if (ctx.place === 'search') {
    const empty = ctx.fieldsFilled.indexOf(false);
    return empty === -1 ? { type: 'insert' } : { type: 'focus-field', index: empty };
  }
  if (ctx.place === 'field') {
    const next = ctx.fieldsFilled.findIndex((filled, i) => i > ctx.fieldIndex && !filled);
    return next === -1 ? { type: 'insert' } : { type: 'focus-field', index: next };
  }
  return null;
}

/** The highlighted row after moving by delta: wraps by single steps, stops at the ends by pages. */
export function moveActive(active: number, count: number, delta: number): number {
  if (count <= 0) return -1;
  const from = active < 0 || active >= count ? (delta > 0 ? -1 : count) : active;
  if (Math.abs(delta) === 1) return (((from + delta) % count) + count) % count;
  return Math.max(0, Math.min(count - 1, from + delta));
}

/** Tab inside a dialog: the next (or previous) focusable element, wrapping at the ends. */
export function cycleFocus(current: number, count: number, backwards: boolean): number {
  if (count <= 0) return -1;
  if (current < 0 || current >= count) return backwards ? count - 1 : 0;
  return (current + (backwards ? count - 1 : 1)) % count;
}
