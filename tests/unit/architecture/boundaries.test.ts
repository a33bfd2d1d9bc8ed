import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The design's boundaries are lint rules, not convention (issue 13 item 7): the content script
 * reaches the database only through messages and carries no validators; the pure core imports
 * no extension API. Each case is linted as if it were a file at `path`.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(path: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).some((m) => m.ruleId === '@typescript-eslint/no-restricted-imports');
}

describe('import boundaries', () => {
  it.each<[string, string, string, boolean]>([
    ['content script → Dexie', 'entrypoints/overlay.content/features/x.ts', "import Dexie from 'dexie';\nexport const d = Dexie;", true],
    ['content script → the database', 'entrypoints/overlay.content/features/x.ts', "import { getDb } from '@/lib/db';\nexport const d = getDb;", true],
    ['content script → a handler', 'entrypoints/overlay.content/features/x.ts', "import { postsSummary } from '@/lib/handlers/posts-summary';\nexport const d = postsSummary;", true],
    ['content script → zod values', 'entrypoints/overlay.content/ui/x.ts', "import { z } from 'zod';\nexport const s = z.string();", true],
    ['content script → zod types only', 'entrypoints/overlay.content/ui/x.ts', "import type { z } from 'zod';\nexport type S = z.ZodString;", false],
    ['content script → the full catalog', 'entrypoints/overlay.content/ui/x.ts', "import { t } from '@/lib/i18n';\nexport const f = t;", true],
    ['content script → the page catalog', 'entrypoints/overlay.content/ui/x.ts', "import { tc } from '@/lib/i18n/page';\nexport const f = tc;", false],
    ['content script → the messaging client', 'entrypoints/overlay.content/ui/x.ts', "import { request } from '@/lib/messaging-client';\nexport const r = request;", false],
    ['pure core → WXT', 'lib/engagement/x.ts', "import { browser } from 'wxt/browser';\nexport const b = browser;", true],
    ['pure core → the database', 'lib/style/x.ts', "import { getDb } from '@/lib/db';\nexport const d = getDb;", true],
    ['pure core → UI', 'lib/text/x.ts', "import { HealthList } from '@/components/HealthList';\nexport const h = HealthList;", true],
    ['pure core → pure core', 'lib/engagement/x.ts', "import { dayKey } from '@/lib/engagement/days';\nexport const d = dayKey;", false],
    ['background → the database', 'entrypoints/background.ts', "import { getDb } from '@/lib/db';\nexport const d = getDb;", false],
  ])('%s', async (_name, path, code, expected) => {
    expect(await restricted(path, code)).toBe(expected);
  }, 30_000);
});
