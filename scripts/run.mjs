// Small helpers shared by the npm scripts: run a command, run Vitest and count its results.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname;

export function run(label, cmd, args, opts = {}) {
  console.log(`\n▶ ${label}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, env: { ...process.env, ...opts.env } });
  if (res.status !== 0) {
    console.error(`✖ ${label} failed (exit ${res.status ?? res.signal})`);
    return false;
  }
  return true;
}

/** Runs Vitest with a JSON report next to the normal output; returns passed/failed counts. */
export function vitest(label, args, opts = {}) {
  const dir = join(ROOT, '.tmp');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `vitest-${label.replace(/\W+/g, '-')}.json`);
  rmSync(out, { force: true });
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], opts);
  let passed = 0;
  let failed = 0;
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed = report.numPassedTests ?? 0;
    failed = (report.numFailedTests ?? 0) + (ok ? 0 : report.numFailedTestSuites ?? 0);
  }
  if (!ok && failed === 0) failed = 1;
  return { ok, passed, failed };
}
