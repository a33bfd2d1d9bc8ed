import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { PageKey, PageParams } from '@/lib/i18n/page';
import type { PanelPlacement } from './placement';
import { fixLabel, type FindingRow } from './rows';
import { trusted } from '../trusted';

export interface SendConfirmProps {
  tr: (key: PageKey, params?: PageParams) => string;
  /** The draft's errors now (0: all fixed in the gate, it offers to send). */
  errors: number;
  /** The errors with their rule and fixes, as the checker last listed them (they go as the admin fixes them). */
  rows: readonly FindingRow[];
  placement: PanelPlacement;
  onSend(): void;
  onFix(): void;
  /** One of an error's fixes, made in the editor; resolves once the draft is checked again. */
  onApply(row: FindingRow, replacement: string): Promise<void>;
}

function activeIn(el: HTMLElement | null): Element | null {
  const root = el?.getRootNode();
  return root instanceof ShadowRoot ? root.activeElement : document.activeElement;
}

/**
 * The QC gate's one question: send despite the errors, or fix first. Names each error by its
 * rule and offers that error's fixes right here; once none is left it offers to send. Takes the
 * focus when it opens (an alertdialog), keeps Tab inside, and Escape means "fix first".
 */
export function SendConfirm({ tr, errors, rows, placement, onSend, onFix, onApply }: SendConfirmProps) {
  const box = useRef<HTMLDivElement>(null);
  // Layout effect: the focus moves as the dialog appears, not a frame later (Preact runs
  // plain effects after paint, which a busy page can delay).
  useLayoutEffect(() => {
    const el = box.current;
    el?.focus();
    // The key that opened the dialog (Enter) is still being handled by the page; if its editor
    // takes the focus back, take it once more on the next frame.
    const frame = requestAnimationFrame(() => {
      const active = activeIn(el);
      if (el && el.isConnected && !(active instanceof Node && el.contains(active))) el.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  const apply = (row: FindingRow, replacement: string) => {
    // The editor takes the focus to make the edit; the question keeps it afterwards.
    void onApply(row, replacement).then(() => {
      const el = box.current;
      const active = activeIn(el);
      if (el && el.isConnected && !(active instanceof Node && el.contains(active) && active !== el)) {
        (el.querySelector<HTMLElement>('[data-testid="pranata-gate-fix"]') ?? el.querySelector<HTMLElement>('.pranata-primary') ?? el).focus();
      }
    });
  };
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
    const active = activeIn(box.current);
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
      data-errors={errors}
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
        <h2 id="pranata-confirm-title">{errors > 0 ? tr('checker.gate.title', { count: errors }) : tr('checker.gate.cleared')}</h2>
        {errors > 0 ? (
          <ul className="pranata-gate-errors" aria-label={tr('checker.gate.errors')} data-testid="pranata-gate-errors">
            {rows.map((row) => (
              <li key={row.key} data-testid="pranata-gate-error" data-rule-id={row.ruleId}>
                <span className="pranata-gate-rule" data-testid="pranata-gate-rule">
                  {row.ruleName}
                </span>
                {row.excerpt ? <q className="pranata-excerpt">{row.excerpt}</q> : null}
                {row.replacements.length > 0 ? (
                  <span className="pranata-gate-fixes">
                    {row.replacements.map((r) => (
                      <button
                        key={r}
                        type="button"
                        data-testid="pranata-gate-fix"
                        data-replacement={r}
                        title={r === '' ? tr('checker.fix.removeTitle', { text: row.excerpt }) : tr('checker.fix.title', { text: r })}
                        onClick={(e) => {
                          // The admin's own click only (ui/trusted.ts; inline: a ref is read in the handler).
                          if (e.isTrusted) apply(row, r);
                        }}
                      >
                        {fixLabel(r, tr('checker.fix.remove'))}
                      </button>
                    ))}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        <p id="pranata-confirm-body">{errors > 0 ? tr('checker.gate.body') : null}</p>
      </div>
      <div className="pranata-confirm-actions">
        <button type="button" data-testid="pranata-send-fix" className={errors > 0 ? 'pranata-primary' : undefined} onClick={trusted(onFix)}>
          {tr(errors > 0 ? 'checker.gate.fix' : 'checker.gate.back')}
        </button>
        <button type="button" data-testid="pranata-send-anyway" className={errors > 0 ? undefined : 'pranata-primary'} onClick={trusted(onSend)}>
          {tr(errors > 0 ? 'checker.gate.send' : 'checker.gate.sendNow')}
        </button>
      </div>
    </div>
  );
}
