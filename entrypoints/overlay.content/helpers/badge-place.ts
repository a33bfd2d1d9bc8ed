/**
 * Where a post's engagement badge is drawn, in viewport coordinates: in Pranata's own layer,
 * never inside the site's markup (a badge appended to the post became a third column of
 * Instagram's post-page flex row and shrank the photo). Pure, so it is tested without a browser.
 *
 * The badge goes just after the post's permalink (its time: "· 13 Des 2024" on X, "2 j" on
 * Instagram and Facebook), on that line's empty rest, and leaves the post's right-hand corner
 * free for the site's own "more" button. When that line is full (X's header: name, handle and
 * date fill it), it sits on the post's bottom edge at the right, over the divider between two
 * posts, where no site content is drawn. It is cut short (ellipsis) rather than wrapped over
 * the post, and left out when neither place is on screen.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface BadgeSpot {
  left: number;
  /** 'right': the badge's right edge is at `left` + maxWidth (it grows leftwards). */
  align: 'left' | 'right';
  /** The badge's vertical centre: level with the permalink's text. */
  centreY: number;
  maxWidth: number;
}

export const BADGE_GAP = 8;
/** The post's top-right corner where the sites put their "more" (…) button. */
export const CORNER_RESERVE = 44;
export const BADGE_MIN_WIDTH = 72;
export const BADGE_HEIGHT = 20;

export function badgeSpot(anchor: Box | null, post: Box, viewport: { width: number; height: number }): BadgeSpot | null {
  const fits = (y: number) => y - BADGE_HEIGHT / 2 >= 0 && y + BADGE_HEIGHT / 2 <= viewport.height;
  if (anchor && anchor.right > anchor.left && anchor.bottom > anchor.top) {
    const centreY = (anchor.top + anchor.bottom) / 2;
    const left = anchor.right + BADGE_GAP;
    const right = Math.min(post.right - CORNER_RESERVE, viewport.width - BADGE_GAP);
    const maxWidth = Math.floor(right - left);
    if (maxWidth >= BADGE_MIN_WIDTH) return fits(centreY) ? { left, align: 'left', centreY, maxWidth } : null;
  }
  if (post.right <= post.left || post.bottom <= post.top) return null; // hidden or collapsed
  const right = Math.min(post.right - BADGE_GAP, viewport.width - BADGE_GAP);
  const left = Math.max(post.left + BADGE_GAP, BADGE_GAP);
  const maxWidth = Math.floor(right - left);
  if (maxWidth < BADGE_MIN_WIDTH || !fits(post.bottom)) return null;
  return { left, align: 'right', centreY: post.bottom, maxWidth };
}
