import type { Feature } from '../../feature';
import { GateController } from './controller';

/**
 * The QC gate (issue 13): a send with errors in the draft is held once for "fix first" or "send
 * anyway". Its own feature: the checker only keeps the draft's check result (env.drafts) and checks
 * at once when the gate asks ('gate.checking'); the question's look is ui/checker/SendConfirm.tsx.
 */
export const qcGate: Feature = {
  id: 'qc-gate',
  init(env) {
    new GateController(env).start();
  },
};
