import type { Severity } from '@/lib/schemas/common';
import { SEVERITY_COLOUR, SEVERITY_FILL } from './colours';
import { clipTo, type Box } from './placement';

export interface Highlight {
  box: Box;
  severity: Severity;
  ruleId: string;
}

export interface HighlightLayer {
  /** Draws these boxes (viewport coordinates), clipped to the composer's box. */
  draw(highlights: readonly Highlight[], clip: Box): void;
  clear(): void;
  destroy(): void;
}

/**
 * Underlines over the site's editor, drawn in the overlay (the editor's markup is never
 * touched). Plain DOM, nodes reused between frames; they let every pointer event through.
 */
export function createHighlightLayer(parent: HTMLElement): HighlightLayer {
  const layer = document.createElement('div');
  layer.className = 'pranata-highlights';
  layer.setAttribute('aria-hidden', 'true');
  parent.append(layer);
  const pool: HTMLDivElement[] = [];

  return {
    draw(highlights, clip) {
      let used = 0;
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
        const s = el.style;
        s.left = `${b.left}px`;
        s.top = `${b.top}px`;
        s.width = `${b.right - b.left}px`;
        s.height = `${b.bottom - b.top}px`;
        s.borderBottomColor = SEVERITY_COLOUR[h.severity];
        s.backgroundColor = SEVERITY_FILL[h.severity];
      }
      for (let i = used; i < pool.length; i++) {
        const el = pool[i];
        if (el) el.hidden = true;
      }
    },
    clear() {
      for (const el of pool) el.hidden = true;
    },
    destroy() {
      layer.remove();
      pool.length = 0;
    },
  };
}
