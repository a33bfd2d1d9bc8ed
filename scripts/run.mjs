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

/**
 * Counts a Vitest JSON report: each failed test once, plus each test file that failed without a
 * failed test of its own (it did not load, or an afterAll hook threw). numFailedTestSuites is not
 * used: Vitest counts every describe block as a suite, so one failed test nested two describes
 * deep counted as "3 failed".
 */
export function countReport(report) {
  const files = report.testResults ?? [];
  const failedTests = files.reduce((n, f) => n + (f.assertionResults ?? []).filter((a) => a.status === 'failed').length, 0);
  const brokenFiles = files.filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed')).length;
  return { passed: report.numPassedTests ?? 0, failed: failedTests + brokenFiles };
}

/** Runs Vitest with a JSON report next to the normal output; returns passed/failed counts. */
export function vitest(label, args, opts = {}) {
  const dir = join(ROOT, '.tmp');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `vitest-${label.replace(/\W+/g, '-')}.json`);
  rmSync(out, { force: true });
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], opts);
  const counts = existsSync(out) ? countReport(JSON.parse(readFileSync(out, 'utf8'))) : { passed: 0, failed: 0 };
  const passed = counts.passed;
  let failed = counts.failed;
  // Vitest failed without saying which test (e.g. it could not start): one failure, not zero.
  if (!ok && failed === 0) failed = 1;
  return { ok, passed, failed };
}
