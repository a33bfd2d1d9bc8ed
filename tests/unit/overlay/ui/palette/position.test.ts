import { describe, expect, it } from 'vitest';
import { BUTTON_SIZE, buttonPosition, palettePlacement, type Box } from '@/entrypoints/overlay.content/ui/palette/position';

const VIEW = { width: 1280, height: 900 };
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });

describe('buttonPosition: beside the composer', () => {
  it('above its top-right corner', () => {
    expect(buttonPosition(box(300, 400, 560, 60), VIEW)).toEqual({ left: 860 - BUTTON_SIZE, top: 400 - BUTTON_SIZE - 4 });
  });
  it('below it when the composer is at the top of the viewport', () => {
    expect(buttonPosition(box(300, 10, 560, 60), VIEW)).toEqual({ left: 860 - BUTTON_SIZE, top: 74 });
  });
  it('kept inside the viewport on the right', () => {
    expect(buttonPosition(box(900, 400, 400, 60), VIEW)?.left).toBe(1280 - BUTTON_SIZE - 8);
  });
  it.each<[string, Box]>([
    ['scrolled above the viewport', box(300, -200, 560, 60)],
    ['scrolled below it', box(300, 950, 560, 60)],
    ['collapsed (display: none)', box(0, 0, 0, 0)],
  ])('hidden when %s', (_name, rect) => {
    expect(buttonPosition(rect, VIEW)).toBeNull();
  });
});

describe('palettePlacement', () => {
  it('opens below a composer with room under it, left-aligned', () => {
    const p = palettePlacement(box(300, 200, 560, 60), VIEW);
    expect(p).toMatchObject({ left: 300, top: 264, bottom: null, width: 480 });
    expect(p.maxHeight).toBeLessThanOrEqual(900 - 264 - 8);
  });
  it('opens above a composer at the bottom of the viewport, ending right above it', () => {
    const p = palettePlacement(box(300, 800, 560, 60), VIEW);
    expect(p.top).toBeNull();
    expect(p.bottom).toBe(900 - 800 + 4);
    expect(p.maxHeight).toBeLessThanOrEqual(800 - 12);
  });
  it('centred near the top without a composer', () => {
    const p = palettePlacement(null, VIEW);
    expect(p).toMatchObject({ left: 400, width: 480, bottom: null });
  });
  it('fits a narrow viewport', () => {
    const p = palettePlacement(box(10, 100, 300, 40), { width: 360, height: 640 });
    expect(p.width).toBe(344);
    expect(p.left).toBe(8);
  });
});
