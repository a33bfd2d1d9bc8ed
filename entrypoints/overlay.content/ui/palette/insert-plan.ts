import type { ShortcutMatch } from '@/lib/templates/shortcut';

export interface Span {
  start: number;
  end: number;
}

/** What the palette knew about the draft when it opened (the focus then left the editor). */
export interface OpenSnapshot {
  /** The draft as readText read it. */
  text: string;
  /** The editor's selection, if the caret was in it. */
  selection: Span | null;
  /** The `/shortcut` typed in the draft that opened the palette, if one did. */
  shortcut: ShortcutMatch | null;
}

export type InsertPlan =
  /** Replace [start, end) of the draft (the typed shortcut, or the selection at opening). */
  | { kind: 'replace'; start: number; end: number }
  /** Insert where the editor's caret is now (at the end when it is not in the editor). */
  | { kind: 'caret' };

/**
 * Where the template's text goes. The typed `/shortcut` is replaced when it is still where it
 * was typed (compared case-insensitively: phones capitalise). Otherwise the text goes at the caret
 * the admin left when the palette opened, replacing what was selected, as long as the draft has
 * not changed since. Anything else (the draft changed under the palette): the editor's caret.
 */
export function planInsertion(current: string, at: OpenSnapshot): InsertPlan {
  const s = at.shortcut;
  if (s && s.end <= current.length && current.slice(s.start, s.end).toLowerCase() === s.shortcut) {
    return { kind: 'replace', start: s.start, end: s.end };
  }
  const sel = at.selection;
  if (!s && sel && current === at.text && sel.start >= 0 && sel.start <= sel.end && sel.end <= current.length) {
    return { kind: 'replace', start: sel.start, end: sel.end };
  }
  return { kind: 'caret' };
}
