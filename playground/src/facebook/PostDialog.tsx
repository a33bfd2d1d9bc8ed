import { useId } from 'react';
import { createPortal } from 'react-dom';
import { useCloseOnEscape } from '../shared/hooks';
import { useT } from '../shared/lang';
import { IconClose } from '../shared/icons';
import type { FbPost } from './data';
import { Post } from './Post';
import { W, postOfLabel } from './words';

/**
 * Facebook's post dialog: opening a post from the feed (its comment count) shows it, with its own
 * comment box, in a `div[role="dialog"]` over a backdrop. Evidence: browsertrix takes a post page's
 * root as `//div[@role='dialog']` (../shared/fixtures/real/facebook-queries-browsertrix-behaviors.ts);
 * the comment button "opens dialog" (facebook-misc-en-selectors-multi.txt, id 51835868820); the box
 * in it reads "Komentari sebagai …" (facebook-id-live-dom-2026-08-06-idx70642284509.js); the close
 * button is "Tutup" (EVIDENCE.md, other Indonesian strings). Unverified (no saved page shows it):
 * `aria-modal`, the backdrop's colour and that it closes on a click, the header's words
 * ("Postingan …"), and that the comment box stays at the dialog's foot. Like X's `#layers`: fixed,
 * stacked by z-index, drawn into <body> after the app (a portal), not a native <dialog>.
 */
export function PostDialog({ post, onClose }: { post: FbPost; onClose: () => void }) {
  const t = useT();
  const headerId = useId();
  useCloseOnEscape(onClose);

  return createPortal(
    <div className="fb-layer">
      <div className="fb-layer-backdrop" data-testid="fb-dialog-backdrop" onClick={onClose} />
      <div role="dialog" aria-labelledby={headerId} className="fb-dialog">
        <div className="fb-dialog-head">
          <h2 id={headerId}>
            <span>{t(postOfLabel(post.author.name))}</span>
          </h2>
          <div role="button" tabIndex={0} aria-label={t(W.close)} className="fb-dialog-close" onClick={onClose}>
            <IconClose />
          </div>
        </div>
        <div className="fb-dialog-body">
          <Post post={post} inDialog />
        </div>
      </div>
    </div>,
    document.body,
  );
}
