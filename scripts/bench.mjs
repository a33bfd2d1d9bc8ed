// `npm run bench`: builds, then runs every benchmark in tests/bench/ (numbers printed, no timing asserts).
import { run } from './run.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

ensureChromium();
// Hidden source maps for the bundle report (tests/bench/bundle-report.ts); the scripts are unchanged.
if (!run('build', 'npm', ['run', '-s', 'build'], { env: { PRANATA_SOURCEMAP: '1' } })) process.exit(1);
const ok = run('benchmarks', 'npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts', ...process.argv.slice(2)]);
process.exit(ok ? 0 : 1);
