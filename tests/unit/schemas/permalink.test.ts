import { describe, expect, it } from 'vitest';
import { isPlatformPermalink } from '@/lib/schemas/permalink';
import type { PlatformId } from '@/lib/schemas/common';

/** Issue 21 item 5: the popup and the report link only to the post's own platform, over https. */
describe('isPlatformPermalink', () => {
  it.each<[string | undefined, PlatformId, boolean]>([
    ['https://x.com/humas/status/1', 'x', true],
    ['https://twitter.com/humas/status/1', 'x', true],
    ['https://www.facebook.com/humas/posts/pfbid0', 'facebook', true],
    ['https://web.facebook.com/humas/posts/1', 'facebook', true],
    ['https://www.instagram.com/p/C1/', 'instagram', true],
    ['https://evil.example/humas/status/1', 'x', false],
    ['https://x.com.evil.example/humas', 'x', false],
    ['https://www.facebook.com/humas', 'x', false],
    ['http://x.com/humas/status/1', 'x', false],
    ['data:text/html,<script>alert(1)</script>', 'x', false],
    ['javascript:alert(1)', 'x', false],
    ['https://user:pw@x.com/humas', 'x', false],
    ['/humas/status/1', 'x', false],
    ['', 'x', false],
    [undefined, 'x', false],
  ])('%s on %s → %s', (url, platform, ok) => {
    expect(isPlatformPermalink(url, platform)).toBe(ok);
  });
});
