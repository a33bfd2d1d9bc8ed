// `npm run bench`: builds, then runs every benchmark in tests/bench/ (numbers printed, no timing asserts).
import { run } from './run.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

ensureChromium();
if (!run('build', 'npm', ['run', '-s', 'build'])) process.exit(1);
const ok = run('benchmarks', 'npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts', ...process.argv.slice(2)]);
process.exit(ok ? 0 : 1);
