import { useCallback, useEffect, useRef, useState } from 'react';
import {
  $getRoot,
  $isTextNode,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_HIGH,
  CLEAR_EDITOR_COMMAND,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_ENTER_COMMAND,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  TextNode,
  mergeRegister,
  type LexicalEditor,
} from 'lexical';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ClearEditorPlugin } from '@lexical/react/LexicalClearEditorPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { recordSent, useRegisterEditor } from '../shared/hooks';
import { IconSend } from '../shared/icons';

/**
 * - normal: Facebook's comment box.
 * - reject: the editor swallows every insertion command (its state never changes).
 * - strip-emoji: a node transform drops emoji from whatever goes in (a partial change to undo).
 * - read-only: editable = false (contenteditable="false").
 */
export type LexicalMode = 'normal' | 'reject' | 'strip-emoji' | 'read-only';

interface Props {
  ariaLabel: string;
  placeholder: string;
  sendLabel: string;
  /** Buttons drawn before the send control in the box's bar (the real bar has emoji, photo, GIF, sticker). */
  extraLabel?: string | undefined;
  mode?: LexicalMode;
  autoFocus?: boolean;
}

const EMOJI = /\p{Extended_Pictographic}\uFE0F?|\p{Emoji_Modifier}/gu;

function readPlainText(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => $getRoot().getTextContent());
}

/** Registers the editor for the test hooks, wires Enter-to-send and the lab behaviours. */
function BehaviourPlugin({ mode, onSend, onEmptyChange }: { mode: LexicalMode; onSend: () => void; onEmptyChange: (empty: boolean) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const unregister = [
      editor.registerUpdateListener(({ editorState }) => {
        onEmptyChange(editorState.read(() => $getRoot().getTextContent().trim() === ''));
      }),
      // Enter sends the comment (Shift+Enter is a line break), as on facebook.com.
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          if (event?.shiftKey) return false;
          event?.preventDefault();
          onSend();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    ];
    if (mode === 'reject') {
      const swallow = () => true;
      unregister.push(
        editor.registerCommand(CONTROLLED_TEXT_INSERTION_COMMAND, swallow, COMMAND_PRIORITY_CRITICAL),
        editor.registerCommand(PASTE_COMMAND, swallow, COMMAND_PRIORITY_CRITICAL),
        editor.registerCommand(INSERT_LINE_BREAK_COMMAND, swallow, COMMAND_PRIORITY_CRITICAL),
        editor.registerCommand(INSERT_PARAGRAPH_COMMAND, swallow, COMMAND_PRIORITY_CRITICAL),
        editor.registerCommand(REMOVE_TEXT_COMMAND, swallow, COMMAND_PRIORITY_CRITICAL),
        editor.registerCommand(DELETE_CHARACTER_COMMAND, swallow, COMMAND_PRIORITY_CRITICAL),
      );
    }
    if (mode === 'strip-emoji') {
      unregister.push(
        editor.registerNodeTransform(TextNode, (node) => {
          if (!$isTextNode(node)) return;
          const text = node.getTextContent();
          const stripped = text.replace(EMOJI, '');
          if (stripped !== text) node.setTextContent(stripped);
        }),
      );
    }
    return mergeRegister(...unregister);
  }, [editor, mode, onSend, onEmptyChange]);
  return null;
}

function EditorBody({ ariaLabel, placeholder, sendLabel, extraLabel, mode = 'normal', autoFocus }: Props) {
  const [editor] = useLexicalComposerContext();
  const container = useRef<HTMLDivElement>(null);
  const [empty, setEmpty] = useState(true);
  useRegisterEditor('lexical', container, '[data-lexical-editor="true"]', () => readPlainText(editor));

  const onSend = useCallback(() => {
    const text = readPlainText(editor);
    if (text.trim() === '') return;
    recordSent('facebook', text);
    editor.dispatchCommand(CLEAR_EDITOR_COMMAND, undefined);
  }, [editor]);

  useEffect(() => {
    if (autoFocus) editor.focus();
  }, [autoFocus, editor]);

  return (
    <div className="fb-box" ref={container}>
      <div className="fb-box-input">
        <PlainTextPlugin
          contentEditable={
            <ContentEditable
              className="fb-editable"
              aria-label={ariaLabel}
              aria-placeholder={placeholder}
              placeholder={<div className="fb-placeholder">{placeholder}</div>}
              spellCheck
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ClearEditorPlugin />
        <BehaviourPlugin mode={mode} onSend={onSend} onEmptyChange={setEmpty} />
      </div>
      {extraLabel ? (
        <div role="button" tabIndex={0} aria-label={extraLabel} className="fb-emoji">
          ☺
        </div>
      ) : null}
      <div
        role="button"
        tabIndex={empty ? -1 : 0}
        aria-label={sendLabel}
        aria-disabled={empty}
        className="fb-send"
        onClick={() => onSend()}
      >
        <IconSend />
      </div>
    </div>
  );
}

/** A Facebook comment/reply box: the real Lexical editor (plain text, history). */
export function LexicalBox(props: Props) {
  const initialConfig = {
    namespace: 'fb-comment',
    editable: props.mode !== 'read-only',
    theme: { paragraph: 'fb-p' },
    onError(error: Error) {
      throw error;
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <EditorBody {...props} />
    </LexicalComposer>
  );
}
