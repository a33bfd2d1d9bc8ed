import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { url?: string; active?: boolean }[] = [];
const updated: [number, { url?: string; active?: boolean }][] = [];
const open = new Set<number>();
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getURL: (path: string) => `chrome-extension://abcdefghijklmnopabcdefghijklmnop${path}` },
    tabs: {
      create: async (props: { url?: string; active?: boolean }) => {
        created.push(props);
        const id = 100 + created.length;
        open.add(id);
        return { id };
      },
      update: async (id: number, props: { url?: string; active?: boolean }) => {
        if (!open.has(id)) throw new Error(`No tab with id: ${id}`);
        updated.push([id, props]);
        return { id };
      },
    },
  },
}));

const { routeMessage } = await import('@/lib/handlers/router');
const { optionsPageSuffix } = await import('@/lib/handlers/options-open');
const { contentSender, testContext } = await import('../helpers/db');

beforeEach(() => {
  created.length = 0;
  updated.length = 0;
  open.clear();
});

describe('optionsPageSuffix: the options page address for a section and rule', () => {
  it.each([
    [{ section: 'rules' as const }, '#rules'],
    [{ section: 'profile' as const }, '#profile'],
    [{ section: 'rules' as const, ruleId: 'slang' }, '?rule=slang#rules'],
    [{ section: 'rules' as const, ruleId: 'custom.sebut-merek' }, '?rule=custom.sebut-merek#rules'],
  ])('%j → %s', (target, suffix) => {
    expect(optionsPageSuffix(target)).toBe(suffix);
  });
});

describe("'options.open' from the check panel", () => {
  it('a content script may ask; the options page opens at the rule in a new, active tab', async () => {
    const reply = await routeMessage({ type: 'options.open', payload: { section: 'rules', ruleId: 'personal-nik' } }, contentSender(), testContext());
    expect(reply).toEqual({ ok: true, data: { opened: true } });
    expect(created).toEqual([{ url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html?rule=personal-nik#rules', active: true }]);
  });

  it.each<[string, unknown]>([
    ['a section that changes data', { section: 'data' }],
    ['a rule id smuggling a hash', { section: 'rules', ruleId: 'slang#general' }],
    ['a rule id smuggling a query', { section: 'rules', ruleId: 'slang?x=1' }],
    ['a URL as rule id', { section: 'rules', ruleId: 'https://evil.example/' }],
    ['an extra field', { section: 'rules', url: 'https://evil.example/' }],
    ['an over-long rule id', { section: 'rules', ruleId: 'a'.repeat(81) }],
  ])('refuses %s and opens nothing', async (_name, payload) => {
    const reply = await routeMessage({ type: 'options.open', payload }, contentSender(), testContext());
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(created).toEqual([]);
  });
});

describe("'options.open' is limited (issue 21): one tab, one opening per 10 s", () => {
  const ask = { type: 'options.open', payload: { section: 'rules', ruleId: 'slang' } };

  it('a page that makes the content script ask 50 times in a row gets one tab', async () => {
    const ctx = testContext();
    const replies = [];
    for (let i = 0; i < 50; i++) replies.push(await routeMessage(ask, contentSender('x', 1 + (i % 5)), ctx));
    expect(created).toHaveLength(1);
    expect(replies.filter((r) => r.ok && 'opened' in r.data && r.data.opened)).toHaveLength(1);
  });

  it('later it reuses the tab it opened, or opens a new one when the admin closed it', async () => {
    let now = Date.UTC(2026, 10, 23, 3);
    const ctx = { ...testContext(), now: () => now };
    await routeMessage(ask, contentSender(), ctx);
    now += 11_000;
    expect(await routeMessage(ask, contentSender(), ctx)).toEqual({ ok: true, data: { opened: true } });
    expect(created).toHaveLength(1);
    expect(updated.map(([id]) => id)).toEqual([101]);
    open.clear();
    now += 11_000;
    await routeMessage(ask, contentSender(), ctx);
    expect(created).toHaveLength(2);
  });
});
