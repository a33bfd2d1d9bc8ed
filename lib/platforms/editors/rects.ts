import type { EditorKind } from '../types';
import { buildModel, isTextField } from './model';

/** Where a text range is on screen, for the checker's highlights drawn over the editor. */

/** Client rects of the text range [start, end), for highlights drawn over the editor. */
export function rangeRects(el: HTMLElement, kind: EditorKind, start: number, end: number): DOMRect[] {
  if (isTextField(el)) return textFieldRects(el, start, end);
  const model = buildModel(el, kind);
  const rects: DOMRect[] = [];
  for (const b of model.blocks) {
    for (const p of b.pieces) {
      if (p.kind !== 'text') continue;
      const from = Math.max(start, p.start) - p.start;
      const to = Math.min(end, p.start + p.length) - p.start;
      if (from >= to) continue;
      const r = document.createRange();
      r.setStart(p.node, from);
      r.setEnd(p.node, to);
      for (const rect of r.getClientRects()) if (rect.width > 0 || rect.height > 0) rects.push(rect);
    }
  }
  return rects;
}

const MIRRORED_STYLES = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontStyle', 'fontWeight', 'fontVariant', 'fontStretch', 'fontKerning',
  'fontFeatureSettings', 'letterSpacing', 'lineHeight', 'textTransform', 'textIndent', 'textAlign', 'wordSpacing',
  'tabSize', 'direction', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
] as const;

/**
 * A textarea has no DOM for its text: lay the same text out in an invisible twin ("mirror div")
 * placed exactly over it, measure the span holding the range, then remove the twin.
 */
function textFieldRects(el: HTMLTextAreaElement | HTMLInputElement, start: number, end: number): DOMRect[] {
  const value = el.value;
  const from = Math.max(0, Math.min(start, value.length));
  const to = Math.max(from, Math.min(end, value.length));
  if (from === to) return [];
  const cs = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const mirror = document.createElement('div');
  // Marked so the content script's page watcher does not rescan for our own measuring node.
  mirror.dataset.pranataMirror = '';
  const s = mirror.style;
  for (const prop of MIRRORED_STYLES) s[prop] = cs[prop];
  const borderLeft = parseFloat(cs.borderLeftWidth) || 0;
  const borderTop = parseFloat(cs.borderTopWidth) || 0;
  const padX = (parseFloat(cs.paddingLeft) || 0) + (parseFloat(cs.paddingRight) || 0);
  s.position = 'fixed';
  s.left = `${box.left + borderLeft}px`;
  s.top = `${box.top + borderTop}px`;
  s.boxSizing = 'content-box';
  s.width = `${Math.max(0, el.clientWidth - padX)}px`;
  s.border = '0';
  s.margin = '0';
  s.visibility = 'hidden';
  s.pointerEvents = 'none';
  s.overflow = 'hidden';
  s.whiteSpace = el.tagName === 'INPUT' ? 'pre' : 'pre-wrap';
  s.overflowWrap = 'break-word';
  mirror.setAttribute('aria-hidden', 'true');
  const span = document.createElement('span');
  span.textContent = value.slice(from, to);
  mirror.append(document.createTextNode(value.slice(0, from)), span, document.createTextNode(value.slice(to)));
  document.documentElement.append(mirror);
  try {
    const rects: DOMRect[] = [];
    for (const r of span.getClientRects()) {
      if (r.width === 0 && r.height === 0) continue;
      rects.push(new DOMRect(r.x - el.scrollLeft, r.y - el.scrollTop, r.width, r.height));
    }
    return rects;
  } finally {
    mirror.remove();
  }
}
