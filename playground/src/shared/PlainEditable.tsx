import { useEffect, useRef, type FormEvent } from 'react';
import { recordSent, useRegisterEditor, type PlaygroundPlatform } from './hooks';

interface Props {
  label: string;
  placeholder?: string;
  /** reject: the element refuses every edit (beforeinput and paste cancelled). */
  mode?: 'normal' | 'reject';
  testId?: string;
  className?: string;
  /** A send button after the box ("Kirim"/"Post"): records the text, empties the box. */
  send?: { label: string; platform: PlaygroundPlatform };
}

/**
 * A plain contenteditable box with no editor library, as simpler surfaces use
 * (div[role="textbox"]). Its "state" is the text the page itself read on each input event.
 */
export function PlainEditable({ label, placeholder, mode = 'normal', testId, className, send }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const text = useRef('');
  useRegisterEditor('contenteditable', container, '[role="textbox"]', () => text.current);

  const onInput = (e: FormEvent<HTMLDivElement>) => {
    text.current = e.currentTarget.innerText;
  };

  // A locked box: cancels native beforeinput/paste/drop, and like a controlled box puts its own
  // (empty) content back when something got through anyway (execCommand fires no beforeinput).
  useEffect(() => {
    const box = container.current?.querySelector<HTMLElement>('[role="textbox"]');
    if (mode !== 'reject' || !box) return;
    const cancel = (e: Event) => e.preventDefault();
    const restore = () => {
      box.replaceChildren();
      text.current = '';
    };
    const types = ['beforeinput', 'paste', 'drop'] as const;
    for (const type of types) box.addEventListener(type, cancel);
    box.addEventListener('input', restore);
    return () => {
      for (const type of types) box.removeEventListener(type, cancel);
      box.removeEventListener('input', restore);
    };
  }, [mode]);

  const doSend = () => {
    const box = container.current?.querySelector<HTMLElement>('[role="textbox"]');
    if (!send || !box || text.current.trim() === '') return;
    recordSent(send.platform, text.current);
    box.replaceChildren();
    text.current = '';
  };

  return (
    <div ref={container} className={className}>
      <div
        role="textbox"
        contentEditable
        suppressContentEditableWarning
        aria-label={label}
        aria-multiline="true"
        aria-placeholder={placeholder}
        data-testid={testId}
        tabIndex={0}
        className="pg-plain-editable"
        onInput={onInput}
      />
      {send && (
        <div role="button" tabIndex={0} className="pg-send" onClick={doSend}>
          {send.label}
        </div>
      )}
    </div>
  );
}

/** A box that looks like a composer but is not editable (comments turned off, read-only view). */
export function NotEditable({ label, testId }: { label: string; testId?: string }) {
  return (
    <div role="textbox" aria-label={label} aria-readonly="true" aria-disabled="true" data-testid={testId} className="pg-plain-editable pg-disabled">
      —
    </div>
  );
}
