import type { ReactNode } from 'react';
import type { PanelPlacement } from './placement';

/**
 * The QC gate with the check panel under it, in one column placed beside the composer: the
 * panel stays in view while the gate asks (it used to disappear), and the gate's buttons stay
 * visible when the room is short (the panel gives up its height first, see checker-css.ts).
 */
export function GateLayer({ placement, children }: { placement: PanelPlacement; children: ReactNode }) {
  return (
    <div
      className="pranata-gate-stack"
      data-testid="pranata-gate-stack"
      data-side={placement.side}
      data-natural="stack"
      style={{ left: `${placement.left}px`, top: `${placement.top}px`, maxHeight: `${Math.max(96, placement.maxHeight)}px` }}
    >
      {children}
    </div>
  );
}
