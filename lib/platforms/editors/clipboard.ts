/** The fallback when the editor does not take the text: the clipboard, for the admin to paste. */

async function withTimeout<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Puts the text on the clipboard for the admin to paste; gives focus back to the editor after. */
export async function copyToClipboard(text: string, el?: HTMLElement): Promise<boolean> {
  const viaApi = await withTimeout(
    navigator.clipboard?.writeText(text).then(
      () => true,
      () => false,
    ) ?? Promise.resolve(false),
    1000,
    false,
  );
  if (viaApi) return true;
  const doc = el?.ownerDocument ?? document;
  const ta = doc.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.setAttribute('aria-hidden', 'true');
  Object.assign(ta.style, { position: 'fixed', top: '0', left: '-9999px', opacity: '0' });
  doc.documentElement.append(ta);
  let ok = false;
  try {
    ta.select();
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    ta.remove();
    el?.focus({ preventScroll: true });
  }
  return ok;
}
