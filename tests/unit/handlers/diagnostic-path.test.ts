import { describe, expect, it } from 'vitest';
import { diagnosticPathShape } from '@/lib/handlers/diagnostic-path';
import { routeMessage } from '@/lib/handlers/router';
import { contentSender, testContext } from '../helpers/db';

/** Issue 21 item 5: no citizen handles in diagnostics. */
describe('diagnostics keep the shape of the page path, never a handle', () => {
  it.each([
    ['/warga_123/status/1850000000000000001', '/:name/status/:id'],
    ['/home', '/home'],
    ['/budi.santoso/posts/pfbid02abc', '/:name/posts/:name'],
    ['/permalink.php', '/permalink.php'],
    ['/groups/123456/posts/789', '/groups/:id/posts/:id'],
    ['/p/C9xYz12AbCd/', '/p/:name/'],
    ['/sitirahma/', '/:name/'],
    ['/search?q=budi', '/search'],
    ['', ''],
  ])('%s → %s', (path, shape) => {
    expect(diagnosticPathShape(path)).toBe(shape);
  });

  it('what a page sends is stored as its shape', async () => {
    const ctx = testContext();
    const at = ctx.now();
    const reply = await routeMessage(
      { type: 'diagnostics.record', payload: { diagnostics: [{ id: 'd1', platform: 'x', code: 'composer-not-found', area: 'composer', path: '/warga_kritis/status/123', at }] } },
      contentSender('x'),
      ctx,
    );
    expect(reply).toMatchObject({ ok: true });
    expect((await ctx.db.diagnostics.toArray()).map((d) => d.path)).toEqual(['/:name/status/:id']);
  });
});
