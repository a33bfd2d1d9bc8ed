import { describe, expect, it } from 'vitest';
import { colloquialForm } from '@/lib/style/colloquial';
import { isWord } from '@/lib/style/dictionary/index';
import * as DEV from './corpus/real/dev';
import * as HELDOUT from './corpus/real/heldout';
import { measure, metricsRow } from './corpus/real/measure';

describe('the checker on its own corpus', () => {
  it('holds its measured floors on the held-out split (numbers also printed by npm run bench)', () => {
    const dev = measure(DEV);
    const held = measure(HELDOUT);
    console.table([metricsRow('held-out', held), metricsRow('dev', dev)]);
    if (process.env.SHOW_DEV) {
      console.log('DEV misses:\n' + dev.misses.join('\n'));
      console.log('DEV wrong flags:\n' + dev.wrongFlags.join('\n'));
      console.log('DEV wrong fixes:\n' + dev.wrongFixes.join('\n'));
    }
    expect(held.slangMarks).toBeGreaterThan(150);
    // floors from the run of 2026-12-02 (recall 92.3%, fixes 97.0%, abusive 88%, wrong flags 1.0%)
    expect(held.recall).toBeGreaterThanOrEqual(0.89);
    expect(held.fixAccuracy).toBeGreaterThanOrEqual(0.96);
    expect(held.rudeRecall).toBeGreaterThanOrEqual(0.88);
    expect(held.rudeOthers).toBeLessThanOrEqual(0.01);
    expect(held.wrongFlagRate).toBeLessThanOrEqual(0.01);
  });
});

describe('dictionary and colloquial rules', () => {
  it.each([
    ['sudah', true], ['menaikkan', true], ['bertahun-tahun', true], ['diunduh', true], ['ketidaknyamanannya', true],
    ['nikah', true], ['berkasnya', true], ['sebarkan', true], ['gak', false], ['nonton', false], ['bedain', false],
  ] as const)('isWord(%s) = %s', (w, want) => {
    expect(isWord(w)).toBe(want);
  });

  const listed = (f: string) => ['bgt', 'banget', 'ya'].includes(f);
  it.each([
    ['yaa', 'ya'], ['bgtt', 'bgt'], ['nonton', 'menonton'], ['ngaku', 'mengaku'], ['nyesel', 'menyesal'],
    ['seneng', 'senang'], ['tetep', 'tetap'], ['bedain', 'bedakan'], ['dibiarin', 'dibiarkan'], ['smoga', 'semoga'],
    ['slalu', 'selalu'], ['dri', 'dari'], ['sebelom', 'sebelum'], ['jamaah', null], ['pelayanaan', null],
  ] as const)('colloquialForm(%s) = %s', (w, want) => {
    expect(colloquialForm(w, listed)).toBe(want);
  });
});
