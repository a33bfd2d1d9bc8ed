import type { EditorKind } from '../types';
import { buildModel, isTextField, offsetOf, pointAt } from './model';

/** The editor's selection as readText offsets: reading it, and setting it as a user's caret would be. */

export interface Span {
  start: number;
  end: number;
}

/** The editor's selection as offsets, or null when the document selection is not inside it. */
export function currentSpan(el: HTMLElement, kind: EditorKind): Span | null {
  if (isTextField(el)) {
    const { selectionStart, selectionEnd } = el;
    if (selectionStart === null || selectionEnd === null) return null;
    return { start: Math.min(selectionStart, selectionEnd), end: Math.max(selectionStart, selectionEnd) };
  }
  const sel = el.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return null;
  if (!el.contains(sel.anchorNode) || !el.contains(sel.focusNode)) return null;
  const model = buildModel(el, kind);
  const a = offsetOf(model, el, sel.anchorNode, sel.anchorOffset);
  const f = offsetOf(model, el, sel.focusNode, sel.focusOffset);
  if (a === null || f === null) return null;
  return { start: Math.min(a, f), end: Math.max(a, f) };
}

/**
 * The editor's selection as readText offsets, or null when the caret is not in it: where a typed
 * `/shortcut` ends, and where the palette should put its text after taking the focus away.
 */
export function readSelection(el: HTMLElement, kind: EditorKind): { start: number; end: number } | null {
  return currentSpan(el, kind);
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Lets the page handle what just happened (selectionchange, React re-render) before going on. */
export async function settle(): Promise<void> {
  await wait(0);
  await new Promise<void>((resolve) => {
    const done = () => resolve();
    requestAnimationFrame(done);
    setTimeout(done, 50); // rAF does not run in hidden tabs
  });
}

/** Waits for the selectionchange our selection caused (editors sync their model on it). */
function selectionSettled(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(finish, 100);
    function finish() {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', finish);
      setTimeout(resolve, 0);
    }
    doc.addEventListener('selectionchange', finish);
  });
}

/** Focuses the editor and selects [start, end) the way a user's caret would be. */
export async function select(el: HTMLElement, kind: EditorKind, span: Span): Promise<void> {
  if (isTextField(el)) {
    if (el.ownerDocument.activeElement !== el) el.focus({ preventScroll: true });
    el.setSelectionRange(span.start, span.end);
    return;
  }
  const doc = el.ownerDocument;
  if (doc.activeElement !== el && !el.contains(doc.activeElement)) {
    el.focus({ preventScroll: true });
    // Draft and Lexical re-render on focus and may place the DOM selection from their state.
    await settle();
  }
  const model = buildModel(el, kind);
  const a = pointAt(model, span.start);
  const b = pointAt(model, span.end);
  const sel = doc.getSelection();
  if (!a || !b || !sel) return;
  const same =
    sel.rangeCount > 0 &&
    sel.anchorNode === a.node && sel.anchorOffset === a.offset && sel.focusNode === b.node && sel.focusOffset === b.offset;
  if (same) {
    // A caret just moved by the admin may not have reached the editor's model yet.
    await settle();
    return;
  }
  const settled = selectionSettled(doc);
  sel.setBaseAndExtent(a.node, a.offset, b.node, b.offset);
  await settled;
}
