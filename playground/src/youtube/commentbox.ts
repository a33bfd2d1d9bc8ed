import { recordSent, registerEditor } from '../shared/hooks';
import type { Lang } from '../shared/lang';
import { el, ytButton } from './el';
import { W } from './words';

export interface CommentBox {
  /** ytd-commentbox */
  host: HTMLElement;
  editor: HTMLElement;
  remove(): void;
}

/**
 * YouTube's comment box: ytd-commentbox > … > yt-formatted-string#contenteditable-textarea >
 * div#contenteditable-root[contenteditable] (youtube-watch-commentbox-outerhtml-vi.txt; the 2025
 * reply path of youtube-watch-reply-dialog.txt), footer #buttons with #cancel-button and
 * #submit-button. Its state is the text it read on its own input events: a DOM write alone leaves
 * the submit button disabled, as scripts found on YouTube (youtube-watch-insertion-evidence.txt).
 * Ctrl/Cmd+Enter sends; Enter is a new line (youtube-watch-ctrl-enter.txt).
 */
export function commentBox(lang: Lang, kind: 'top' | 'reply', onClose: () => void): CommentBox {
  let text = '';
  const editor = el('div', { id: 'contenteditable-root', contenteditable: 'true', dir: 'auto', class: 'yt-formatted-string', 'aria-label': (kind === 'top' ? W.publicComment : W.addReply)[lang] });
  const submit = ytButton('submit-button', (kind === 'top' ? W.comment : W.reply)[lang], (kind === 'top' ? W.comment : W.reply)[lang], { disabled: true, 'aria-disabled': 'true' });
  const cancel = ytButton('cancel-button', W.cancel[lang], W.cancel[lang]);
  const setEnabled = (on: boolean) => {
    submit.button.disabled = !on;
    submit.button.setAttribute('aria-disabled', on ? 'false' : 'true');
  };
  editor.addEventListener('input', () => {
    text = editor.innerText.replace(/\n$/, '');
    setEnabled(text.trim() !== '');
  });
  const send = () => {
    if (text.trim() === '') return;
    recordSent('youtube', text);
    text = '';
    editor.replaceChildren();
    setEnabled(false);
    // The reply dialog closes once the server took the comment: a round trip later, not during
    // the key press (how long YouTube takes is not in the evidence; any delay will do here).
    if (kind === 'reply') setTimeout(onClose, 50);
  };
  submit.button.addEventListener('click', send);
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.defaultPrevented) {
      e.preventDefault();
      send();
    }
  });
  cancel.button.addEventListener('click', () => {
    text = '';
    editor.replaceChildren();
    setEnabled(false);
    onClose();
  });
  const host = el('ytd-commentbox', { id: 'commentbox', class: 'yt-commentbox' },
    el('div', { id: 'thumbnail-input-row' },
      el('div', { id: 'author-thumbnail', class: 'yt-avatar yt-avatar-admin' }),
      el('div', { id: 'main' },
        el('div', { id: 'creation-box' },
          el('tp-yt-paper-input-container', {},
            el('div', { class: 'input-wrapper' },
              el('div', { id: 'labelAndInputContainer' },
                el('ytd-emoji-input', { id: 'emoji' },
                  el('yt-user-mention-autosuggest-input', { slot: 'input' },
                    el('yt-formatted-string', { id: 'contenteditable-textarea', slot: 'input', 'enable-content-editable': 'true', maxlength: '10000', 'plaintext-only': 'true', required: 'true', 'split-lines': true }, editor),
                  ),
                ),
              ),
            ),
          ),
        ),
        el('div', { id: 'footer' }, el('div', { id: 'buttons' }, cancel.host, submit.host)),
      ),
    ),
  );
  const unregister = registerEditor('contenteditable', () => editor, () => text);
  return {
    host,
    editor,
    remove() {
      unregister();
      host.remove();
    },
  };
}
