import type { Composer } from '@/lib/platforms/types';

export interface ReplyBox {
  box: HTMLTextAreaElement;
  button: HTMLButtonElement;
  /** The text inside the send button: where a click lands. */
  label: HTMLElement;
  composer: Composer;
}

/** A reply box like Instagram's, appended to the body: a textarea and a send button holding a label. */
export function replyBox(composer: Pick<Composer, 'target'> & Partial<Pick<Composer, 'kind'>>): ReplyBox {
  const box = document.createElement('textarea');
  const button = document.createElement('button');
  const label = document.createElement('span');
  label.textContent = 'Kirim';
  button.append(label);
  document.body.append(box, button);
  return { box, button, label, composer: { element: box, editor: 'textarea', kind: composer.kind ?? 'comment-reply', target: composer.target, sendButton: button } };
}
