import type { SendKeys } from './meta';

/** The parts of a keydown that decide whether it sends. */
export interface KeyLike {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  isComposing: boolean;
  /** 229: a key handled by an input method (IME) in Chrome. */
  keyCode?: number;
}

/**
 * The one definition of "this key press in a reply box sends", per platform (PLATFORMS[id].sendKeys):
 * the QC gate holds exactly these, and the send watcher watches exactly these, so a send the gate
 * did not see cannot be logged as sent. Shift+Enter and Alt+Enter are new lines; Enter while an IME
 * is composing (isComposing, keyCode 229) picks a word.
 */
export function isSendKey(e: KeyLike, keys: SendKeys): boolean {
  if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229 || e.shiftKey || e.altKey) return false;
  return e.ctrlKey || e.metaKey ? keys.modEnter : keys.enter;
}
