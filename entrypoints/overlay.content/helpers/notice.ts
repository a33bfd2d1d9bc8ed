import type { FeatureEnv } from '../feature';

/**
 * A short notice in the overlay's corner (plain DOM, text only), for problems the admin must
 * see even when nothing else of Pranata is on screen, e.g. storage full. One per id; shown again
 * replaces the text. Closed by its button.
 */
export async function showNotice(env: FeatureEnv, id: string, text: string, closeLabel: string): Promise<void> {
  const root = await env.overlay.ensure();
  let box = root.querySelector<HTMLElement>(`[data-notice="${id}"]`);
  if (!box) {
    box = document.createElement('div');
    box.dataset.notice = id;
    box.dataset.testid = `pranata-notice-${id}`;
    box.setAttribute('role', 'alert');
    box.style.cssText =
      'position:fixed;left:16px;bottom:16px;max-width:360px;padding:10px 36px 10px 12px;border-radius:8px;' +
      'background:#7f1d1d;color:#fff;box-shadow:0 4px 16px rgba(0,0,0,.3);pointer-events:auto;';
    const text = document.createElement('span');
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', closeLabel);
    close.style.cssText = 'position:absolute;top:4px;right:6px;border:0;background:none;color:inherit;font-size:18px;cursor:pointer;';
    close.addEventListener('click', () => box?.remove());
    box.append(text, close);
    root.append(box);
  }
  const span = box.querySelector('span');
  if (span) span.textContent = text;
}

/** Removes the notice (e.g. once snapshots are written again), if it is shown. */
export async function hideNotice(env: FeatureEnv, id: string): Promise<void> {
  if (!env.overlay.mounted()) return;
  const root = await env.overlay.ensure();
  root.querySelector(`[data-notice="${id}"]`)?.remove();
}
