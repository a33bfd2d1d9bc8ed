/**
 * A click as the browser makes it from the admin's pointer (isTrusted). Pranata's buttons ignore
 * script clicks (issue 21, ui/trusted.ts), and element.click() in a test is one.
 */
export function adminClick(el: HTMLElement | null | undefined): void {
  if (!el) return;
  const ev = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(ev, 'isTrusted', { value: true });
  el.dispatchEvent(ev);
}
