// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Feature } from '@/entrypoints/overlay.content/feature';

vi.mock('@/lib/messaging-client', () => ({ request: vi.fn(async () => ({ ok: false, error: { code: 'internal', message: 'test' } })) }));

/**
 * The registry test (as in Refined GitHub): `features/` holds only features, one per file, each
 * listed once in FEATURES; `ui/` holds the lazily loaded ones, each in UI_FEATURES. A helper
 * that is no feature lives in `helpers/`.
 */
const ROOT = resolve(import.meta.dirname, '../../../entrypoints/overlay.content');

function isFeature(v: unknown): v is Feature {
  return typeof v === 'object' && v !== null && typeof (v as Feature).id === 'string' && typeof (v as Feature).init === 'function';
}

async function featuresOf(path: string): Promise<Feature[]> {
  const mod = (await import(/* @vite-ignore */ path)) as Record<string, unknown>;
  return Object.values(mod).filter(isFeature);
}

describe('feature registry', () => {
  it('every file in features/ exports exactly one feature, and FEATURES lists each once', async () => {
    const { FEATURES } = await import('@/entrypoints/overlay.content/features');
    const files = readdirSync(resolve(ROOT, 'features')).filter((f) => f !== 'index.ts');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const found = await featuresOf(resolve(ROOT, 'features', file));
      expect(found, file).toHaveLength(1);
      expect(FEATURES, file).toContain(found[0]);
    }
    expect(FEATURES).toHaveLength(files.length);
    expect(new Set(FEATURES.map((f) => f.id)).size).toBe(FEATURES.length);
  });

  it('every UI feature (a folder with index.ts, or a file exporting one) is in UI_FEATURES, once', async () => {
    const { UI_FEATURES } = await import('@/entrypoints/overlay.content/ui');
    const entries = readdirSync(resolve(ROOT, 'ui'), { withFileTypes: true }).filter((e) => e.name !== 'index.ts');
    const found: Feature[] = [];
    for (const e of entries) {
      const path = e.isDirectory() ? resolve(ROOT, 'ui', e.name, 'index.ts') : resolve(ROOT, 'ui', e.name);
      found.push(...(await featuresOf(path)));
    }
    expect(found.length).toBe(UI_FEATURES.length);
    for (const f of found) expect(UI_FEATURES).toContain(f);
    expect(new Set(UI_FEATURES.map((f) => f.id)).size).toBe(UI_FEATURES.length);
  }, 60_000); // the checker loads its dictionary
});
