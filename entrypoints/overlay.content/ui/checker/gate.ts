/**
 * The QC gate's decisions, apart from the DOM: is this key press a send, and should this send
 * be held for a confirmation? The gate asks once and never blocks: the send the admin confirms
 * is let through.
 */

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

/** Enter without modifiers sends where the site sends on Enter (Shift+Enter is a new line). */
export function isSubmitKey(e: KeyLike, submitsOnEnter: boolean): boolean {
  if (!submitsOnEnter) return false;
  if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229) return false;
  return !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey;
}

export interface GateInput {
  /** settings.qcGateEnabled */
  gateEnabled: boolean;
  /** settings.checkerEnabled: no check, nothing to gate on. */
  checkerEnabled: boolean;
  /** Error-level findings still shown for the draft (ignored ones are not counted). */
  errors: number;
  /** This event is the admin's confirmed send, re-dispatched by the gate. */
  confirmed: boolean;
  /** A confirmation is already on screen (a second press must not open another). */
  asking: boolean;
}

export type GateDecision =
  /** Let it through; the send was not held (no errors, or the gate is off). */
  | 'pass'
  /** Let it through: the admin confirmed sending despite the errors. */
  | 'pass-overridden'
  /** Hold this send and ask. */
  | 'ask'
  /** Hold this send: the question is already on screen. */
  | 'hold';

export function gateDecision(i: GateInput): GateDecision {
  if (i.confirmed) return 'pass-overridden';
  if (!i.gateEnabled || !i.checkerEnabled || i.errors <= 0) return 'pass';
  return i.asking ? 'hold' : 'ask';
}
