import type { EditorKind } from '../types';
import { copyToClipboard } from './clipboard';
import { isTextField } from './model';
import { readText } from './read';
import { currentSpan, select, settle, type Span } from './selection';
import { perform, stepHistory, waysFor } from './ways';

export type InsertResult =
  | { ok: true; /** The whole draft after the insertion, as readText() reads it. */ text: string }
  | { ok: false; reason: 'mismatch' | 'not-editable'; copied: boolean };

function normalise(s: string): string {
  return s.replace(/\u00a0/g, ' ').replace(/\r\n?/g, '\n');
}

function isEditable(el: HTMLElement): boolean {
  if (!el.isConnected) return false;
  if (isTextField(el)) return !el.disabled && !el.readOnly;
  return el.isContentEditable;
}

async function insertSpan(el: HTMLElement, kind: EditorKind, span: Span, text: string, before: string): Promise<InsertResult> {
  const expected = normalise(before.slice(0, span.start) + text + before.slice(span.end));
  for (const way of waysFor(kind, el, text, span)) {
    await select(el, kind, span);
    perform(el, way, text, span, before);
    await settle();
    const now = readText(el, kind);
    if (normalise(now) === expected) return { ok: true, text: now };
    if (normalise(now) !== normalise(before)) {
      // Something went in, but not what we meant: take it back and stop (never insert twice).
      stepHistory(el, kind, way, before, 'undo');
      await settle();
      const after = normalise(readText(el, kind));
      if (after !== normalise(before) && after !== normalise(now)) {
        // The editor's undo step also held the admin's own typing (editors merge steps): redo,
        // so the admin loses nothing; the full text is on the clipboard.
        stepHistory(el, kind, way, before, 'redo');
        await settle();
      }
      break;
    }
  }
  return { ok: false, reason: 'mismatch', copied: await copyToClipboard(text, el) };
}

/**
 * Inserts text at the caret (at the end when the editor has no selection inside it), replacing
 * the selected text if any. Multi-line text and emoji included. Never submits.
 */
export async function insertText(el: HTMLElement, kind: EditorKind, text: string): Promise<InsertResult> {
  const clean = text.replace(/\r\n?/g, '\n');
  if (!isEditable(el)) return { ok: false, reason: 'not-editable', copied: await copyToClipboard(clean, el) };
  const before = readText(el, kind);
  const span = currentSpan(el, kind) ?? { start: before.length, end: before.length };
  if (clean === '' && span.start === span.end) return { ok: true, text: before };
  return insertSpan(el, kind, span, clean, before);
}

/** Replaces the plain-text range [start, end) (readText offsets) with text: one-click fixes. */
export async function replaceRange(el: HTMLElement, kind: EditorKind, start: number, end: number, text: string): Promise<InsertResult> {
  const clean = text.replace(/\r\n?/g, '\n');
  if (!isEditable(el)) return { ok: false, reason: 'not-editable', copied: await copyToClipboard(clean, el) };
  const before = readText(el, kind);
  if (!(start >= 0 && start <= end && end <= before.length)) {
    // The draft changed since the offsets were computed.
    return { ok: false, reason: 'mismatch', copied: await copyToClipboard(clean, el) };
  }
  if (clean === '' && start === end) return { ok: true, text: before };
  return insertSpan(el, kind, { start, end }, clean, before);
}
