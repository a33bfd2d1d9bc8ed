import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { navigate } from './router';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; children?: ReactNode };

/**
 * An ordinary <a href> that navigates in-page (pushState) on a plain click. The href stays clean,
 * as on the real sites (selectors like a[href$="/followers"] must match); navigate() keeps ?lang=en.
 */
export function Link({ to, children, onClick, ...rest }: Props) {
  const href = to;
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={href} onClick={handle} {...rest}>
      {children}
    </a>
  );
}
