import type { PlatformId } from '@/lib/schemas/common';
import type { Template } from '@/lib/schemas/template';
import { availableOn, compareUsage } from './order';

export interface ShortcutMatch {
  /** Lower-cased, with its slash: "/hoaks". */
  shortcut: string;
  /** Where the typed `/word` is in the text, [start, end), for the palette to replace it. */
  start: number;
  end: number;
}

const MAX_SHORTCUT_NAME = 30;
// What a shortcut is made of (see shortcutSchema); upper case is accepted because phones
// capitalise the first letter after a space.
const SHORTCUT_CHAR = /[A-Za-z0-9-]/u;
// Before the slash: start of text, any white space (incl. the no-break space contenteditable
// editors put at the end of a line, and zero-width spaces), or an opening bracket or quote.
const BOUNDARY_BEFORE = /[\s\u200B\u2060\uFEFF(["'“‘«]/u;

/**
 * The `/word` just typed before the caret, or null. It must start at a word boundary (so not
 * "dan/atau", "1/2" or the path of "https://x.com/a"), have at least one character after the
 * slash, and end at the caret (the caret is not in the middle of a word).
 */
export function findShortcut(text: string, caret: number): ShortcutMatch | null {
  if (!Number.isInteger(caret) || caret < 2 || caret > text.length) return null;
  const after = text[caret];
  if (after !== undefined && (SHORTCUT_CHAR.test(after) || after === '/')) return null;

  let i = caret;
  while (i > 0 && caret - i <= MAX_SHORTCUT_NAME && SHORTCUT_CHAR.test(text[i - 1] ?? '')) i -= 1;
  const name = text.slice(i, caret);
  if (name.length === 0 || name.length > MAX_SHORTCUT_NAME || !/^[A-Za-z0-9]/u.test(name)) return null;

  const slash = i - 1;
  if (text[slash] !== '/') return null;
  const before = text[slash - 1];
  if (before !== undefined && !BOUNDARY_BEFORE.test(before)) return null;
  return { shortcut: `/${name.toLowerCase()}`, start: slash, end: caret };
}

/** "/Hoaks", "hoaks " → "/hoaks". */
export function normalizeShortcut(shortcut: string): string {
  const name = shortcut.trim().replace(/^\/+/u, '').toLowerCase();
  return `/${name}`;
}

/**
 * The template a typed shortcut stands for, or null. Shortcuts are meant to be unique; if two
 * templates share one, the favourite, then the more used, then the more recently used wins.
 */
export function matchShortcut(
  templates: readonly Template[],
  shortcut: string,
  opts: { platform?: PlatformId } = {},
): Template | null {
  const wanted = normalizeShortcut(shortcut);
  if (wanted === '/') return null;
  let best: Template | null = null;
  for (const t of templates) {
    if (!t.shortcut || t.shortcut.toLowerCase() !== wanted || !availableOn(t, opts.platform)) continue;
    if (!best || compareUsage(t, best) < 0) best = t;
  }
  return best;
}
