import { describe, expect, it } from 'vitest';
import { badgeText, countPastTarget, responseTargetMs, targetState, type TargetState } from '@/lib/inbox/target';
import { sopProfileSchema } from '@/lib/schemas/profile';

const H = 3_600_000;
const M = 60_000;
const NOW = Date.UTC(2026, 10, 23, 3); // 10:00 WIB

describe('responseTargetMs', () => {
  it.each<[string, { responseTargetHours?: number } | null | undefined, number]>([
    ['no profile yet', null, 24 * H],
    ['a profile that sets none', {}, 24 * H],
    ['a working-hours target of 8 jam', { responseTargetHours: 8 }, 8 * H],
    ['1 × 24 jam', { responseTargetHours: 24 }, 24 * H],
    ['3 hari', { responseTargetHours: 72 }, 72 * H],
  ])('%s → %d ms', (_name, profile, ms) => {
    expect(responseTargetMs(profile)).toBe(ms);
  });
});

describe('targetState (24 jam target; close from 18 jam)', () => {
  it.each<[string, number, TargetState]>([
    ['just arrived', 0, 'within'],
    ['45 menit', 45 * M, 'within'],
    ['17 jam 59 menit', 17 * H + 59 * M, 'within'],
    ['exactly 75 % (18 jam)', 18 * H, 'close'],
    ['23 jam 59 menit', 23 * H + 59 * M, 'close'],
    ['exactly the target: due now', 24 * H, 'past'],
    ['3 hari', 72 * H, 'past'],
    ["the clock behind the comment's time", -5 * M, 'within'],
  ])('%s → %s', (_name, waited, state) => {
    expect(targetState(waited, 24 * H)).toBe(state);
  });

  it('follows the target: 5 jam is close against 6 jam and past against 4 jam', () => {
    expect(targetState(5 * H, 6 * H)).toBe('close');
    expect(targetState(5 * H, 4 * H)).toBe('past');
    expect(targetState(5 * H, 24 * H)).toBe('within');
  });
});

describe('countPastTarget and badgeText (what the toolbar badge shows)', () => {
  it.each<[string, number[], number, number, string]>([
    ['nothing waits', [], 24 * H, 0, ''],
    ['one fresh complaint', [NOW - 10 * M], 24 * H, 0, ''],
    ['close is not past yet', [NOW - 20 * H, NOW - 23 * H], 24 * H, 0, ''],
    ['one of three past', [NOW - 30 * H, NOW - 2 * H, NOW - 20 * H], 24 * H, 1, '1'],
    ['a short 4 jam target counts more', [NOW - 30 * H, NOW - 5 * H, NOW - 20 * H], 4 * H, 3, '3'],
    ['exactly due counts', [NOW - 24 * H], 24 * H, 1, '1'],
    ['a comment timed in the future (skewed clock) is not past', [NOW + 3 * H], 1 * H, 0, ''],
    ['120 old comments', Array.from({ length: 120 }, (_, i) => NOW - (48 + i) * H), 24 * H, 120, '99+'],
    ['exactly 99', Array.from({ length: 99 }, () => NOW - 48 * H), 24 * H, 99, '99'],
  ])('%s → %d past, badge "%s"', (_name, since, target, past, text) => {
    const n = countPastTarget(since, NOW, target);
    expect(n).toBe(past);
    expect(badgeText(n)).toBe(text);
  });
});

describe('the profile schema bounds the target', () => {
  it.each<[unknown, boolean]>([
    [1, true],
    [24, true],
    [720, true],
    [0, false],
    [721, false],
    [1.5, false],
    ['24', false],
    [-24, false],
  ])('%s hours → valid %s', (hours, ok) => {
    const shape = sopProfileSchema.shape.responseTargetHours;
    expect(shape.safeParse(hours).success).toBe(ok);
  });
  it('may be absent (older profiles and packs keep importing)', () => {
    expect(sopProfileSchema.shape.responseTargetHours.safeParse(undefined).success).toBe(true);
  });
});
