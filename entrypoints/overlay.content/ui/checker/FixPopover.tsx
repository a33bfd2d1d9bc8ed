import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { PageKey, PageParams } from '@/lib/i18n/page';
import { FindingList } from './FindingList';
import type { PanelPlacement } from './placement';
import type { FindingRow } from './rows';

export interface FixPopoverProps {
  tr: (key: PageKey, params?: PageParams) => string;
  row: FindingRow;
  placement: PanelPlacement;
  /** Opened from the keyboard (Enter on the underline): the focus moves to the first fix. */
  takeFocus: boolean;
  onFix(row: FindingRow, replacement: string): void;
  onIgnore(row: FindingRow): void;
  onClose(): void;
}

/**
 * One underlined word's fixes, opened in place (a click or Enter on the underline): the same
 * row as in the panel, under the word. Escape closes it.
 */
export function FixPopover({ tr, row, placement, takeFocus, onFix, onIgnore, onClose }: FixPopoverProps) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (takeFocus) (box.current?.querySelector('button') ?? box.current)?.focus({ preventScroll: true });
  }, [takeFocus, row.key]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onClose();
  };
  return (
    <div
      ref={box}
      className="pranata-fixes"
      data-testid="pranata-fixes"
      data-rule-id={row.ruleId}
      data-side={placement.side}
      role="dialog"
      aria-label={tr('checker.fixes.label', { text: row.excerpt })}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      style={{ left: `${placement.left}px`, top: `${placement.top}px`, maxHeight: `${Math.max(64, placement.maxHeight)}px` }}
    >
      <FindingList rows={[row]} tr={tr} onFix={onFix} onIgnore={onIgnore} />
    </div>
  );
}
