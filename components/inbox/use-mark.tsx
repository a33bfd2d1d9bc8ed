import { useRef, useState } from 'react';
import { useFocusOnShow } from '../use-focus-on-show';
import { send } from '@/lib/messaging-client';
import { useT } from '@/lib/i18n/react';
import type { CommentRow } from '@/lib/schemas/comment';

/**
 * "Tidak perlu dibalas" and its undo: the row just marked (for the undo line) and a failed
 * write's message. The change goes through the protocol ('comments.mark'); the lists follow by
 * their live queries.
 */
export function useMark() {
  const [marked, setMarked] = useState<CommentRow | null>(null);
  const [error, setError] = useState(false);
  const mark = async (row: CommentRow, notNeeded: boolean): Promise<void> => {
    setError(false);
    try {
      await send('comments.mark', { key: row.key, notNeeded });
      setMarked(notNeeded ? row : null);
    } catch {
      setError(true);
    }
  };
  return { marked, error, mark };
}

/**
 * The undo line after a mark, and the error line. The undo button takes the focus: the row whose
 * button had it is gone, and a keyboard user goes on from here (Enter undoes, Tab goes on).
 */
export function MarkStatus({ marked, error, onUndo }: { marked: CommentRow | null; error: boolean; onUndo(row: CommentRow): void }) {
  const tr = useT();
  const undo = useRef<HTMLButtonElement>(null);
  useFocusOnShow(undo, marked !== null, marked?.key);
  return (
    <>
      {marked ? (
        <p role="status" data-testid="inbox-marked">
          {tr('inbox.marked', { handle: marked.authorHandle })}{' '}
          <button type="button" ref={undo} data-testid="inbox-undo" onClick={() => onUndo(marked)}>
            {tr('inbox.undo')}
          </button>
        </p>
      ) : null}
      {error ? <p role="alert">{tr('inbox.error')}</p> : null}
    </>
  );
}
