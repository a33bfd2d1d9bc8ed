// `npm run test:e2e`: build, then the end-to-end tests only (handy while working on the overlay).
import { run, vitest } from './run.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

ensureChromium();
if (!run('build', 'npm', ['run', '-s', 'build'])) process.exit(1);
const res = vitest('end-to-end tests', ['--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
console.log(`\ne2e: ${res.passed} passed, ${res.failed} failed`);
process.exit(res.ok ? 0 : 1);
