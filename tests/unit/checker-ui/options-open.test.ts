import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { url?: string; active?: boolean }[] = [];
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getURL: (path: string) => `chrome-extension://abcdefghijklmnopabcdefghijklmnop${path}` },
    tabs: {
      create: async (props: { url?: string; active?: boolean }) => {
        created.push(props);
        return { id: 7 };
      },
    },
  },
}));

const { routeMessage } = await import('@/lib/handlers/router');
const { optionsPageSuffix } = await import('@/lib/handlers/options-open');
const { contentSender, testContext } = await import('../helpers/db');

beforeEach(() => {
  created.length = 0;
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
