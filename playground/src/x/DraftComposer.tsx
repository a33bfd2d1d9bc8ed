import { useEffect, useRef, useState } from 'react';
import { ContentState, Editor, EditorState, Modifier, type DraftHandleValue } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { recordSent, useRegisterEditor } from '../shared/hooks';
import { Avatar } from '../shared/Avatar';

/**
 * - normal: X's composer.
 * - reject: the editor's state refuses every change (a locked composer) — for the mismatch path.
 * - strip-emoji: the editor accepts pastes but drops emoji — a partial change that must be undone.
 * - strip-emoji-merging: the same, recorded as typing, so Draft's undo step also holds the
 *   characters typed just before (undo would take more than the insertion).
 */
export type DraftMode = 'normal' | 'reject' | 'strip-emoji' | 'strip-emoji-merging';

interface Props {
  placeholder: string;
  ariaLabel: string;
  buttonTestId: 'tweetButtonInline' | 'tweetButton';
  buttonText: string;
  avatarName: string;
  mode?: DraftMode;
  autoFocus?: boolean;
}

const EMOJI = /\p{Extended_Pictographic}\uFE0F?|\p{Emoji_Modifier}/gu;

/** X's composer: the real draft-js Editor with X's attributes on its contenteditable. */
export function DraftComposer({ placeholder, ariaLabel, buttonTestId, buttonText, avatarName, mode = 'normal', autoFocus }: Props) {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty());
  const latest = useRef(editorState);
  const container = useRef<HTMLDivElement>(null);
  const editor = useRef<Editor>(null);

  const onChange = (next: EditorState) => {
    latest.current = next;
    setEditorState(next);
  };

  useRegisterEditor('draft', container, '[contenteditable]', () => latest.current.getCurrentContent().getPlainText());

  useEffect(() => {
    if (autoFocus) editor.current?.focus();
  }, [autoFocus]);

  const text = editorState.getCurrentContent().getPlainText();
  const empty = text.trim() === '';

  const send = () => {
    if (empty) return;
    recordSent('x', latest.current.getCurrentContent().getPlainText());
    onChange(EditorState.push(latest.current, ContentState.createFromText(''), 'remove-range'));
  };

  const handled = (): DraftHandleValue => 'handled';
  // Enter is a new line on x.com; Ctrl/Cmd+Enter posts (the site's own shortcut).
  const postOnModEnter = (e: { ctrlKey: boolean; metaKey: boolean }): DraftHandleValue => {
    if (!e.ctrlKey && !e.metaKey) return 'not-handled';
    if (empty) return 'handled';
    recordSent('x', latest.current.getCurrentContent().getPlainText());
    // The caret stays in the emptied box (a click on the button takes it away instead).
    onChange(EditorState.moveFocusToEnd(EditorState.push(latest.current, ContentState.createFromText(''), 'remove-range')));
    return 'handled';
  };
  const stripEmojiPaste = (pasted: string, _html: string | undefined, state: EditorState): DraftHandleValue => {
    const content = Modifier.replaceText(state.getCurrentContent(), state.getSelection(), pasted.replace(EMOJI, ''));
    onChange(EditorState.push(state, content, mode === 'strip-emoji-merging' ? 'insert-characters' : 'insert-fragment'));
    return 'handled';
  };

  return (
    <div className="x-composer">
      <Avatar name={avatarName} />
      <div className="x-composer-main">
        <div data-testid="tweetTextarea_0RichTextInputContainer" ref={container} className="x-composer-input">
          <Editor
            ref={editor}
            editorState={editorState}
            onChange={onChange}
            placeholder={placeholder}
            ariaLabel={ariaLabel}
            ariaMultiline
            role="textbox"
            webDriverTestID="tweetTextarea_0"
            spellCheck
            stripPastedStyles
            handleBeforeInput={mode === 'reject' ? handled : undefined}
            handlePastedText={mode === 'reject' ? handled : mode === 'normal' ? undefined : stripEmojiPaste}
            handleKeyCommand={mode === 'reject' ? handled : undefined}
            handleReturn={mode === 'reject' ? handled : postOnModEnter}
          />
        </div>
        <div className="x-composer-bar" data-testid="toolBar">
          <span className="x-counter" aria-hidden="true">
            {text.length > 0 ? 280 - Array.from(text).length : ''}
          </span>
          <button
            type="button"
            role="button"
            data-testid={buttonTestId}
            className="x-button-primary"
            disabled={empty}
            aria-disabled={empty}
            onClick={send}
          >
            <span>{buttonText}</span>
          </button>
        </div>
      </div>
    </div>
  );
}
