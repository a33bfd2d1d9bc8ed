import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Unit tests are laid out like the code (issue 13 item 7): a test of
 * `entrypoints/overlay.content/ui/palette/nav.ts` is `tests/unit/overlay/ui/palette/nav.test.ts`,
 * a test of `lib/db/maintenance.ts` is `tests/unit/db/maintenance.test.ts`. So a folder of tests
 * names a folder (or a module) of the code; folders named after milestones ("dashboard", "trust")
 * are what this catches.
 */
const ROOT = 'tests/unit';
/** The first folder of a test path → where its code lives. */
const AREAS: Record<string, string> = {
  overlay: 'entrypoints/overlay.content',
  options: 'entrypoints/options',
  popup: 'entrypoints/popup',
  report: 'entrypoints/report',
  components: 'components',
  scripts: 'scripts',
};
/** Folders that hold no code's tests: shared test helpers, cross-cutting checks, data. */
const NOT_CODE = new Set(['helpers', 'architecture', 'corpus']);

function testFolders(dir: string, rel: string[] = []): string[][] {
  const out: string[][] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!statSync(path).isDirectory() || NOT_CODE.has(name)) continue;
    out.push([...rel, name], ...testFolders(path, [...rel, name]));
  }
  return out;
}

/** The code folder a test folder stands for, or null when none exists. */
function codeFolderOf(parts: readonly string[]): string | null {
  const [area, ...rest] = parts;
  if (area === undefined) return null;
  const root = AREAS[area] ?? join('lib', area);
  const candidates = [join(root, ...rest)];
  // A module with its own test folder (lib/messaging.ts → tests/unit/messaging/).
  if (rest.length === 0 && !(area in AREAS)) candidates.push(`${root}.ts`);
  return candidates.find((c) => existsSync(c)) ?? null;
}

describe('unit tests are laid out like the code', () => {
  it.each(testFolders(ROOT).map((parts) => [parts.join('/'), parts] as const))('tests/unit/%s names a folder of the code', (_name, parts) => {
    expect(codeFolderOf(parts), `no code folder for tests/unit/${parts.join('/')}`).not.toBeNull();
  });

  it.each<[string[], boolean]>([
    [['overlay', 'ui', 'palette'], true],
    [['db'], true],
    [['messaging'], true],
    [['dashboard'], false],
    [['trust'], false],
    [['overlay', 'nowhere'], false],
  ])('the check itself: %j → %s', (parts, found) => {
    expect(codeFolderOf(parts) !== null).toBe(found);
  });
});
