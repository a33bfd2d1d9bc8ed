import type { PlatformId } from '@/lib/schemas/common';
import type { Template } from '@/lib/schemas/template';
import { availableOn } from '@/lib/templates/order';
import { findShortcut, matchShortcut, type ShortcutMatch } from '@/lib/templates/shortcut';

/** How long a typed shortcut that is also the start of a longer one waits for more letters. */
export const SHORTCUT_PAUSE_MS = 700;

export type ShortcutDecision =
  | { action: 'none' }
  /**
   * open: the palette opens filtered to the shortcut, its template highlighted.
   * wait: "/maaf" was typed and "/maaf-lambat" exists: open only if no letter follows in
   * SHORTCUT_PAUSE_MS.
   */
  | { action: 'open' | 'wait'; match: ShortcutMatch; template: Template; key: string };

/**
 * What a `/shortcut` typed in a reply box does. The palette opens (rather than inserting at once)
 * so the admin sees the filled-in text, its length and the SOP check, and types any fill-in
 * fields, before anything goes into the reply; Enter then inserts it in place of the typed text.
 * Only a whole shortcut of a template usable on this platform opens it, with the caret right after
 * it and nothing selected. `dismissed` is the key of a shortcut whose palette the admin closed:
 * it does not open again for the same text at the same place.
 */
export function shortcutDecision(input: {
  text: string;
  selection: { start: number; end: number } | null;
  templates: readonly Template[];
  platform: PlatformId;
  dismissed?: string | null;
}): ShortcutDecision {
  const { text, selection, templates, platform } = input;
  if (!selection || selection.start !== selection.end) return { action: 'none' };
  const match = findShortcut(text, selection.end);
  if (!match) return { action: 'none' };
  const template = matchShortcut(templates, match.shortcut, { platform });
  if (!template) return { action: 'none' };
  const key = shortcutKey(match);
  if (key === input.dismissed) return { action: 'none' };
  const longer = templates.some(
    (t) => t.shortcut !== undefined && t.shortcut !== match.shortcut && t.shortcut.startsWith(match.shortcut) && availableOn(t, platform),
  );
  return { action: longer ? 'wait' : 'open', match, template, key };
}

/** Identifies one typed shortcut: which one, and where it starts. */
export function shortcutKey(match: ShortcutMatch): string {
  return `${match.start}:${match.shortcut}`;
}
