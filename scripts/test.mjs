// `npm test`: lint, typecheck, unit tests, build, end-to-end tests in real Chromium.
// CI runs exactly this. It never skips the browser tests: without Chromium it installs it
// (root + apt) or stops with one line saying what to install.
import { run, vitest } from './run.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

const chromium = ensureChromium();
let passed = 0;
let failed = 0;
const steps = [];

function step(name, ok) {
  steps.push(`${ok ? '✔' : '✖'} ${name}`);
  if (!ok) failed += 1;
}

step('lint', run('lint (eslint)', 'npx', ['eslint', '.', '--max-warnings=0']));
step('typecheck', run('typecheck (tsc)', 'npx', ['tsc', '--noEmit', '-p', '.']));
const unit = vitest('unit tests', ['--config', 'vitest.config.ts']);
passed += unit.passed;
failed += unit.failed;
const built = run('build (playground, Chrome, Firefox)', 'npm', ['run', '-s', 'build']);
step('build', built);
if (built) {
  const e2e = vitest('end-to-end tests', ['--config', 'vitest.e2e.config.ts'], { env: { CHROMIUM_PATH: chromium } });
  passed += e2e.passed;
  failed += e2e.failed;
} else {
  failed += 1;
  steps.push('✖ end-to-end tests not run: the build failed');
}

console.log(`\n${steps.join('\n')}`);
console.log(`\ntotal: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
