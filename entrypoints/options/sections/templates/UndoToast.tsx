import { useEffect, useRef } from 'react';
import { useFocusOnShow } from '@/components/use-focus-on-show';
import { useT } from '@/lib/i18n/react';

/** How long the undo offer stays when it does not have the focus. */
export const UNDO_MS = 12_000;

interface Props {
  text: string;
  onUndo(): void;
  /** byKeyboard: the admin pressed Esc on it (the focus then needs a new place). */
  onDismiss(byKeyboard: boolean): void;
}

/**
 * "Template deleted. [Undo]". The Undo button takes the focus (the deleted row's buttons are gone),
 * and the offer stays while it has it; otherwise it goes after UNDO_MS.
 */
export function UndoToast({ text, onUndo, onDismiss }: Props) {
  const tr = useT();
  const buttonRef = useRef<HTMLButtonElement>(null);
  useFocusOnShow(buttonRef, true, text);
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.activeElement !== buttonRef.current) onDismiss(false);
    }, UNDO_MS);
    return () => clearInterval(timer);
  }, [onDismiss, text]);
  return (
    <div className="undo-toast" role="status" data-testid="template-undo-toast">
      <span>{text}</span>
      <button ref={buttonRef} type="button" data-testid="template-undo" onClick={onUndo} onKeyDown={(e) => e.key === 'Escape' && onDismiss(true)}>
        {tr('templates.undo')}
      </button>
    </div>
  );
}
