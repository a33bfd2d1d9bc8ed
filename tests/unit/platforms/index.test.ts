// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterForHost, createAdapters } from '@/lib/platforms';

const ADAPTERS = createAdapters();
import { PLATFORM_IDS } from '@/lib/schemas/common';
import { FIXTURES, loadFixture } from './fixture';

describe('adapter registry', () => {
  it('has one adapter per platform', () => {
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual([...PLATFORM_IDS].sort());
  });

  it.each([
    ['x.com', 'x'],
    ['twitter.com', 'x'],
    ['www.facebook.com', 'facebook'],
    ['web.facebook.com', 'facebook'],
    ['WWW.FACEBOOK.COM', 'facebook'],
    ['www.instagram.com', 'instagram'],
  ])('%s → %s', (host, id) => {
    const adapter = adapterForHost(host);
    expect(adapter?.id).toBe(id);
    expect(adapter?.hosts).toContain(host.toLowerCase());
  });

  it.each(['example.org', 'facebook.com.evil.example', 'm.facebook.com', 'instagram.com', '', 'x.com.example'])('%j → null', (host) => {
    expect(adapterForHost(host)).toBeNull();
  });
});

describe('findEditors: the cheap query behind every composer', () => {
  const pages = ADAPTERS.flatMap((adapter) =>
    readdirSync(resolve(FIXTURES, adapter.id))
      .filter((f) => f.endsWith('.html'))
      .map((file) => [adapter.id, file, adapter] as const),
  );

  it.each(pages)('%s %s: every composer read in full is one of the editors found', (_id, file, adapter) => {
    const doc = loadFixture(`${adapter.id}/${file}`);
    const editors = adapter.findEditors(doc);
    const composers = adapter.findComposers(doc);
    for (const c of composers) expect(editors).toContain(c.element);
    // No editor on the page: no composer either (the overlay is not mounted for nothing).
    if (editors.length === 0) expect(composers).toEqual([]);
  });

  it('finds the reply boxes of the pages that have them', () => {
    const withEditors = pages.filter(([, file, adapter]) => adapter.findEditors(loadFixture(`${adapter.id}/${file}`)).length > 0);
    expect(withEditors.length).toBeGreaterThan(pages.length / 2);
  });
});
