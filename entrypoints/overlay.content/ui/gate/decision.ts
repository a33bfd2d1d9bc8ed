/**
 * The QC gate's decision, apart from the DOM: should this send be held for a confirmation? The
 * gate asks once and never blocks: the send the admin confirms is let through. Which key presses
 * send is lib/platforms/send-keys.ts (one definition for the gate and the send watcher).
 */

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
