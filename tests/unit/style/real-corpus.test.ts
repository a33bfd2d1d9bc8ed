import { expect, it } from 'vitest';
import * as DEV from './corpus/real/dev';
import * as HELDOUT from './corpus/real/heldout';
import { measure, metricsRow } from './corpus/real/measure';

it('measures the checker on its own corpus (dev and held-out splits)', () => {
  const dev = measure(DEV);
  const held = measure(HELDOUT);
  console.table([metricsRow('dev', dev), metricsRow('held-out', held)]);
  if (process.env.SHOW_DEV) {
    console.log('DEV misses:\n' + dev.misses.join('\n'));
    console.log('DEV wrong flags:\n' + dev.wrongFlags.join('\n'));
    console.log('DEV wrong fixes:\n' + dev.wrongFixes.join('\n'));
  }
  expect(dev.slangMarks).toBeGreaterThan(150);
});
