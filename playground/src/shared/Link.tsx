import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { navigate, withLang } from './router';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; children?: ReactNode };

/** An ordinary <a href> that navigates in-page (pushState) on a plain click. */
export function Link({ to, children, onClick, ...rest }: Props) {
  const href = withLang(to);
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
