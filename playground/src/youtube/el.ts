/** A tiny DOM builder: YouTube's page is Polymer custom elements, not React, and so is this one. */
export type Child = Node | string | null | undefined | false;

export function el(tag: string, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

/** ytd-button-renderer#id > yt-button-shape > button, as the 2025 build draws every button. */
export function ytButton(id: string, label: string, text: string, extra: Record<string, string | boolean | undefined> = {}): { host: HTMLElement; button: HTMLButtonElement } {
  const button = el('button', { class: 'yt-spec-button-shape-next', 'aria-label': label, ...extra },
    el('div', { class: 'yt-spec-button-shape-next__button-text-content' }, el('span', { class: 'yt-core-attributed-string', role: 'text' }, text)),
  ) as HTMLButtonElement;
  return { host: el('ytd-button-renderer', { id }, el('yt-button-shape', {}, button)), button };
}
