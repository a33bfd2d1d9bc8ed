import type { EditorKind } from './types';

/**
 * Putting text into the sites' own editors so that the EDITOR'S STATE changes, not just the pixels
 * (see PLATFORMS.md, "Putting text into the site's editor"). Runs in a content script (isolated
 * world): it can only touch the DOM and dispatch events, never the page's JS objects, so every
 * path goes through what the editor itself listens to:
 *
 * - textarea (React-controlled): execCommand('insertText') (keeps the native undo stack), then the
 *   native value setter + an `input` event, which React's value tracker picks up.
 * - lexical: a synthetic `paste` with a DataTransfer (Lexical's plain-text paste handler inserts
 *   through its model and splits lines); execCommand('insertText') only as a fallback for one line
 *   at a collapsed caret, since execCommand fires no beforeinput and Lexical then has to
 *   reconcile the DOM edit.
 * - draft: a synthetic `paste` only. execCommand into an EMPTY Draft editor crashes the page's
 *   React, and DOM edits desync Draft's EditorState.
 * - contenteditable (unknown editor): execCommand('insertText'), then a synthetic paste.
 *
 * After inserting, the text is read back and compared. On a mismatch, what changed is undone
 * through the editor's own undo, the text goes to the clipboard and the caller tells the admin to
 * paste. Nothing here ever submits, and nothing rewrites the editor's DOM.
 */

export type InsertResult =
  | { ok: true; /** The whole draft after the insertion, as readText() reads it. */ text: string }
  | { ok: false; reason: 'mismatch' | 'not-editable'; copied: boolean };

// ---------------------------------------------------------------------------------------------
// Text model: the editor's plain text with a map back to DOM nodes (offsets are UTF-16 units).

interface TextPiece {
  kind: 'text';
  node: Text;
  start: number;
  length: number;
}
interface BreakPiece {
  kind: 'br';
  node: Element;
  start: number;
  length: 1;
}
type Piece = TextPiece | BreakPiece;

interface Block {
  /** Where a caret goes in this block when it has no text (also its start point). */
  startPoint: DomPoint;
  pieces: Piece[];
  start: number;
  end: number;
}

interface DomPoint {
  node: Node;
  offset: number;
}

interface TextModel {
  text: string;
  blocks: Block[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DIV', 'DL', 'DD', 'DT', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);

function isElement(n: Node): n is Element {
  return n.nodeType === Node.ELEMENT_NODE;
}
function isText(n: Node): n is Text {
  return n.nodeType === Node.TEXT_NODE;
}
function isBlockElement(n: Node): n is Element {
  return isElement(n) && BLOCK_TAGS.has(n.tagName);
}
function indexInParent(n: Node): number {
  let i = 0;
  for (let c = n.previousSibling; c; c = c.previousSibling) i++;
  return i;
}
function pointBefore(n: Node): DomPoint {
  return { node: n.parentNode ?? n, offset: n.parentNode ? indexInParent(n) : 0 };
}

/** Collects text and <br> pieces of inline content, skipping non-editable islands (decorators). */
function collectPieces(nodes: Iterable<Node>, out: Array<Text | Element>): void {
  for (const n of nodes) {
    if (isText(n)) {
      if (n.data.length > 0) out.push(n);
    } else if (isElement(n)) {
      if (n.tagName === 'BR') out.push(n);
      else if (n.getAttribute('contenteditable') !== 'false') collectPieces(n.childNodes, out);
    }
  }
}

interface RawBlock {
  startPoint: DomPoint;
  nodes: Array<Text | Element>;
}

/** Draft.js: one block per [data-block]; text lives in [data-text] spans (an empty block holds a <br data-text>). */
function draftBlocks(root: HTMLElement): RawBlock[] {
  const blocks: RawBlock[] = [];
  for (const block of root.querySelectorAll('[data-block="true"]')) {
    const nodes: Text[] = [];
    for (const leaf of block.querySelectorAll('span[data-text="true"]')) {
      for (const c of leaf.childNodes) if (isText(c) && c.data.length > 0) nodes.push(c);
    }
    const placeholder = block.querySelector('br[data-text="true"]');
    const startPoint = placeholder?.parentNode ? { node: placeholder.parentNode, offset: 0 } : { node: block, offset: 0 };
    blocks.push({ startPoint, nodes });
  }
  return blocks;
}

/**
 * Lexical and plain contenteditable: block elements are lines; inline runs between blocks form
 * anonymous lines (Chrome writes "a<div>b</div>"). A <br> is a line break, except the last one in
 * a line, which is a placeholder (Chrome's, or Lexical's managed line break after a LineBreakNode).
 */
function genericBlocks(root: HTMLElement): RawBlock[] {
  const blocks: RawBlock[] = [];
  const walk = (container: Node) => {
    let run: Node[] = [];
    const flush = () => {
      const first = run[0];
      // Formatting whitespace between blocks in hand-written markup is not a line.
      const meaningful = run.some((n) => !isText(n) || !/^\s*\n\s*$/.test(n.data));
      if (first && meaningful) {
        const nodes: Array<Text | Element> = [];
        collectPieces(run, nodes);
        blocks.push({ startPoint: pointBefore(first), nodes });
      }
      run = [];
    };
    for (const child of container.childNodes) {
      if (isBlockElement(child)) {
        flush();
        if (Array.from(child.childNodes).some(isBlockElement)) walk(child);
        else {
          const nodes: Array<Text | Element> = [];
          if (child.getAttribute('contenteditable') !== 'false') collectPieces(child.childNodes, nodes);
          blocks.push({ startPoint: { node: child, offset: 0 }, nodes });
        }
      } else {
        run.push(child);
      }
    }
    flush();
  };
  walk(root);
  for (const b of blocks) {
    const last = b.nodes[b.nodes.length - 1];
    if (last && isElement(last)) b.nodes.pop();
  }
  return blocks;
}

function buildModel(root: HTMLElement, kind: EditorKind): TextModel {
  let raw = kind === 'draft' ? draftBlocks(root) : genericBlocks(root);
  if (raw.length === 0 && kind === 'draft') raw = genericBlocks(root);
  const blocks: Block[] = [];
  let pos = 0;
  let text = '';
  raw.forEach((rb, i) => {
    if (i > 0) {
      text += '\n';
      pos += 1;
    }
    const start = pos;
    const pieces: Piece[] = [];
    for (const n of rb.nodes) {
      if (isText(n)) {
        pieces.push({ kind: 'text', node: n, start: pos, length: n.data.length });
        text += n.data;
        pos += n.data.length;
      } else {
        pieces.push({ kind: 'br', node: n, start: pos, length: 1 });
        text += '\n';
        pos += 1;
      }
    }
    blocks.push({ startPoint: rb.startPoint, pieces, start, end: pos });
  });
  return { text, blocks };
}

function pieceEndPoint(p: Piece): DomPoint {
  if (p.kind === 'text') return { node: p.node, offset: p.length };
  const before = pointBefore(p.node);
  return { node: before.node, offset: before.offset + 1 };
}

/** The DOM point for a plain-text offset (clamped to the text). */
function pointAt(model: TextModel, offset: number): DomPoint | null {
  const o = Math.max(0, Math.min(offset, model.text.length));
  const block = model.blocks.find((b) => o >= b.start && o <= b.end);
  if (!block) return null;
  for (const p of block.pieces) {
    if (p.kind === 'text' && o >= p.start && o <= p.start + p.length) return { node: p.node, offset: o - p.start };
  }
  for (const p of block.pieces) {
    if (p.kind === 'br' && o === p.start + 1) return pieceEndPoint(p);
    if (p.kind === 'br' && o === p.start) return pointBefore(p.node);
  }
  return block.startPoint;
}

/** The plain-text offset of a DOM point inside the editor (null when it is outside). */
function offsetOf(model: TextModel, root: HTMLElement, node: Node, offset: number): number | null {
  if (node !== root && !root.contains(node)) return null;
  for (const b of model.blocks) {
    for (const p of b.pieces) if (p.kind === 'text' && p.node === node) return p.start + Math.min(offset, p.length);
  }
  const at = document.createRange();
  at.setStart(node, offset);
  // The answer is the end of the last piece (or start of the last block) at or before the point.
  let best = 0;
  for (const b of model.blocks) {
    if (at.comparePoint(b.startPoint.node, b.startPoint.offset) <= 0) best = b.start;
    for (const p of b.pieces) {
      const end = pieceEndPoint(p);
      if (at.comparePoint(end.node, end.offset) <= 0) best = p.start + p.length;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Public reading API

function isTextField(el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

/** The current draft as plain text (blocks joined with "\n"); offsets match replaceRange/rangeRects. */
export function readText(el: HTMLElement, kind: EditorKind): string {
  if (kind === 'textarea' || isTextField(el)) return isTextField(el) ? el.value : '';
  return buildModel(el, kind).text;
}

/** Client rects of the text range [start, end), for highlights drawn over the editor. */
export function rangeRects(el: HTMLElement, kind: EditorKind, start: number, end: number): DOMRect[] {
  if (isTextField(el)) return textFieldRects(el, start, end);
  const model = buildModel(el, kind);
  const rects: DOMRect[] = [];
  for (const b of model.blocks) {
    for (const p of b.pieces) {
      if (p.kind !== 'text') continue;
      const from = Math.max(start, p.start) - p.start;
      const to = Math.min(end, p.start + p.length) - p.start;
      if (from >= to) continue;
      const r = document.createRange();
      r.setStart(p.node, from);
      r.setEnd(p.node, to);
      for (const rect of r.getClientRects()) if (rect.width > 0 || rect.height > 0) rects.push(rect);
    }
  }
  return rects;
}

const MIRRORED_STYLES = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontStyle', 'fontWeight', 'fontVariant', 'fontStretch', 'fontKerning',
  'fontFeatureSettings', 'letterSpacing', 'lineHeight', 'textTransform', 'textIndent', 'textAlign', 'wordSpacing',
  'tabSize', 'direction', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
] as const;

/**
 * A textarea has no DOM for its text: lay the same text out in an invisible twin ("mirror div")
 * placed exactly over it, measure the span holding the range, then remove the twin.
 */
function textFieldRects(el: HTMLTextAreaElement | HTMLInputElement, start: number, end: number): DOMRect[] {
  const value = el.value;
  const from = Math.max(0, Math.min(start, value.length));
  const to = Math.max(from, Math.min(end, value.length));
  if (from === to) return [];
  const cs = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const mirror = document.createElement('div');
  // Marked so the content script's page watcher does not rescan for our own measuring node.
  mirror.dataset.pranataMirror = '';
  const s = mirror.style;
  for (const prop of MIRRORED_STYLES) s[prop] = cs[prop];
  const borderLeft = parseFloat(cs.borderLeftWidth) || 0;
  const borderTop = parseFloat(cs.borderTopWidth) || 0;
  const padX = (parseFloat(cs.paddingLeft) || 0) + (parseFloat(cs.paddingRight) || 0);
  s.position = 'fixed';
  s.left = `${box.left + borderLeft}px`;
  s.top = `${box.top + borderTop}px`;
  s.boxSizing = 'content-box';
  s.width = `${Math.max(0, el.clientWidth - padX)}px`;
  s.border = '0';
  s.margin = '0';
  s.visibility = 'hidden';
  s.pointerEvents = 'none';
  s.overflow = 'hidden';
  s.whiteSpace = el.tagName === 'INPUT' ? 'pre' : 'pre-wrap';
  s.overflowWrap = 'break-word';
  mirror.setAttribute('aria-hidden', 'true');
  const span = document.createElement('span');
  span.textContent = value.slice(from, to);
  mirror.append(document.createTextNode(value.slice(0, from)), span, document.createTextNode(value.slice(to)));
  document.documentElement.append(mirror);
  try {
    const rects: DOMRect[] = [];
    for (const r of span.getClientRects()) {
      if (r.width === 0 && r.height === 0) continue;
      rects.push(new DOMRect(r.x - el.scrollLeft, r.y - el.scrollTop, r.width, r.height));
    }
    return rects;
  } finally {
    mirror.remove();
  }
}

// ---------------------------------------------------------------------------------------------
// Selection

interface Span {
  start: number;
  end: number;
}

/** The editor's selection as offsets, or null when the document selection is not inside it. */
function currentSpan(el: HTMLElement, kind: EditorKind): Span | null {
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
async function settle(): Promise<void> {
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
async function select(el: HTMLElement, kind: EditorKind, span: Span): Promise<void> {
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

// ---------------------------------------------------------------------------------------------
// Ways in, and ways back out

type Way = 'exec' | 'paste' | 'setter' | 'delete-exec' | 'delete-key';

function execInsert(el: HTMLElement, text: string): void {
  el.ownerDocument.execCommand('insertText', false, text);
}

function pasteEvent(el: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

function nativeValueSetter(el: HTMLTextAreaElement | HTMLInputElement): ((v: string) => void) | undefined {
  const proto = el.tagName === 'INPUT' ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  return Object.getOwnPropertyDescriptor(proto, 'value')?.set;
}

/** Sets the value past React's value tracker, so React sees a change and runs onChange. */
function setFieldValue(el: HTMLTextAreaElement | HTMLInputElement, value: string, caret: number): void {
  const set = nativeValueSetter(el);
  if (set) set.call(el, value);
  else el.value = value;
  el.setSelectionRange(caret, caret);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
}

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** A keyboard shortcut as the editor's own keydown handler sees it (Draft reads keyCode, Lexical key). */
function pressKey(el: HTMLElement, key: string, keyCode: number, withCommand: boolean, shiftKey = false): void {
  el.dispatchEvent(
    new KeyboardEvent('keydown', {
      key,
      code: key.length === 1 ? `Key${key.toUpperCase()}` : key,
      keyCode,
      which: keyCode,
      ctrlKey: withCommand && !IS_MAC,
      metaKey: withCommand && IS_MAC,
      shiftKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    }),
  );
}

function perform(el: HTMLElement, way: Way, text: string, span: Span, before: string): void {
  switch (way) {
    case 'exec':
      execInsert(el, text);
      return;
    case 'paste':
      pasteEvent(el, text);
      return;
    case 'setter':
      if (isTextField(el)) setFieldValue(el, before.slice(0, span.start) + text + before.slice(span.end), span.start + text.length);
      return;
    case 'delete-exec':
      el.ownerDocument.execCommand('delete', false);
      return;
    case 'delete-key':
      pressKey(el, 'Backspace', 8, false);
      return;
  }
}

/** Undoes (or redoes) one step through the editor's own history. */
function stepHistory(el: HTMLElement, kind: EditorKind, way: Way, before: string, step: 'undo' | 'redo'): void {
  if (way === 'setter' && isTextField(el)) {
    if (step === 'undo') setFieldValue(el, before, before.length);
  } else if (!isTextField(el) && (kind === 'draft' || kind === 'lexical')) {
    // Draft's keyBindingFn and Lexical's keydown handler map Ctrl/Cmd+Z (Shift: redo) to their own history.
    pressKey(el, step === 'undo' ? 'z' : 'Z', 90, true, step === 'redo');
  } else {
    el.ownerDocument.execCommand(step, false);
  }
}

function waysFor(kind: EditorKind, el: HTMLElement, text: string, span: Span): Way[] {
  const deleting = text === '';
  if (isTextField(el)) return deleting ? ['delete-exec', 'setter'] : ['exec', 'setter'];
  switch (kind) {
    case 'draft':
      return deleting ? ['delete-key'] : ['paste'];
    case 'lexical':
      // Lexical's paste and Backspace handlers go through its model. execCommand fires no
      // beforeinput: Lexical only reconciles simple text edits from the DOM, and a structural
      // one (a new line, a selection across lines) leaves its state out of step with the DOM.
      if (deleting) return ['delete-key'];
      return span.start === span.end && !text.includes('\n') ? ['paste', 'exec'] : ['paste'];
    default:
      return deleting ? ['delete-exec'] : ['exec', 'paste'];
  }
}

function normalise(s: string): string {
  return s.replace(/\u00a0/g, ' ').replace(/\r\n?/g, '\n');
}

function isEditable(el: HTMLElement): boolean {
  if (!el.isConnected) return false;
  if (isTextField(el)) return !el.disabled && !el.readOnly;
  return el.isContentEditable;
}

async function withTimeout<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Puts the text on the clipboard for the admin to paste; gives focus back to the editor after. */
export async function copyToClipboard(text: string, el?: HTMLElement): Promise<boolean> {
  const viaApi = await withTimeout(
    navigator.clipboard?.writeText(text).then(
      () => true,
      () => false,
    ) ?? Promise.resolve(false),
    1000,
    false,
  );
  if (viaApi) return true;
  const doc = el?.ownerDocument ?? document;
  const ta = doc.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.setAttribute('aria-hidden', 'true');
  Object.assign(ta.style, { position: 'fixed', top: '0', left: '-9999px', opacity: '0' });
  doc.documentElement.append(ta);
  let ok = false;
  try {
    ta.select();
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    ta.remove();
    el?.focus({ preventScroll: true });
  }
  return ok;
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
