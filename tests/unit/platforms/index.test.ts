import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterForHost } from '@/lib/platforms';
import { PLATFORM_IDS } from '@/lib/schemas/common';

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
