import { describe, expect, it } from 'vitest';
import { BADGE_GAP, BADGE_HEIGHT, BADGE_MIN_WIDTH, CORNER_RESERVE, badgeSpot, type Box } from '@/entrypoints/overlay.content/helpers/badge-place';

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });
const VIEW = { width: 1280, height: 800 };

describe('badgeSpot: in the overlay, on space the site leaves empty', () => {
  it('Instagram post page: after the caption date, up to the column edge less the corner', () => {
    // Rectangles read on the playground's /p/C9xAbC12dEf/ at 1280×800 (the date "13 Des 2024").
    const s = badgeSpot(box(809, 191, 77, 16), box(284, 25, 934, 750), VIEW);
    expect(s).toEqual({ left: 886 + BADGE_GAP, align: 'left', centreY: 199, maxWidth: Math.floor(1218 - CORNER_RESERVE - 894) });
  });

  it("X timeline: the header line is full (name, handle, date), so the badge goes on the post's bottom edge at the right", () => {
    const s = badgeSpot(box(875, 181, 95, 19), box(455, 167, 597, 155), VIEW);
    expect(s?.align).toBe('right');
    expect(s?.centreY).toBe(322);
    expect(s && s.left + s.maxWidth).toBe(1052 - BADGE_GAP);
  });

  it.each<[string, Box | null, Box]>([
    ['no permalink found: the bottom edge', null, box(455, 100, 597, 155)],
    ['a collapsed permalink: the bottom edge', box(0, 0, 0, 0), box(455, 100, 597, 155)],
  ])('%s', (_name, anchor, post) => {
    expect(badgeSpot(anchor, post, VIEW)?.align).toBe('right');
  });

  it.each<[string, Box | null, Box]>([
    ['scrolled above the window', box(600, -40, 80, 16), box(455, -200, 597, 150)],
    ['below the window', box(600, 820, 80, 16), box(455, 810, 597, 150)],
    ['a post too narrow for a readable badge', null, box(10, 100, BADGE_MIN_WIDTH, 100)],
    ['a hidden post', null, box(0, 0, 0, 0)],
  ])('left out when %s', (_name, anchor, post) => {
    expect(badgeSpot(anchor, post, VIEW)).toBeNull();
  });

  it('never reaches past the window edge nor above/below it', () => {
    const s = badgeSpot(box(1100, 300, 60, 16), box(700, 200, 900, 300), VIEW);
    expect(s).not.toBeNull();
    if (s) {
      expect(s.left + s.maxWidth).toBeLessThanOrEqual(VIEW.width - BADGE_GAP);
      expect(s.centreY - BADGE_HEIGHT / 2).toBeGreaterThanOrEqual(0);
    }
  });
});
