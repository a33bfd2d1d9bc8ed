import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countReport } from '../../../scripts/run.mjs';

// The `npm test` summary counts Vitest's own JSON report. A real report, made here by running
// Vitest on two small files: one failed test nested two describes deep next to a passing one,
// and a file that throws while loading.
describe('the test summary', () => {
  it('counts one failed test once and a file that did not load as one failure', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pranata-count-'));
    try {
      writeFileSync(join(dir, 'package.json'), '{}');
      writeFileSync(
        join(dir, 'nested.test.ts'),
        "import { describe, expect, it } from 'vitest';\n" +
          "describe('outer', () => { describe('inner', () => { it('fails', () => { expect(1).toBe(2); }); it('passes', () => {}); }); });\n",
      );
      writeFileSync(join(dir, 'broken.test.ts'), "throw new Error('cannot load');\n");
      const out = join(dir, 'report.json');
      const vitestBin = join(import.meta.dirname, '../../../node_modules/vitest/vitest.mjs');
      spawnSync(process.execPath, [vitestBin, 'run', '--root', dir, '--reporter=json', `--outputFile.json=${out}`], { encoding: 'utf8' });
      const report = JSON.parse(readFileSync(out, 'utf8')) as { numFailedTestSuites: number };
      // What the old count added up: 1 failed test + 4 failed "suites" (2 files, 2 describes).
      expect(report.numFailedTestSuites).toBe(4);
      expect(countReport(report)).toEqual({ passed: 1, failed: 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
