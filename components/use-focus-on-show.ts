import { useLayoutEffect, type RefObject } from 'react';

/**
 * Gives `ref` the focus when `when` holds, again each time `key` changes while it holds (the
 * page's palette: without scrolling the site, the caret after what is already typed).
 * In a layout effect: under Preact a plain effect runs after paint, so the element showed a
 * frame before it had the focus; a test (or a person typing at once) could press into the old
 * focus (the template editor's title, 0fe6199; the setup wizard's headings, 65cd6cc).
 */
export function useFocusOnShow(
  ref: RefObject<HTMLElement | null>,
  when: boolean,
  key?: unknown,
  opts: { preventScroll?: boolean; caretAtEnd?: boolean } = {},
): void {
  const { preventScroll = false, caretAtEnd = false } = opts;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!when || !el) return;
    el.focus({ preventScroll });
    if (caretAtEnd && el instanceof HTMLInputElement) el.setSelectionRange(el.value.length, el.value.length);
  }, [ref, when, key, preventScroll, caretAtEnd]);
}
