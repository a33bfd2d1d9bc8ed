import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clipTo, GAP, onScreen, placeByGate, placePanel, placeUnderWord, type Box } from '@/entrypoints/overlay.content/ui/checker/placement';

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });
const VIEW = { width: 1280, height: 900 };
const PANEL = { width: 300, height: 240 };

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('placePanel: next to the composer, never over its text', () => {
  it.each<[string, Box, Box | null, { width: number; height: number }, string]>([
    ['X timeline column: room on the right', box(400, 120, 520, 60), box(850, 190, 70, 36), VIEW, 'right'],
    ['composer at the right edge: below, where the whole panel fits (the left side keeps the site navigation)', box(900, 300, 360, 40), null, VIEW, 'below'],
    ['composer at the right edge and the bottom: above, flipped', box(900, 700, 360, 60), box(1180, 765, 60, 30), VIEW, 'above'],
    ['a tall composer filling the right of the window: the left side', box(900, 20, 360, 860), null, VIEW, 'left'],
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

  it.each<[string, { width: number; height: number }]>([
    ['1280×800', { width: 1280, height: 800 }],
    ['1366×768', { width: 1366, height: 768 }],
    ['1024×700', { width: 1024, height: 700 }],
    ['125 % of 1366×768 (1093×614 CSS px)', { width: 1093, height: 614 }],
  ])('Instagram post page at %s: the gate (320×190) sits whole inside the window, over the comment box at the bottom', (_name, view) => {
    const composer = box(view.width - 470, view.height - 66, 340, 40);
    const send = box(view.width - 120, view.height - 60, 50, 30);
    const p = placePanel(composer, send, view, { width: 320, height: 190 });
    expect(p.side).toBe('above');
    expect(p.top).toBeGreaterThanOrEqual(GAP);
    expect(p.top + 190).toBeLessThanOrEqual(composer.top);
    expect(p.left + 320).toBeLessThanOrEqual(view.width - GAP);
  });

  it('beside the composer near the bottom, a tall panel moves up so all of it is inside the window', () => {
    const p = placePanel(box(300, 640, 500, 40), null, { width: 1280, height: 800 }, { width: 300, height: 400 });
    expect(p.side).toBe('right');
    expect(p.top).toBe(800 - GAP - 400);
    expect(p.maxHeight).toBe(400);
  });

  it('property: the panel is always inside the window (its maxHeight is the room it has)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 320, max: 2000 }),
        fc.integer({ min: 400, max: 1400 }),
        fc.record({ x: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 1, noNaN: true }), w: fc.double({ min: 0.05, max: 1, noNaN: true }), h: fc.integer({ min: 20, max: 200 }), ph: fc.integer({ min: 60, max: 900 }) }),
        (vw, vh, c) => {
          const width = Math.max(40, Math.floor(c.w * vw) - 2);
          const composer = box(Math.floor(c.x * (vw - width)), Math.floor(c.y * (vh - c.h)), width, c.h);
          const p = placePanel(composer, null, { width: vw, height: vh }, { width: 300, height: c.ph });
          const shown = Math.min(c.ph, p.maxHeight);
          return p.top >= 0 && p.top + shown <= vh && p.left >= 0 && p.left + Math.min(300, vw - 2 * GAP) <= vw;
        },
      ),
    );
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
          // The panel may really be taller than it was measured (a list that grew): it still must not cover them.
          const p = placePanel(composer, send, { width: vw, height: vh }, PANEL);
          const panel = box(p.left, p.top, PANEL.width, Math.min(PANEL.height + c.h * 3, p.maxHeight));
          if (panel.bottom - panel.top <= 0) return true; // no room at all: shows nothing
          return !overlaps(panel, composer) && !(send && overlaps(panel, send));
        },
      ),
    );
  });
});

describe('placeUnderWord: a word\'s fixes, in place', () => {
  const FIXES = { width: 260, height: 150 };
  it.each<[string, Box, { width: number; height: number }, 'below' | 'above']>([
    ['a word high on the page: under it', box(300, 200, 40, 18), VIEW, 'below'],
    ['a word in the comment box at the bottom of the window: over it', box(450, 677, 30, 18), { width: 1280, height: 800 }, 'above'],
    ['a word just far enough from the bottom for the box: under it', box(450, 900 - 8 - 150 - 4 - 18, 30, 18), VIEW, 'below'],
    ['a small window, more room below: under it, scrolling', box(40, 100, 30, 18), { width: 400, height: 300 }, 'below'],
  ])('%s', (_name, word, view, side) => {
    const p = placeUnderWord(word, view, FIXES);
    expect(p.side).toBe(side);
    if (side === 'below') expect(p.top).toBe(word.bottom + 4);
    else expect(p.top + p.maxHeight).toBe(word.top - 4);
    expect(p.left + Math.min(FIXES.width, view.width - 2 * GAP)).toBeLessThanOrEqual(view.width - GAP);
  });

  it('property: whatever the box really measures, it never covers the word\'s line (Facebook\'s comment box at the window\'s foot)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 320, max: 2000 }),
        fc.integer({ min: 300, max: 1400 }),
        fc.record({ x: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 1, noNaN: true }), guess: fc.integer({ min: 40, max: 400 }), real: fc.integer({ min: 40, max: 600 }) }),
        (vw, vh, c) => {
          const word = box(Math.floor(c.x * (vw - 60)), Math.floor(c.y * (vh - 18)), 60, 18);
          const p = placeUnderWord(word, { width: vw, height: vh }, { width: 260, height: c.guess });
          const shown = box(p.left, p.top, 260, Math.min(c.real, p.maxHeight));
          if (shown.bottom <= shown.top) return true;
          return !overlaps(shown, word);
        },
      ),
    );
  });
});

describe('placeByGate: the check panel while the QC gate asks', () => {
  const V = { width: 1280, height: 800 };
  it.each<[string, Box, Box, 'below' | 'above' | null]>([
    ['the gate beside a composer high on the page: the panel under it', box(900, 100, 320, 200), box(400, 100, 440, 37), 'below'],
    ["the gate beside Facebook's comment box at the window's foot: the panel over it", box(911, 567, 320, 225), box(403, 668, 440, 37), 'above'],
    ['the gate over the composer (Instagram): the panel over the gate, not between it and the box', box(800, 400, 320, 200), box(800, 650, 340, 40), 'above'],
    ['the gate under the composer: the panel under the gate', box(100, 200, 320, 200), box(100, 100, 340, 40), 'below'],
    ['a gate filling the window: the question alone', box(900, 20, 320, 760), box(400, 300, 440, 37), null],
  ])('%s', (_name, gate, composer, side) => {
    const p = placeByGate(gate, composer, V, 240);
    expect(p?.side ?? null).toBe(side);
    if (!p) return;
    const panel = box(p.left, p.top, 300, p.maxHeight);
    expect(overlaps(panel, gate)).toBe(false);
    expect(overlaps(panel, composer)).toBe(false);
    expect(p.top).toBeGreaterThanOrEqual(GAP);
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(V.height - GAP);
  });

  it('property: wherever the gate stands, the panel covers neither the gate nor the composer and stays inside the window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 400, max: 1400 }),
        fc.record({ gy: fc.double({ min: 0, max: 1, noNaN: true }), gh: fc.integer({ min: 96, max: 400 }), cy: fc.double({ min: 0, max: 1, noNaN: true }), same: fc.boolean(), ph: fc.integer({ min: 40, max: 900 }) }),
        (vh, c) => {
          const view = { width: 1280, height: vh };
          const composer = box(400, Math.floor(c.cy * (vh - 40)), 440, 40);
          const gh = Math.min(c.gh, vh - 2 * GAP);
          const gate = box(c.same ? 400 : 860, Math.floor(GAP + c.gy * (vh - 2 * GAP - gh)), 320, gh);
          if (overlaps(gate, composer)) return true; // placePanel never puts the gate there
          const p = placeByGate(gate, composer, view, c.ph);
          if (!p) return true;
          const panel = box(p.left, p.top, 300, p.maxHeight);
          return !overlaps(panel, gate) && !overlaps(panel, composer) && p.top >= GAP && p.top + p.maxHeight <= vh - GAP && p.maxHeight >= 40;
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
