import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clipTo, GAP, onScreen, placePanel, type Box } from '@/entrypoints/overlay.content/ui/checker/placement';

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });
const VIEW = { width: 1280, height: 900 };
const PANEL = { width: 300, height: 240 };

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('placePanel: next to the composer, never over its text', () => {
  it.each<[string, Box, Box | null, { width: number; height: number }, string]>([
    ['X timeline column: room on the right', box(400, 120, 520, 60), box(850, 190, 70, 36), VIEW, 'right'],
    ['composer at the right edge: the left side', box(900, 300, 360, 40), null, VIEW, 'left'],
    ['a phone-width window: below the composer and its send button', box(10, 100, 350, 40), box(300, 150, 60, 30), { width: 380, height: 800 }, 'below'],
    ['composer at the bottom of a phone-width window: above', box(10, 700, 350, 60), box(300, 765, 60, 30), { width: 380, height: 800 }, 'above'],
  ])('%s → %s', (_name, composer, send, viewport, side) => {
    const p = placePanel(composer, send, viewport, PANEL);
    expect(p.side).toBe(side);
    const panel = box(p.left, p.top, PANEL.width, Math.min(PANEL.height, p.maxHeight));
    expect(overlaps(panel, composer)).toBe(false);
    if (send) expect(overlaps(panel, send)).toBe(false);
  });

  it('beside the composer it starts at the composer top, clamped into the window', () => {
    expect(placePanel(box(400, 120, 520, 60), null, VIEW, PANEL)).toMatchObject({ left: 920 + GAP, top: 120 });
    expect(placePanel(box(400, -200, 520, 400), null, VIEW, PANEL).top).toBe(GAP);
  });

  it('property: for any composer inside a window, the panel never overlaps the composer or its send button', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 320, max: 2000 }),
        fc.integer({ min: 400, max: 1400 }),
        fc.record({ x: fc.double({ min: 0, max: 1 }), y: fc.double({ min: 0, max: 1 }), w: fc.double({ min: 0.05, max: 1 }), h: fc.integer({ min: 20, max: 200 }) }),
        fc.boolean(),
        (vw, vh, c, withSend) => {
          const width = Math.max(40, Math.floor(c.w * vw) - 2);
          const left = Math.floor(c.x * (vw - width));
          const top = Math.floor(c.y * (vh - c.h));
          const composer = box(left, top, width, c.h);
          const send = withSend ? box(Math.max(0, composer.right - 60), composer.bottom + 4, 60, 30) : null;
          const p = placePanel(composer, send, { width: vw, height: vh }, PANEL);
          const panel = box(p.left, p.top, PANEL.width, Math.min(PANEL.height, p.maxHeight));
          if (panel.bottom - panel.top <= 0) return true; // no room at all: shows nothing
          return !overlaps(panel, composer) && !(send && overlaps(panel, send));
        },
      ),
    );
  });
});

describe('onScreen and clipTo', () => {
  it.each<[Box, boolean]>([
    [box(10, 10, 100, 20), true],
    [box(10, -50, 100, 20), false],
    [box(10, 900, 100, 20), false],
    [box(-200, 10, 100, 20), false],
    [box(1270, 10, 100, 20), true],
  ])('%j on screen: %s', (b, expected) => {
    expect(onScreen(b, VIEW)).toBe(expected);
  });

  it('clips a highlight to the composer box, or drops it when outside', () => {
    expect(clipTo(box(90, 10, 40, 20), box(100, 0, 200, 100))).toEqual(box(100, 10, 30, 20));
    expect(clipTo(box(10, 150, 40, 20), box(100, 0, 200, 100))).toBeNull();
  });
});
