import { describe, expect, it } from 'vitest';
import { addAccount, parseHandle } from '@/entrypoints/options/sections/account-input';
import { accountRefSchema, type AccountRef } from '@/lib/schemas/settings';
import type { PlatformId } from '@/lib/schemas/common';

describe('account handle input', () => {
  it.each<[string, PlatformId, string | null]>([
    ['humaskotacontoh', 'x', 'humaskotacontoh'],
    ['@HumasKotaContoh', 'x', 'humaskotacontoh'],
    ['  @humas_kota  ', 'x', 'humas_kota'],
    ['https://x.com/HumasKotaContoh', 'x', 'humaskotacontoh'],
    ['https://twitter.com/humaskotacontoh/status/1867401234567890101', 'x', 'humaskotacontoh'],
    ['x.com/humaskotacontoh', 'x', 'humaskotacontoh'],
    ['humas.kota', 'x', null], // X has no dots
    ['humaskotacontoh_resmi', 'x', null], // 21 characters: X allows 15
    ['https://www.instagram.com/humaskotacontoh/', 'x', null], // another site
    ['https://www.facebook.com/humaskotacontoh', 'facebook', 'humaskotacontoh'],
    ['https://web.facebook.com/profile.php?id=100064123456789', 'facebook', '100064123456789'],
    ['pemkot', 'facebook', 'pemkot'],
    ['humas', 'facebook', 'humas'],
    ['hum', 'facebook', null], // Facebook page names have at least 5 characters
    ['humas_kota', 'facebook', null],
    ['humas.kota_contoh', 'instagram', 'humas.kota_contoh'],
    ['https://www.instagram.com/HumasKotaContoh/', 'instagram', 'humaskotacontoh'],
    ['humas kota', 'instagram', null],
    ['humas<script>', 'instagram', null],
    ['@HumasKotaContoh', 'youtube', 'humaskotacontoh'],
    ['humas.kota-contoh', 'youtube', 'humas.kota-contoh'],
    ['https://www.youtube.com/@HumasKotaContoh', 'youtube', 'humaskotacontoh'],
    ['https://m.youtube.com/@humaskota/videos', 'youtube', 'humaskota'],
    ['youtube.com/@humaskota', 'youtube', 'humaskota'],
    ['https://www.youtube.com/watch?v=nS9McwlWGzo', 'youtube', null], // a video, not a channel
    ['https://www.youtube.com/channel/UC1234567890abcdef', 'youtube', null], // a channel id names no handle
    ['ab', 'youtube', null], // handles have at least 3 characters
    ['', 'x', null],
    ['@', 'x', null],
  ])('%j on %s → %s', (input, platform, handle) => {
    const r = parseHandle(input, platform);
    expect(r.ok ? r.handle : null).toBe(handle);
    if (r.ok) expect(accountRefSchema.safeParse({ platform, handle: r.handle, role: 'own' }).success).toBe(true);
  });

  it('tells an empty field from an invalid one', () => {
    expect(parseHandle('   ', 'x')).toEqual({ ok: false, error: 'empty' });
    expect(parseHandle('a b', 'x')).toEqual({ ok: false, error: 'invalid' });
  });
});

describe('adding accounts', () => {
  const list: AccountRef[] = [{ platform: 'x', handle: 'humaskotacontoh', role: 'own' }];

  it('refuses the same handle on the same platform, whatever the role', () => {
    expect(addAccount(list, { platform: 'x', handle: 'humaskotacontoh', role: 'watched' })).toEqual({
      ok: false,
      error: 'duplicate',
      existing: list[0],
    });
  });

  it('accepts the same handle on another platform', () => {
    const r = addAccount(list, { platform: 'facebook', handle: 'humaskotacontoh', role: 'own' });
    expect(r.ok && r.accounts.length).toBe(2);
  });

  it('refuses a 101st account', () => {
    const full = Array.from({ length: 100 }, (_, i): AccountRef => ({ platform: 'x', handle: `akun${i}`, role: 'watched' }));
    expect(addAccount(full, { platform: 'x', handle: 'baru', role: 'own' })).toEqual({ ok: false, error: 'full' });
  });
});
