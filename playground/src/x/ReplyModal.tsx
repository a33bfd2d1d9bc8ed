import { useId } from 'react';
import { useCloseOnEscape } from '../shared/hooks';
import { useT } from '../shared/lang';
import { IconClose } from '../shared/icons';
import { AGENCY, postById, userByHandle } from './data';
import { DraftComposer } from './DraftComposer';
import { Tweet } from './Tweet';
import { W } from './words';

/** X's compose modal (/compose/post): a reply to `replyTo` with the answered post shown, or a new post. */
export function ComposeModal({ replyTo, onClose }: { replyTo: string | null; onClose: () => void }) {
  const t = useT();
  const headerId = useId();
  const parent = replyTo ? postById(replyTo) : undefined;
  const agency = userByHandle(AGENCY);

  useCloseOnEscape(onClose);

  return (
    <div id="layers" className="x-layers">
      <div className="x-modal-backdrop" onClick={onClose} />
      <div role="dialog" aria-modal="true" aria-labelledby={headerId} className="x-modal">
        <div className="x-modal-header">
          <button type="button" role="button" data-testid="app-bar-close" aria-label={t(W.close)} onClick={onClose}>
            <IconClose />
          </button>
          <h2 id={headerId} className="x-visually-hidden">
            {parent ? t(W.reply) : t(W.post)}
          </h2>
        </div>
        {parent && (
          <div className="x-modal-parent">
            <Tweet post={parent} variant="modal-parent" />
            <div className="x-replying">
              {t(W.replyingTo)} <span className="x-link">@{parent.author}</span>
            </div>
          </div>
        )}
        <DraftComposer
          key={replyTo ?? 'new'}
          placeholder={parent ? t(W.postYourReply) : t(W.whatsHappening)}
          ariaLabel={t(W.postText)}
          buttonTestId="tweetButton"
          buttonText={parent ? t(W.reply) : t(W.post)}
          avatarName={agency?.name ?? AGENCY}
          autoFocus
        />
      </div>
    </div>
  );
}
