import type { EditorKind } from '../types';
import { isTextField } from './model';
import type { Span } from './selection';

/**
 * The ways text goes into each editor kind, and back out through the editor's own history
 * (see index.ts for why each kind gets its own ways).
 */

export type Way = 'exec' | 'paste' | 'setter' | 'delete-exec' | 'delete-key';

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

export function perform(el: HTMLElement, way: Way, text: string, span: Span, before: string): void {
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
export function stepHistory(el: HTMLElement, kind: EditorKind, way: Way, before: string, step: 'undo' | 'redo'): void {
  if (way === 'setter' && isTextField(el)) {
    if (step === 'undo') setFieldValue(el, before, before.length);
  } else if (!isTextField(el) && (kind === 'draft' || kind === 'lexical')) {
    // Draft's keyBindingFn and Lexical's keydown handler map Ctrl/Cmd+Z (Shift: redo) to their own history.
    pressKey(el, step === 'undo' ? 'z' : 'Z', 90, true, step === 'redo');
  } else {
    el.ownerDocument.execCommand(step, false);
  }
}

export function waysFor(kind: EditorKind, el: HTMLElement, text: string, span: Span): Way[] {
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
