import type { Page } from 'playwright-core';

/**
 * Evaluates an expression inside the extension's content-script world (the isolated world the
 * browser gives Pranata on that page), through the DevTools protocol. This lets a test send
 * messages exactly as the content script would, without a test-only hook in the product.
 */
export async function evaluateInContentScript<T>(page: Page, extensionId: string, expression: string, waitMs = 10_000): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + waitMs;
  let ctx: (typeof contexts)[number] | undefined;
  while (!ctx && Date.now() < deadline) {
    ctx = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(extensionId));
    if (!ctx) await page.waitForTimeout(100);
  }
  if (!ctx) throw new Error(`No content-script world of ${extensionId} on ${page.url()}`);
  const res = (await cdp.send('Runtime.evaluate', {
    expression,
    contextId: ctx.id,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
  await cdp.detach();
  if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
  return res.result.value;
}

/** Whether the extension has a content-script world on this page at all. */
export async function hasContentScriptWorld(page: Page, extensionId: string, waitMs = 2000): Promise<boolean> {
  try {
    await evaluateInContentScript(page, extensionId, '1', waitMs);
    return true;
  } catch {
    return false;
  }
}

/** Row counts of every table, read with the raw IndexedDB API from an extension page. */
export async function dbCounts(extensionPage: Page): Promise<Record<string, number>> {
  return extensionPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('pranata');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const out: Record<string, number> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      out[name] = await new Promise<number>((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).count();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    }
    db.close();
    return out;
  });
}

/** All rows of one table, read with the raw IndexedDB API from an extension page. */
export async function dbRows<T = Record<string, unknown>>(extensionPage: Page, table: string): Promise<T[]> {
  return extensionPage.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('pranata');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const req = db.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return rows;
  }, table) as Promise<T[]>;
}
