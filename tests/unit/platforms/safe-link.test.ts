import { describe, expect, it } from 'vitest';
import { itemUrl, safePlatformUrl } from '@/lib/platforms/safe-link';

describe('safePlatformUrl: only https on a platform host', () => {
  it.each([
    ['https://x.com/humaskotacontoh/status/1867455500000000202', 'https://x.com/humaskotacontoh/status/1867455500000000202'],
    ['https://www.instagram.com/p/C9xAbC12dEf/', 'https://www.instagram.com/p/C9xAbC12dEf/'],
    ['https://www.facebook.com/humaskotacontoh/posts/pfbid02abc', 'https://www.facebook.com/humaskotacontoh/posts/pfbid02abc'],
    ['http://x.com/a/status/1', null],
    ['javascript:alert(1)', null],
    ['https://x.com.evil.example/a', null],
    ['https://user:pw@x.com/a', null],
    ['https://x.com:8443/a', null],
    ['https://evil.example/?u=https://x.com', null],
    ['/relative/path', null],
    ['', null],
    [undefined, null],
  ])('%s → %s', (raw, expected) => {
    expect(safePlatformUrl(raw)).toBe(expected);
  });
});

describe('itemUrl', () => {
  it.each([
    ['x', '1867455500000000202', 'https://x.com/i/web/status/1867455500000000202'],
    ['x', 'c-1', null],
    ['facebook', '1234567890', null],
    ['instagram', '17890000000000001', null],
    ['x', undefined, null],
  ] as const)('%s %s → %s', (platform, id, expected) => {
    expect(itemUrl(platform, id)).toBe(expected);
  });
});
