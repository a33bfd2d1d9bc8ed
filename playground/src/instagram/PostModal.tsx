import { type MouseEvent } from 'react';
import { createPortal } from 'react-dom';
import { useCloseOnEscape } from '../shared/hooks';
import { useT } from '../shared/lang';
import { navigate } from '../shared/router';
import type { IgPost } from './data';
import { PostView } from './pages';
import { IgIcon } from './parts';
import { W } from './words';

/** History state of a post opened over the page it was opened from (the URL is the post's, as on instagram.com). */
export interface ModalState {
  igModal: true;
  /** The page shown behind the modal. */
  background: string;
}

export function isModalState(s: unknown): s is ModalState {
  return typeof s === 'object' && s !== null && (s as { igModal?: unknown }).igModal === true;
}

/** A click on a grid tile or "Lihat semua … komentar": the post opens in the modal instead of its page. */
export function openModal(post: IgPost) {
  return (e: MouseEvent<HTMLAnchorElement>): void => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    const state: ModalState = { igModal: true, background: location.pathname };
    const y = window.scrollY;
    navigate(`/${post.kind === 'reel' ? 'reel' : 'p'}/${post.code}/`, state);
    // The page behind stays where it was, as on instagram.com.
    window.scrollTo(0, y);
  };
}

/**
 * Instagram's post modal, opened from the profile grid or the feed: a fixed layer over a dark
 * backdrop, stacked by z-index (like X's #layers), with the post and its comment bar.
 * Evidence: browsertrix reads the pop-up post from a profile page as `//article[@role='presentation']`,
 * closed by a `div[role='button']`, with a "Next" svg button
 * (../shared/fixtures/real/instagram-queries-browsertrix-behaviors.ts). Unverified (no saved page
 * shows it): the `div[role="dialog"][aria-modal="true"]` around it, the close icon's "Tutup"/"Close"
 * label, and that a click on the backdrop closes it.
 */
export function PostModal({ post, onClose }: { post: IgPost; onClose: () => void }) {
  const t = useT();
  useCloseOnEscape(onClose);

  return createPortal(
    <div className="ig-layer">
      <div className="ig-layer-backdrop" data-testid="ig-modal-backdrop" onClick={onClose} />
      <div role="button" tabIndex={0} className="ig-modal-close" onClick={onClose}>
        <IgIcon label={t(W.close)}>
          <path d="M5 5l14 14M19 5L5 19" />
        </IgIcon>
      </div>
      <div role="dialog" aria-modal="true" className="ig-modal">
        <article role="presentation" className="ig-post-page ig-modal-post">
          <PostView post={post} autoFocus />
        </article>
      </div>
    </div>,
    document.body,
  );
}
