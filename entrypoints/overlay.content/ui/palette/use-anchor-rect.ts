import { useEffect, useState } from 'react';
import type { Box } from './position';

function measure(el: HTMLElement): Box | null {
  if (!el.isConnected) return null;
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

function same(a: Box | null, b: Box | null): boolean {
  return a === b || (!!a && !!b && a.left === b.left && a.top === b.top && a.right === b.right && a.bottom === b.bottom);
}

/**
 * The element's rect in viewport coordinates, kept current through scrolling (of the page or any
 * scroll container), window resizes, the element's own size changes and `tick` (the page's DOM
 * changed). Measured at most once per frame.
 */
export function useAnchorRect(el: HTMLElement | null, tick: number): Box | null {
  const [rect, setRect] = useState<Box | null>(() => (el ? measure(el) : null));
  useEffect(() => {
    if (!el) return;
    let frame = 0;
    const update = (): void => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const next = measure(el);
        setRect((prev) => (same(prev, next) ? prev : next));
      });
    };
    update();
    window.addEventListener('scroll', update, { capture: true, passive: true });
    window.addEventListener('resize', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
      observer.disconnect();
    };
  }, [el, tick]);
  return el ? rect : null;
}

export function useViewport(): { width: number; height: number } {
  const read = () => ({ width: document.documentElement.clientWidth || window.innerWidth, height: window.innerHeight });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    window.addEventListener('resize', onResize, { passive: true });
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}
