import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { MessageKey, Params } from '@/lib/i18n';
import type { PanelPlacement } from './placement';
import { trusted } from '../trusted';

export interface SendConfirmProps {
  tr: (key: MessageKey, params?: Params) => string;
  errors: number;
  placement: PanelPlacement;
  onSend(): void;
  onFix(): void;
}

/**
 * The QC gate's one question: send despite the errors, or fix first. Takes the focus when it
 * opens (an alertdialog), keeps Tab inside, and Escape means "fix first".
 */
export function SendConfirm({ tr, errors, placement, onSend, onFix }: SendConfirmProps) {
  const box = useRef<HTMLDivElement>(null);
  // Layout effect: the focus moves as the dialog appears, not a frame later (Preact runs
  // plain effects after paint, which a busy page can delay).
  useLayoutEffect(() => {
    const el = box.current;
    el?.focus();
    // The key that opened the dialog (Enter) is still being handled by the page; if its editor
    // takes the focus back, take it once more on the next frame.
    const frame = requestAnimationFrame(() => {
      const root = el?.getRootNode();
      const active = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
      if (el && el.isConnected && !(active instanceof Node && el.contains(active))) el.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onFix();
      return;
    }
    if (e.key !== 'Tab') return;
    const buttons = Array.from(box.current?.querySelectorAll('button') ?? []);
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    const active = box.current?.getRootNode() instanceof ShadowRoot ? (box.current.getRootNode() as ShadowRoot).activeElement : document.activeElement;
    if (e.shiftKey && (active === first || active === box.current)) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first?.focus();
    }
  };
  return (
    <div
      ref={box}
      className="pranata-confirm"
      data-testid="pranata-send-confirm"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="pranata-confirm-title"
      aria-describedby="pranata-confirm-body"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-side={placement.side}
      style={{ left: `${placement.left}px`, top: `${placement.top}px`, maxHeight: `${Math.max(96, placement.maxHeight)}px` }}
    >
      {/* The one scroll area; the two buttons below it stay visible however small the room. */}
      <div className="pranata-confirm-text">
        <h2 id="pranata-confirm-title">{tr('checker.gate.title', { count: errors })}</h2>
        <p id="pranata-confirm-body">{tr('checker.gate.body')}</p>
      </div>
      <div className="pranata-confirm-actions">
        <button type="button" data-testid="pranata-send-fix" className="pranata-primary" onClick={trusted(onFix)}>
          {tr('checker.gate.fix')}
        </button>
        <button type="button" data-testid="pranata-send-anyway" onClick={trusted(onSend)}>
          {tr('checker.gate.send')}
        </button>
      </div>
    </div>
  );
}
