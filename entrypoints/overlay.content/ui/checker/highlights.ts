import type { Severity } from '@/lib/schemas/common';
import { SEVERITY_COLOUR, SEVERITY_FILL } from './colours';
import { clipTo, type Box } from './placement';

export interface Highlight {
  box: Box;
  severity: Severity;
  ruleId: string;
  /** The finding's row key (FindingRow.key): what a click or Enter on the underline opens. */
  key: string;
  /** What a screen reader hears on the underline (the rule's name and the words). */
  label: string;
}

export interface HighlightLayer {
  /** Draws these boxes (viewport coordinates), clipped to the composer's box. */
  draw(highlights: readonly Highlight[], clip: Box): void;
  /** The finding whose underline is under this point (viewport coordinates), if any. */
  hit(x: number, y: number): { key: string; box: Box } | null;
  /** The first drawn box of this finding (where its fixes open). */
  boxOf(key: string): Box | null;
  /** Moves the keyboard focus to this finding's underline. */
  focus(key: string): void;
  clear(): void;
  destroy(): void;
}

/**
 * Underlines over the site's editor, drawn in the overlay (the editor's markup is never
 * touched). Plain DOM, nodes reused between frames; they let every pointer event through (a
 * click lands in the editor and places the caret; the controller finds the underline under it
 * with hit()). The first underline of each finding is also a keyboard stop (tabindex -1, reached
 * through the Tab order of tab-order.ts): Enter or Space on it opens its fixes.
 */
export function createHighlightLayer(parent: HTMLElement, onActivate: (key: string) => void): HighlightLayer {
  const layer = document.createElement('div');
  layer.className = 'pranata-highlights';
  parent.append(layer);
  const pool: HTMLDivElement[] = [];
  let drawn: { key: string; box: Box; el: HTMLDivElement }[] = [];

  layer.addEventListener('keydown', (e) => {
    const target = e.target;
    if (!(target instanceof HTMLElement) || !target.classList.contains('pranata-mark')) return;
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const key = target.getAttribute('data-key');
    if (!key) return;
    e.preventDefault();
    onActivate(key);
  });

  return {
    draw(highlights, clip) {
      let used = 0;
      const seen = new Set<string>();
      drawn = [];
      for (const h of highlights) {
        const b = clipTo(h.box, clip);
        if (!b) continue;
        let el = pool[used];
        if (!el) {
          el = document.createElement('div');
          el.className = 'pranata-mark';
          el.setAttribute('data-testid', 'pranata-highlight');
          pool.push(el);
          layer.append(el);
        }
        used++;
        el.hidden = false;
        el.setAttribute('data-severity', h.severity);
        el.setAttribute('data-rule-id', h.ruleId);
        el.setAttribute('data-key', h.key);
        if (seen.has(h.key)) {
          // A finding over several lines: one stop (its first box), the rest only drawn.
          el.removeAttribute('tabindex');
          el.removeAttribute('role');
          el.removeAttribute('aria-label');
          el.setAttribute('aria-hidden', 'true');
        } else {
          seen.add(h.key);
          el.setAttribute('tabindex', '-1');
          el.setAttribute('role', 'button');
          el.setAttribute('aria-label', h.label);
          el.removeAttribute('aria-hidden');
        }
        const s = el.style;
        s.left = `${b.left}px`;
        s.top = `${b.top}px`;
        s.width = `${b.right - b.left}px`;
        s.height = `${b.bottom - b.top}px`;
        s.borderBottomColor = SEVERITY_COLOUR[h.severity];
        s.backgroundColor = SEVERITY_FILL[h.severity];
        drawn.push({ key: h.key, box: b, el });
      }
      for (let i = used; i < pool.length; i++) {
        const el = pool[i];
        if (el) {
          el.hidden = true;
          el.removeAttribute('tabindex');
        }
      }
    },
    hit(x, y) {
      // A little slack below: the underline itself is the bottom 2 px of the box.
      const found = drawn.find(({ box }) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom + 2);
      return found ? { key: found.key, box: found.box } : null;
    },
    boxOf(key) {
      return drawn.find((d) => d.key === key)?.box ?? null;
    },
    focus(key) {
      drawn.find((d) => d.key === key)?.el.focus({ preventScroll: true });
    },
    clear() {
      drawn = [];
      for (const el of pool) {
        el.hidden = true;
        el.removeAttribute('tabindex');
      }
    },
    destroy() {
      layer.remove();
      pool.length = 0;
      drawn = [];
    },
  };
}
