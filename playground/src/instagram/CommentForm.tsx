import { useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent, type RefObject } from 'react';
import { recordSent, useRegisterEditor } from '../shared/hooks';
import { useMarkup } from '../shared/markup';

/**
 * - normal: Instagram's comment box.
 * - reject: onChange ignores edits, so React puts the old value back (the state never changes).
 * - max-length: maxLength=20, the browser cuts longer insertions (a partial change to undo).
 * - disabled: comments turned off.
 */
export type TextareaMode = 'normal' | 'reject' | 'max-length' | 'disabled';

interface Props {
  label: string;
  sendLabel: string;
  mode?: TextareaMode;
  /** Controlled from the page (the post page fills in "@handle " on "Balas"). */
  value?: string;
  onValueChange?: (v: string) => void;
  inputRef?: RefObject<HTMLTextAreaElement | null>;
}

/** Instagram's comment form: a React-controlled <textarea> and a "Kirim"/"Post" button. */
export function CommentForm({ label, sendLabel, mode = 'normal', value: controlled, onValueChange, inputRef }: Props) {
  const [own, setOwn] = useState('');
  const value = controlled ?? own;
  const setValue = onValueChange ?? setOwn;
  const latest = useRef(value);
  const container = useRef<HTMLFormElement & HTMLDivElement>(null);
  const real = useMarkup() === 'real';

  useEffect(() => {
    latest.current = value;
  }, [value]);
  useRegisterEditor('textarea', container, 'textarea', () => latest.current);

  const onChange = (e: ChangeEvent<HTMLTextAreaElement>) => {
    if (mode === 'reject') return;
    latest.current = e.target.value;
    setValue(e.target.value);
  };
  const send = () => {
    if (latest.current.trim() === '') return;
    recordSent('instagram', latest.current);
    latest.current = '';
    setValue('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter posts the comment (Shift+Enter is a new line), as on instagram.com.
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      send();
    }
  };
  const empty = value.trim() === '';

  const field = (
    <>
      <textarea
        ref={inputRef}
        aria-label={label}
        placeholder={label}
        autoComplete="off"
        autoCorrect="off"
        className="ig-textarea"
        rows={1}
        value={value}
        onChange={onChange}
        onKeyDown={onKeyDown}
        maxLength={mode === 'max-length' ? 20 : undefined}
        disabled={mode === 'disabled'}
      />
      <div role="button" tabIndex={0} aria-disabled={empty} className="ig-post-button" onClick={send}>
        {sendLabel}
      </div>
    </>
  );
  // Real pages: whether the bar is a <form> was NOT FOUND; it is drawn without one (the adapter must
  // find "Kirim" / "Post" anyway). ?markup=old keeps the <form>.
  if (real) {
    return (
      <div ref={container} className="ig-comment-form">
        {field}
      </div>
    );
  }
  return (
    <form
      method="POST"
      ref={container}
      className="ig-comment-form"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      {field}
    </form>
  );
}
